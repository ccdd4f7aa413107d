/**
 * Text typed in the old TCVN3 (ABC) encoding for the .VnTime fonts: stored as Latin-1 characters
 * ("Tæng sè hé" for "Tổng số hộ") that read as Vietnamese only in those fonts. A sheet whose text
 * carries such characters is decoded to Unicode before its table is looked for, its cells written in
 * letters the two encodings share ("Sè hé" is "Số hộ" in TCVN3) included. The table agrees with
 * libiconv's tcvn.h and ibus-unikey's charset data.
 */
import type { CellValue, Grid } from "./grid";

const TCVN3 = "\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00b5\u00b6\u00b7\u00b8\u00b9\u00bb\u00bc\u00bd\u00be\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00dc\u00dd\u00de\u00df\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe";
const UNICODE = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
const DECODE = new Map([...TCVN3].map((ch, i) => [ch, [...UNICODE][i]]));

/** Latin-1 letters that are also Vietnamese letters in Unicode prove nothing either way. */
const SHARED = new Set([..."àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"]);

/** What each Latin-1 character counts as when scoring, looked up instead of matched per character. */
const TCVN3_ONLY = 1;
const LETTER = 2;
const CAPITAL = 4;
const SMALL = 8;
/** A TCVN3 code that is also a Latin-1 Vietnamese letter: "è" is "ố" in TCVN3. */
const SHARED_CODE = 16;
/** A Latin-1 letter TCVN3 never writes ("à", "Ú"): a cell holding one was typed in Unicode. */
const NOT_TCVN3 = 32;
const CLASSES = Array.from({ length: 256 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return (
    (DECODE.has(ch) && !SHARED.has(ch) ? TCVN3_ONLY : 0) |
    (/[A-Za-z\u00a1-\u00ff]/.test(ch) ? LETTER : 0) |
    (/[\u00c0-\u00de]/.test(ch) ? CAPITAL : 0) |
    (/[a-z\u00df-\u00ff]/.test(ch) ? SMALL : 0) |
    (DECODE.has(ch) && SHARED.has(ch) ? SHARED_CODE : 0) |
    (code >= 0xc0 && !DECODE.has(ch) ? NOT_TCVN3 : 0)
  );
});

/**
 * A character above U+00FF that no TCVN3 text holds: any but the punctuation Windows types in either
 * encoding (dashes, curly quotes, "…", "€", "™").
 */
function isUnicodeOnly(code: number): boolean {
  return code > 0xff && !(code >= 0x2000 && code <= 0x206f) && code !== 0x20ac && code !== 0x2122;
}

/** A character's class; one above U+00FF is none (punctuation, or the text is not scored at all). */
function classOf(code: number): number {
  return code > 0xff ? 0 : CLASSES[code];
}

/**
 * Evidence that a text is TCVN3: none when it holds a Unicode-only character (Unicode Vietnamese);
 * else a point for each TCVN3-only character next to a letter and for each capital inside a word
 * ("nghÌo" is "nghèo").
 */
function score(text: string): number {
  // One walk for both: a Unicode-only character ends it (no regular expression run over every cell first).
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isUnicodeOnly(code)) return 0;
    const here = classOf(code);
    const before = i > 0 ? classOf(text.charCodeAt(i - 1)) : 0;
    const after = i + 1 < text.length ? classOf(text.charCodeAt(i + 1)) : 0;
    if (here & TCVN3_ONLY && (before | after) & LETTER) points++;
    else if (here & CAPITAL && before & SMALL) points++;
  }
  return points;
}

/**
 * Capitals typed for the .VnTimeH font ("UBND HUYÖN CAM Lé") use the codes of the small letters: a
 * cell of capitals (two in a row, no small Latin letter) is decoded in capitals ("UBND HUYỆN CAM LỘ").
 */
const CAPITALS = /[A-Z]{2}/;
const SMALL_LATIN = /[a-z]/;

export function decodeTcvn3(text: string): string {
  const decoded = [...text].map((ch) => DECODE.get(ch) ?? ch).join("");
  return CAPITALS.test(text) && !SMALL_LATIN.test(text) ? decoded.toUpperCase() : decoded;
}

/** How a cell is written: TCVN3 by its evidence, Unicode, in letters both encodings share, or neither (no letter to decode). */
type Writing = "tcvn3" | "unicode" | "shared" | "plain";

function writingOf(value: CellValue): Writing {
  if (typeof value !== "string") return "plain";
  if (score(value) >= 1) return "tcvn3";
  let shared = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isUnicodeOnly(code) || classOf(code) & NOT_TCVN3) return "unicode";
    if (classOf(code) & SHARED_CODE) shared = true;
  }
  return shared ? "shared" : "plain";
}

const LEAN: Record<Writing, number> = { tcvn3: 1, unicode: -1, shared: 0, plain: 0 };

/**
 * The grid with its TCVN3 text decoded, or null when it holds none. One cell is weak evidence, so
 * the sheet decides: some cell scores 2, or the cells score 3 together; then every cell with any
 * evidence is decoded and Unicode cells are left as they are. A cell of shared letters only ("Sè hé",
 * "Xã A Bung") is written as its row and column are, together: TCVN3 unless they hold more Unicode
 * cells than TCVN3 ones (Unicode names typed under an old TCVN3 header).
 */
export function decodeTcvn3Grid(grid: Grid): Grid | null {
  if (!isTcvn3Sheet(grid)) return null;
  const writings = grid.values.map((row) => row.map(writingOf));
  const rowLean = writings.map((row) => row.reduce((lean, writing) => lean + LEAN[writing], 0));
  const colLean: number[] = [];
  for (const row of writings) row.forEach((writing, c) => (colLean[c] = (colLean[c] ?? 0) + LEAN[writing]));
  const decodes = (writing: Writing, r: number, c: number) => writing === "tcvn3" || (writing === "shared" && rowLean[r] + colLean[c] >= 0);
  return { ...grid, values: grid.values.map((row, r) => row.map((value, c) => (decodes(writings[r][c], r, c) ? decodeTcvn3(value as string) : value))) };
}

/** Some cell scores 2, or the cells score 3 together: looked at until that is known. */
function isTcvn3Sheet(grid: Grid): boolean {
  let total = 0;
  for (const row of grid.values) {
    for (const value of row) {
      if (typeof value !== "string") continue;
      const points = score(value);
      total += points;
      if (points >= 2 || total >= 3) return true;
    }
  }
  return false;
}
