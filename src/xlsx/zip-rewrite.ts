/**
 * A zip package written again with some parts replaced or added, the parts its writer stored
 * uncompressed deflated, every other part copied as it was compressed. The deflate is the platform's
 * own (CompressionStream, native in browsers and Node): jszip's JavaScript deflate took about as long
 * for a national appendix's sheet (8 MB of XML) as exceljs took to write the rest of the workbook, so
 * workbookBytes has exceljs store its parts and leaves their compression to this. Browser-safe.
 */
import { XlsxLayoutError } from "./errors";
import { DEFLATE, STORED, type ZipEntry, entryName, zipBytes, zipEntries } from "./zip-parts";

const UTF8_NAME = 0x0800;

/** The entries exceljs wrote, their data as stored. */
function entries(bytes: Uint8Array<ArrayBuffer>): ZipEntry[] {
  const list = zipEntries(bytes);
  if (!list) throw new XlsxLayoutError("The workbook written is not a readable zip package.");
  return list;
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
async function deflated(entry: ZipEntry): Promise<ZipEntry> {
  if (entry.method !== STORED || entry.size === 0) return entry;
  const { method, data } = await packed(entry.data);
  return { ...entry, method, data, compressedSize: data.length };
}

/**
 * The package with these parts (by name) in place of the old ones, or added at the end when new,
 * and its stored parts deflated (unless deflateStored is false: the officer's own package, whose
 * parts are copied exactly as they were). The parts are compressed side by side: the platform's zlib
 * may use more than one thread.
 */
export async function rewriteZip(
  bytes: Uint8Array<ArrayBuffer>,
  parts: Map<string, Uint8Array<ArrayBuffer>>,
  { deflateStored = true }: { deflateStored?: boolean } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const stamp = dosTime(new Date());
  const fresh = async (name: Uint8Array, content: Uint8Array<ArrayBuffer>): Promise<ZipEntry> => {
    const { method, data } = await packed(content);
    return { name, flags: UTF8_NAME, method, ...stamp, crc: crc32(content), compressedSize: data.length, size: content.length, data, madeBy: 20, external: 0 };
  };
  const left = new Map(parts);
  const out = entries(bytes).map((entry) => {
    const name = entryName(entry);
    const content = left.get(name);
    left.delete(name);
    if (content) return fresh(entry.name, content);
    return deflateStored ? deflated(entry) : entry;
  });
  const added = [...left].map(([name, content]) => fresh(encoder.encode(name), content));
  return zipBytes(await Promise.all([...out, ...added]));
}
