/**
 * What an .xlsx holds, measured before exceljs inflates it: the parts' sizes from the zip's central
 * directory, and the rows and cells of each worksheet counted while inflating it chunk by chunk.
 * Browser-safe (the web page uses it too): plain bytes and jszip, the zip library exceljs uses.
 */
import JSZip from "jszip";

export interface ZipPart {
  name: string;
  /** As the central directory states it; a zip64 size that does not fit 32 bits reads as Infinity. */
  uncompressedBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The parts listed in the central directory, or null when the bytes hold no readable one. */
export function zipParts(bytes: Uint8Array): ZipPart[] | null {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(data);
  if (end === null) return null;
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const parts: ZipPart[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.byteLength || data.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const size = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // 0xFFFFFFFF means "see the zip64 field": at least 4 GB, beyond any limit here.
    parts.push({ name, uncompressedBytes: size === 0xffffffff ? Infinity : size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** The end-of-central-directory record sits in the last 22 + up to 65,535 (comment) bytes. */
function findEndOfDirectory(data: DataView): number | null {
  const lowest = Math.max(0, data.byteLength - 22 - 0xffff);
  for (let at = data.byteLength - 22; at >= lowest; at--) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return null;
}

export interface SheetCount {
  rows: number;
  cells: number;
}

/** jszip's chunked inflate (public in its sources, absent from its type definitions). */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (error: Error) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

const LT = 0x3c;
/** After "<c" or "<row", an element's name ends with a space, tab, line break, "/" or ">". */
const ENDS_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f, 0x3e]);
const isCell = (b: Uint8Array, i: number) => b[i + 1] === 0x63 && ENDS_NAME.has(b[i + 2]);
const isRow = (b: Uint8Array, i: number) => b[i + 1] === 0x72 && b[i + 2] === 0x6f && b[i + 3] === 0x77 && ENDS_NAME.has(b[i + 4]);

/**
 * Counts the `<row>` and `<c>` elements of a worksheet part as it inflates, without holding its
 * text. Stops as soon as a count or the bytes inflated pass the given bounds, so a zip that
 * understates its sizes cannot make this run away either.
 */
export function countSheet(
  zip: JSZip,
  part: string,
  bounds: { rows: number; cells: number; bytes: number },
): Promise<SheetCount & { tooLarge: "rows" | "cells" | "bytes" | null }> {
  const entry = zip.file(part);
  if (!entry) return Promise.resolve({ rows: 0, cells: 0, tooLarge: null });
  const stream = (entry as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream("uint8array");
  return new Promise((resolve, reject) => {
    const counted = { rows: 0, cells: 0 };
    let bytes = 0;
    // The last bytes of a chunk, too few to tell a tag: looked at again with the next chunk.
    let carry = new Uint8Array(0);
    const scan = (text: Uint8Array, end: number) => {
      for (let i = 0; i < end; i++) {
        if (text[i] !== LT) continue;
        if (isCell(text, i)) counted.cells++;
        else if (isRow(text, i)) counted.rows++;
      }
    };
    stream
      .on("data", (chunk) => {
        bytes += chunk.length;
        const text = new Uint8Array(carry.length + chunk.length);
        text.set(carry);
        text.set(chunk, carry.length);
        const end = Math.max(0, text.length - 4);
        scan(text, end);
        carry = text.slice(end);
        const tooLarge = bytes > bounds.bytes ? "bytes" : counted.rows > bounds.rows ? "rows" : counted.cells > bounds.cells ? "cells" : null;
        if (tooLarge) {
          stream.pause();
          resolve({ ...counted, tooLarge });
        }
      })
      .on("error", reject)
      .on("end", () => {
        scan(carry, carry.length);
        resolve({ ...counted, tooLarge: null });
      })
      .resume();
  });
}
