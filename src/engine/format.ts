/** Numbers in messages, the way each language writes them: 1.203 and 1,36 in Vietnamese. */
import type { Lang } from "./issue";

export function formatNumber(value: number, lang: Lang): string {
  const decimals = Number.isInteger(value) ? 0 : Math.min(4, (String(value).split(".")[1] ?? "").length);
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const sign = value < 0 ? "-" : "";
  return fraction ? `${sign}${grouped}${lang === "vi" ? "," : "."}${fraction}` : `${sign}${grouped}`;
}
