/**
 * Numbers from cells: numeric cells as they are, and text typed the Vietnamese way ("88.215",
 * "1,36", "1,36%") or the English way ("88,215", "1.36"). Counts are whole numbers, so a single
 * separator followed by exactly three digits is a thousands separator in a count and a decimal
 * point in a ratio. Error values and words are problems, never 0; so are figures too large for any
 * table (1e308, or 400 digits of text that read as Infinity), whose sums would overflow.
 */
import { isCellError, type CellValue } from "./grid";

export type NumberKind = "count" | "ratio";

export type ParsedNumber =
  | { value: number; problem?: undefined }
  | { value: null; problem?: "error-value" | "not-a-number" };

const BLANKS = new Set(["", "-", "–", "—"]);

/**
 * Beyond any real count or rate, and below 2^53, so sums of thousands of such figures, ROUND and
 * the appendix's formulas stay exact and finite.
 */
export const LARGEST_FIGURE = 1e15;

/** A number any sum of a table's figures keeps exact and finite. */
export function isReadableFigure(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < LARGEST_FIGURE;
}

const readable = (value: number): ParsedNumber => (isReadableFigure(value) ? { value } : { value: null, problem: "not-a-number" });

export function parseNumber(raw: CellValue, kind: NumberKind): ParsedNumber {
  if (raw === null) return { value: null };
  if (typeof raw === "number") return readable(raw);
  if (typeof raw === "boolean") return { value: null, problem: "not-a-number" };
  if (isCellError(raw)) return { value: null, problem: "error-value" };
  const compact = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  if (BLANKS.has(compact)) return { value: null };
  if (/^#[A-Z/0!?]+[!?A-Z0]*$/i.test(compact)) return { value: null, problem: "error-value" };
  const normalized = normalizeSeparators(compact, kind);
  if (normalized === null || !/^[+-]?\d+(\.\d+)?$/.test(normalized)) return { value: null, problem: "not-a-number" };
  return readable(Number(normalized));
}

/** A dash alone ("-", "–", "—"): what published tables write for none. */
export function isDash(raw: CellValue): boolean {
  if (typeof raw !== "string") return false;
  const compact = raw.replace(/[\s\u00a0\u202f]/g, "");
  return compact !== "" && BLANKS.has(compact);
}

/** Returns the text with "." as the only (decimal) separator, or null when it cannot be read. */
function normalizeSeparators(text: string, kind: NumberKind): string | null {
  const dots = count(text, ".");
  const commas = count(text, ",");
  if (dots && commas) {
    const decimal = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    if (count(text, decimal) > 1 || !groupsOfThree(text.slice(0, text.lastIndexOf(decimal)), thousands)) return null;
    return text.split(thousands).join("").replace(decimal, ".");
  }
  const separator = dots ? "." : commas ? "," : null;
  if (separator === null) return text;
  if (count(text, separator) > 1) return groupsOfThree(text, separator) ? text.split(separator).join("") : null;
  const isThousands = kind === "count" && groupsOfThree(text, separator);
  return isThousands ? text.replace(separator, "") : text.replace(separator, ".");
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** "1.234.567" with "." → true: digits grouped by three after the first group. */
function groupsOfThree(text: string, separator: string): boolean {
  const [head, ...rest] = text.replace(/^[+-]/, "").split(separator);
  return /^\d{1,3}$/.test(head) && rest.length > 0 && rest.every((group) => /^\d{3}$/.test(group));
}
