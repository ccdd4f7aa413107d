/**
 * Names given twice in one group, for a national table's 10,000 units. Each name is first reduced to
 * a number from its letters without their marks (no string is made per name), and only names sharing
 * that number are compared by nameKey: a key per name and a Map of 10,000 of them were 2.2 MB of the
 * 15 MB an analysis of 10,600 units allocated, and a tenth of validation's time.
 */
import { nameKey } from "./text";

/** Below this every character's letter is remembered in LETTERS; Vietnamese letters are under U+1F00. */
const LETTER_TABLE_SIZE = 0x2000;
/** Each UTF-16 unit's letter: its lower-case ASCII letter or digit, with any marks taken off; 0 when it has none; -1 not yet known. */
const LETTERS = new Int16Array(LETTER_TABLE_SIZE).fill(-1);

function letterOf(code: number): number {
  if (code >= LETTER_TABLE_SIZE) return 0;
  let letter = LETTERS[code];
  if (letter < 0) {
    const base = String.fromCharCode(code).normalize("NFD").toLowerCase().charCodeAt(0);
    letter = (base >= 0x61 && base <= 0x7a) || (base >= 0x30 && base <= 0x39) ? base : 0;
    LETTERS[code] = letter;
  }
  return letter;
}

/**
 * FNV-1a over the group and the name's letters. Names with one nameKey always share it: case, spacing,
 * NFC or NFD, tone placement and every other mark are left out; names that differ only in those
 * ("Ia Băng", "Ia Bang") share it too, and nameKey tells them apart.
 */
export function letterHash(name: string, group: number): number {
  let hash = Math.imul(0x811c9dc5 ^ group, 0x01000193);
  for (let i = 0; i < name.length; i++) {
    const letter = letterOf(name.charCodeAt(i));
    if (letter !== 0) hash = Math.imul(hash ^ letter, 0x01000193);
  }
  return hash >>> 0;
}

/** Room for the index under the hash in one float: 2^32 hashes × 2^21 indices stay within 2^53. */
const INDEX_ROOM = 2 ** 21;

/**
 * For each name, the index of the first earlier name of the same group with the same nameKey, or -1.
 * `groupOf` gives a whole number per name; names of different groups are never the same.
 */
export function earlierSameNames(names: readonly string[], groupOf: (index: number) => number): Int32Array {
  const earlier = new Int32Array(names.length).fill(-1);
  if (names.length >= INDEX_ROOM) throw new RangeError(`earlierSameNames: ${names.length} names`);
  // Hash and index in one number: a numeric sort puts equal hashes together, in the names' order.
  const packed = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) packed[i] = letterHash(names[i], groupOf(i)) * INDEX_ROOM + i;
  packed.sort();
  for (let start = 0; start < packed.length; ) {
    const hash = Math.floor(packed[start] / INDEX_ROOM);
    let end = start + 1;
    while (end < packed.length && Math.floor(packed[end] / INDEX_ROOM) === hash) end++;
    if (end - start > 1) markSameNames(names, groupOf, packed.subarray(start, end), earlier);
    start = end;
  }
  return earlier;
}

/** Among names sharing a hash (in the names' order), each later one with an earlier one's group and nameKey. */
function markSameNames(names: readonly string[], groupOf: (index: number) => number, run: Float64Array, earlier: Int32Array): void {
  const firsts = new Map<string, number>();
  for (const entry of run) {
    const index = entry % INDEX_ROOM;
    const key = `${groupOf(index)} ${nameKey(names[index])}`;
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, index);
    else earlier[index] = first;
  }
}
