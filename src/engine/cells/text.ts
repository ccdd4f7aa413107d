/**
 * Text folding for matching headers and names: case, spacing, line breaks and diacritics are
 * ignored, so NFC and NFD input, old and new tone placement ("Thủy"/"Thuỷ") and the OCR's
 * "phần đầu" for "phấn đấu" all fold alike. Folding keeps one character per NFC character, so an
 * index in the folded text is an index in the NFC text.
 */

import { Memo } from "./memo";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** The first combining mark: no character below it is changed or joined to another by NFC. */
const COMBINING_START = 0x300;
const ASCII = /^[\u0000-\u007f]*$/;

function foldChar(ch: string): string {
  if (/\s/.test(ch)) return " ";
  if (ch === "đ" || ch === "Đ") return "d";
  const base = ch.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
  return base.length === 1 ? base : ch.toLowerCase();
}

/**
 * Each character's fold by code point, worked out once: a sheet has a few dozen distinct letters and
 * 100,000 cells. Looked up by number, no string is made per character read.
 */
const FOLDED_CHARS = new Memo(10_000, (code: number) => foldChar(String.fromCodePoint(code)));

/**
 * Folds an NFC string character by character (whitespace kept one for one). Runs of characters that
 * fold to themselves are copied whole: adding one character at a time made a new string per character.
 */
function foldAligned(nfc: string): string {
  let folded = "";
  let run = 0;
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const one = FOLDED_CHARS.get(code);
    if (one.length !== width || one.codePointAt(0) !== code) {
      folded = run === i ? folded + one : folded + nfc.slice(run, i) + one;
      run = i + width;
    }
    i += width - 1;
  }
  return run === 0 ? nfc : folded + nfc.slice(run);
}

/** White space to JavaScript (`\s`, and what trim() removes) other than the plain space. */
function isOtherSpace(code: number): boolean {
  if (code < 0xa0) return code >= 9 && code <= 13;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether the spacing needs tidying: any white space but single spaces between words. Looking at
 * each character costs less than the replace and trim it saves on the clean text of nearly every cell.
 */
function hasUntidySpace(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 ? i === 0 || i === last || text.charCodeAt(i - 1) === 32 : isOtherSpace(code)) return true;
  }
  return false;
}

/** Runs of white space to one space, none at the ends. */
function tidySpace(text: string): string {
  return hasUntidySpace(text) ? text.replace(/\s+/g, " ").trim() : text;
}

export function fold(text: string): string {
  // ASCII (numbers, codes, unaccented text) is its own NFC and loses no marks: lower case and spacing only.
  if (ASCII.test(text)) return tidySpace(text.toLowerCase());
  return tidySpace(foldAligned(text.normalize("NFC")));
}

/**
 * fold(text)'s first character, told from the text's first one alone, or null when it cannot be: a
 * text shorter than two characters, starting with white space (trimmed away), or with a character at
 * or above U+0300 in either place (a combining mark joins the character before it when normalized).
 * Below U+0300 no character changes or joins another under NFC, so it folds as it stands.
 */
export function foldedFirst(text: string): string | null {
  if (text.length < 2) return null;
  const first = text.charCodeAt(0);
  if (first >= COMBINING_START || text.charCodeAt(1) >= COMBINING_START || first === 32 || isOtherSpace(first)) return null;
  return FOLDED_CHARS.get(first);
}

/** Collapses runs of white space (line breaks in header cells) to one space. */
export function tidy(text: string): string {
  return tidySpace(text.normalize("NFC"));
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
  const lower = tidy(name).toLowerCase();
  // Unaccented names ("xa 1", "ia grai") carry no tone to move: their key is as they are.
  if (ASCII.test(lower)) return lower;
  // Word by word without splitting into a list: the key is a third of the duplicate check's time.
  let key = "";
  for (let start = 0; ; ) {
    const end = lower.indexOf(" ", start);
    key += wordKey(end < 0 ? lower.slice(start) : lower.slice(start, end));
    if (end < 0) return key;
    key += " ";
    start = end + 1;
  }
}

/**
 * Each word's key worked out once: a national table's 10,000 names are made of a few hundred
 * syllables. Odd input cannot fill the memory: the store starts afresh past 20,000 words.
 */
const WORD_KEYS = new Memo(20_000, (word: string) => {
  const decomposed = word.normalize("NFD");
  const tones = (decomposed.match(TONE_MARKS) ?? []).sort().join("");
  return decomposed.replace(TONE_MARKS, "").normalize("NFC") + tones;
});

function wordKey(word: string): string {
  // Unaccented words ("1", "ia") carry no tone to move.
  return ASCII.test(word) ? word : WORD_KEYS.get(word);
}
