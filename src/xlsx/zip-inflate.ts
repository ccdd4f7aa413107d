/**
 * A zip's parts inflated once, chunk by chunk, so that a caller can count what comes and stop at a
 * bound before the rest is inflated; then handed to exceljs as a package that stores them
 * uncompressed (storedPackage), which it reads without inflating them a second time. The inflate is
 * the platform's own (DecompressionStream, native in browsers and Node), jszip's JavaScript one only
 * where there is none (browsers before 2023). Browser-safe.
 */
import JSZip from "jszip";
import { DEFLATE, STORED, type ZipEntry, entryName, zipBytes } from "./zip-parts";

/** Takes one chunk of a part's inflated bytes; false stops the inflating. */
export type TakeChunk = (chunk: Uint8Array) => boolean;

/** jszip's chunked inflate (public in its sources, absent from its type definitions). */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (error: Error) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** The package's parts, each inflated at most once, kept for the package exceljs reads. */
export class InflatedParts {
  private readonly inflated = new Map<ZipEntry, Uint8Array<ArrayBuffer>>();
  /** By name; the last entry of a name that repeats, as jszip (and so exceljs) takes it. */
  private readonly byName: Map<string, ZipEntry>;
  private jszip: Promise<JSZip> | null = null;

  constructor(
    private readonly bytes: Uint8Array<ArrayBuffer>,
    readonly entries: ZipEntry[],
  ) {
    this.byName = new Map(entries.map((entry) => [entryName(entry), entry]));
  }

  find(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /**
   * Inflates the entry, handing each chunk to take (a part inflated before: all its bytes at once);
   * the bytes are kept only while they stay within the size the directory states, and inflating
   * stops where take says so. Throws when the part is not a zip's deflate or its inflated size is
   * not the stated one (jszip refuses it then too).
   */
  async inflate(entry: ZipEntry, take: TakeChunk = () => true): Promise<void> {
    const done = this.inflated.get(entry);
    if (done) {
      take(done);
      return;
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    let complete = true;
    await this.chunks(entry, (chunk) => {
      length += chunk.length;
      if (length <= entry.size) chunks.push(chunk);
      complete = take(chunk);
      return complete;
    });
    if (!complete) return;
    if (length !== entry.size) throw new Error(`part ${entryName(entry)} inflates to ${length} bytes, not the ${entry.size} its zip entry states`);
    this.inflated.set(entry, concat(chunks, length));
  }

  async text(entry: ZipEntry | undefined): Promise<string | null> {
    if (!entry) return null;
    await this.inflate(entry);
    return new TextDecoder().decode(this.inflated.get(entry));
  }

  /** Every part, stored uncompressed, in the zip's order; the parts not inflated yet are inflated now. */
  async storedPackage(): Promise<Uint8Array<ArrayBuffer>> {
    for (const entry of this.entries) await this.inflate(entry);
    return zipBytes(
      this.entries.map((entry) => {
        const data = this.inflated.get(entry)!;
        return { ...entry, method: STORED, data, compressedSize: data.length, size: data.length };
      }),
    );
  }

  private async chunks(entry: ZipEntry, take: TakeChunk): Promise<void> {
    if (entry.method === STORED) {
      take(entry.data);
      return;
    }
    if (entry.method !== DEFLATE) throw new Error(`part ${entryName(entry)} uses compression method ${entry.method}, not deflate`);
    if (typeof DecompressionStream === "undefined") return this.jszipChunks(entry, take);
    const stream = new DecompressionStream("deflate-raw");
    const writer = stream.writable.getWriter();
    // A failure shows at the reader; a cancel leaves the write unfinished on purpose.
    writer.write(entry.data).then(() => writer.close()).catch(() => undefined);
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!take(value)) {
        // Node rejects the cancel of a stream it aborts: stopping is all that is wanted.
        await reader.cancel().catch(() => undefined);
        return;
      }
    }
  }

  private async jszipChunks(entry: ZipEntry, take: TakeChunk): Promise<void> {
    this.jszip ??= JSZip.loadAsync(this.bytes);
    const file = (await this.jszip).file(entryName(entry));
    if (!file) throw new Error(`part ${entryName(entry)} could not be found by jszip`);
    const stream = (file as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream("uint8array");
    return new Promise((resolve, reject) => {
      let stopped = false;
      stream
        .on("data", (chunk) => {
          if (stopped || take(chunk)) return;
          stopped = true;
          stream.pause();
          resolve();
        })
        .on("error", reject)
        .on("end", resolve)
        .resume();
    });
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
