/**
 * Numbers as officers type them. Decimals (growth, percentage points) take either "," or "." as the
 * decimal mark, since "0,7" and "0.7" both turn up; whole numbers (households, years) may carry the
 * language's thousands mark: "1.220" in Vietnamese, "1,220" in English.
 */
import type { Lang } from "../engine";

export type NumberKind = "decimal" | "whole";

/** undefined when the text is not a number of that kind; null when it is empty. */
export function parseNumber(text: string, kind: NumberKind, lang: Lang): number | null | undefined {
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return null;
  if (kind === "decimal") {
    return /^\d*([.,]\d+)?$/.test(trimmed) && /\d/.test(trimmed) ? Number(trimmed.replace(",", ".")) : undefined;
  }
  const grouped = lang === "vi" ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/;
  if (grouped.test(trimmed)) return Number(trimmed.replace(/[.,]/g, ""));
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** A number as the input shows it: no thousands marks (they would be read back), the language's decimal mark. */
export function inputText(value: number | null, lang: Lang): string {
  if (value === null) return "";
  const text = String(value);
  return lang === "vi" ? text.replace(".", ",") : text;
}
