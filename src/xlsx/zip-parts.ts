/**
 * The zip format itself, read and written without inflating anything: a package's entries from its
 * central directory (what an .xlsx holds and how large each part says it is, before any is inflated),
 * and a package made of given entries. Browser-safe: plain bytes.
 */

export interface ZipPart {
  name: string;
  /** As the central directory states it; a zip64 size that does not fit 32 bits reads as Infinity. */
  uncompressedBytes: number;
}

/** One entry as the central directory states it, with its data as stored. */
export interface ZipEntry {
  name: Uint8Array;
  /** General purpose flags (bit 11: the name is UTF-8), kept as the writer set them. */
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  data: Uint8Array<ArrayBuffer>;
  /** The central directory's "made by" and external attributes (a folder's flag), as written. */
  madeBy: number;
  external: number;
}

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
export const STORED = 0;
export const DEFLATE = 8;
/** Bit 3: sizes in a data descriptor after the data; the entries written here state them in the header. */
const DATA_DESCRIPTOR = 0x0008;

/** The entries in their order, or null when the bytes hold no readable zip (damaged, or data beyond the end). */
export function zipEntries(bytes: Uint8Array<ArrayBuffer>): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === null) return null;
  const fits = (at: number, length: number) => at + length <= bytes.length;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (!fits(at, 46) || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (!fits(local, 30) || view.getUint32(local, true) !== LOCAL_HEADER) return null;
    const compressedSize = view.getUint32(at + 20, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (!fits(at + 46, nameLength) || !fits(start, compressedSize)) return null;
    out.push({
      name: bytes.subarray(at + 46, at + 46 + nameLength),
      flags: view.getUint16(at + 8, true) & ~DATA_DESCRIPTOR,
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size: view.getUint32(at + 24, true),
      data: bytes.subarray(start, start + compressedSize),
      madeBy: view.getUint16(at + 4, true),
      external: view.getUint32(at + 38, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** An entry's name as text. */
export const entryName = (entry: ZipEntry): string => new TextDecoder().decode(entry.name);

/** The parts listed in the central directory, or null when the bytes hold no readable zip. */
export function zipParts(bytes: Uint8Array<ArrayBuffer>): ZipPart[] | null {
  // 0xFFFFFFFF means "see the zip64 field": at least 4 GB, beyond any limit here.
  return zipEntries(bytes)?.map((entry) => ({ name: entryName(entry), uncompressedBytes: entry.size === 0xffffffff ? Infinity : entry.size })) ?? null;
}

/** The end-of-central-directory record sits in the last 22 + up to 65,535 (comment) bytes. */
function findEndOfDirectory(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return null;
}

/** A zip package of these entries, in this order, each as its data is given. */
export function zipBytes(list: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const size = list.reduce((sum, e) => sum + 30 + 46 + 2 * e.name.length + e.data.length, 22);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const offsets: number[] = [];
  const common = (e: ZipEntry, base: number) => {
    view.setUint16(base, 20, true); // version needed: 2.0
    view.setUint16(base + 2, e.flags, true);
    view.setUint16(base + 4, e.method, true);
    view.setUint16(base + 6, e.time, true);
    view.setUint16(base + 8, e.date, true);
    view.setUint32(base + 10, e.crc, true);
    view.setUint32(base + 14, e.compressedSize, true);
    view.setUint32(base + 18, e.size, true);
    view.setUint16(base + 22, e.name.length, true);
  };
  for (const e of list) {
    offsets.push(at);
    view.setUint32(at, LOCAL_HEADER, true);
    common(e, at + 4);
    bytes.set(e.name, at + 30);
    bytes.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const directory = at;
  list.forEach((e, i) => {
    view.setUint32(at, DIRECTORY_ENTRY, true);
    view.setUint16(at + 4, e.madeBy, true);
    common(e, at + 6);
    view.setUint32(at + 38, e.external, true);
    view.setUint32(at + 42, offsets[i], true);
    bytes.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, END_OF_DIRECTORY, true);
  view.setUint16(at + 8, list.length, true);
  view.setUint16(at + 10, list.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return bytes;
}
