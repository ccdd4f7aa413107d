/**
 * Text folding for matching headers and names: case, spacing, line breaks and diacritics are
 * ignored, so NFC and NFD input, old and new tone placement ("Thủy"/"Thuỷ") and the OCR's
 * "phần đầu" for "phấn đấu" all fold alike. Folding keeps one character per NFC character, so an
 * index in the folded text is an index in the NFC text.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\u0000-\u007f]*$/;

function foldChar(ch: string): string {
  if (/\s/.test(ch)) return " ";
  if (ch === "đ" || ch === "Đ") return "d";
  const base = ch.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
  return base.length === 1 ? base : ch.toLowerCase();
}

/** Each character's fold, worked out once: a sheet has a few dozen distinct letters and 100,000 cells. */
const FOLDED_CHARS = new Map<string, string>();

/** Folds an NFC string character by character (whitespace kept one for one). */
function foldAligned(nfc: string): string {
  let folded = "";
  for (const ch of nfc) {
    let one = FOLDED_CHARS.get(ch);
    if (one === undefined) FOLDED_CHARS.set(ch, (one = foldChar(ch)));
    folded += one;
  }
  return folded;
}

export function fold(text: string): string {
  // ASCII (numbers, codes, unaccented text) is its own NFC and loses no marks: lower case and spacing only.
  if (ASCII.test(text)) return text.replace(/\s+/g, " ").trim().toLowerCase();
  return foldAligned(text.normalize("NFC")).replace(/\s+/g, " ").trim();
}

/** Collapses runs of white space (line breaks in header cells) to one space. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Finds `pattern` (written folded) in `text` and returns the NFC text from the match on. */
export function sliceFromFolded(text: string, pattern: RegExp): string | null {
  const nfc = tidy(text);
  const match = pattern.exec(foldAligned(nfc));
  if (!match) return null;
  return [...nfc].slice(match.index).join("");
}

/** "HUYỆN A LƯỚI" → "Huyện A Lưới"; "huyện Nam Đông" → "Huyện Nam Đông". */
export function titleCaseIfShouting(text: string): string {
  if (text !== text.toUpperCase()) return text.charAt(0).toUpperCase() + text.slice(1);
  return text
    .toLowerCase()
    .split(" ")
    .map((word) => (word ? word[0].toUpperCase() + word.slice(1) : word))
    .join(" ");
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A unit name's identity: case, spacing, encoding and tone placement ("Thủy"/"Thuỷ") do not
 * matter, but letters do: "Ia Băng" and "Ia Bang" are two communes.
 */
export function nameKey(name: string): string {
  return tidy(name).toLowerCase().split(" ").map(wordKey).join(" ");
}

/**
 * Each word's key worked out once: a national table's 10,000 names are made of a few hundred
 * syllables. The store stops growing at MAX_WORD_KEYS, so odd input cannot fill the memory.
 */
const WORD_KEYS = new Map<string, string>();
const MAX_WORD_KEYS = 20_000;

function wordKey(word: string): string {
  // Unaccented words ("1", "ia") carry no tone to move.
  if (ASCII.test(word)) return word;
  let key = WORD_KEYS.get(word);
  if (key === undefined) {
    const decomposed = word.normalize("NFD");
    const tones = (decomposed.match(TONE_MARKS) ?? []).sort().join("");
    key = decomposed.replace(TONE_MARKS, "").normalize("NFC") + tones;
    if (WORD_KEYS.size < MAX_WORD_KEYS) WORD_KEYS.set(word, key);
  }
  return key;
}
