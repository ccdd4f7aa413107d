/** Numbers in messages, the way each language writes them: 1.203 and 1,36 in Vietnamese. */
import type { Lang } from "../findings";

/**
 * `decimals` fixes the decimals shown; without it, as many as the value has (up to 4). A value
 * that is not finite shows as "—", never as "Infinity" or "NaN" in front of an officer.
 */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  if (!Number.isFinite(value)) return "—";
  const shown = decimals ?? (Number.isInteger(value) ? 0 : Math.min(4, (String(value).split(".")[1] ?? "").length));
  const [whole, fraction] = Math.abs(value).toFixed(shown).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const sign = value < 0 && Number(Math.abs(value).toFixed(shown)) !== 0 ? "-" : "";
  return fraction ? `${sign}${grouped}${lang === "vi" ? "," : "."}${fraction}` : `${sign}${grouped}`;
}

/** A rate or share in percent, with the two decimals the appendix shows (0,30 not 0,3). */
export function formatRate(value: number, lang: Lang): string {
  return formatNumber(value, lang, 2);
}
