/**
 * A zip package written again with some parts replaced or added, the parts its writer stored
 * uncompressed deflated, every other part copied as it was compressed. The deflate is the platform's
 * own (CompressionStream, native in browsers and Node): jszip's JavaScript deflate took about as long
 * for a national appendix's sheet (8 MB of XML) as exceljs took to write the rest of the workbook, so
 * workbookBytes has exceljs store its parts and leaves their compression to this. Browser-safe.
 */
import { XlsxLayoutError } from "./errors";

interface Entry {
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
const STORED = 0;
const DEFLATE = 8;
const UTF8_NAME = 0x0800;

/** The zip's entries in their order, their data as stored; a zip64 or damaged zip is refused. */
function entries(bytes: Uint8Array<ArrayBuffer>): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new XlsxLayoutError("The workbook written is not a zip package.");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new XlsxLayoutError("The workbook written has a damaged zip directory.");
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new XlsxLayoutError("The workbook written has a damaged zip entry.");
    const compressedSize = view.getUint32(at + 20, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({
      name: bytes.subarray(at + 46, at + 46 + nameLength),
      flags: view.getUint16(at + 8, true) & ~0x0008, // sizes go in the local header: no data descriptor
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

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Read while writing: the stream holds back the write until its output is taken.
  const [, compressed] = await Promise.all([writer.write(bytes).then(() => writer.close()), new Response(stream.readable).arrayBuffer()]);
  return new Uint8Array(compressed);
}

/**
 * A part's bytes as the zip will hold them. Browsers before 2023 (Firefox 113, Safari 16.4) have no
 * CompressionStream: there the part is stored as it is, a larger file that every reader still opens.
 */
async function packed(content: Uint8Array<ArrayBuffer>): Promise<{ method: number; data: Uint8Array<ArrayBuffer> }> {
  if (typeof CompressionStream === "undefined") return { method: STORED, data: content };
  return { method: DEFLATE, data: await deflateRaw(content) };
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** The time of writing in MS-DOS form, as zip entries carry it. */
function dosTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** A part its writer stored uncompressed, deflated; its CRC and size are those of the content still. */
async function deflated(entry: Entry): Promise<Entry> {
  if (entry.method !== STORED || entry.size === 0) return entry;
  const { method, data } = await packed(entry.data);
  return { ...entry, method, data, compressedSize: data.length };
}

/**
 * The package with these parts (by name) in place of the old ones, or added at the end when new,
 * and its stored parts deflated. The parts are compressed side by side: the platform's zlib may
 * use more than one thread.
 */
export async function rewriteZip(bytes: Uint8Array<ArrayBuffer>, parts: Map<string, Uint8Array<ArrayBuffer>>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const stamp = dosTime(new Date());
  const fresh = async (name: Uint8Array, content: Uint8Array<ArrayBuffer>): Promise<Entry> => {
    const { method, data } = await packed(content);
    return { name, flags: UTF8_NAME, method, ...stamp, crc: crc32(content), compressedSize: data.length, size: content.length, data, madeBy: 20, external: 0 };
  };
  const left = new Map(parts);
  const out = entries(bytes).map((entry) => {
    const name = decoder.decode(entry.name);
    const content = left.get(name);
    left.delete(name);
    return content ? fresh(entry.name, content) : deflated(entry);
  });
  const added = [...left].map(([name, content]) => fresh(encoder.encode(name), content));
  return zipBytes(await Promise.all([...out, ...added]));
}

function zipBytes(list: Entry[]): Uint8Array {
  const size = list.reduce((sum, e) => sum + 30 + 46 + 2 * e.name.length + e.data.length, 22);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const offsets: number[] = [];
  const common = (e: Entry, base: number) => {
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
