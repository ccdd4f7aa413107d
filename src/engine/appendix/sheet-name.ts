/** Sheet names Excel accepts, made unique among a workbook's sheets the way Excel compares them. */

export const MAX_SHEET_NAME_LENGTH = 31;

/** Excel refuses "History" as a sheet name (it is reserved for change tracking). */
const RESERVED = ["HISTORY"];

/** Comparison key: Excel treats names as equal regardless of case. */
function nameKey(name: string): string {
  return name.normalize("NFC").toUpperCase();
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

function trimApostrophes(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/** The name with Excel's forbidden characters replaced, trimmed and cut to 31 characters. */
export function sanitizeSheetName(preferred: string): string {
  const replaced = preferred
    .normalize("NFC")
    .replace(/[\\/:]/g, "-")
    .replace(/[?*[\]]/g, " ")
    .replace(/[\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ");
  const name = trimApostrophes(truncate(trimApostrophes(replaced), MAX_SHEET_NAME_LENGTH));
  return name === "" ? "Sheet" : name;
}

/**
 * A valid sheet name close to `preferred` that none of `existing` already uses:
 * "Phụ lục 2021", then "Phụ lục 2021 (2)", "Phụ lục 2021 (3)" … always within 31 characters
 * (the base is shortened, never the suffix).
 */
export function uniqueSheetName(preferred: string, existing: string[]): string {
  const taken = new Set([...existing.map(nameKey), ...RESERVED]);
  const name = sanitizeSheetName(preferred);
  if (!taken.has(nameKey(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const base = trimApostrophes(truncate(name, MAX_SHEET_NAME_LENGTH - suffix.length));
    const candidate = `${base === "" ? "Sheet" : base}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
