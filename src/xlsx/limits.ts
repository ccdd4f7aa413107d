/**
 * How large a workbook may be (README, "Limits"), checked before exceljs reads it: exceljs holds
 * every cell of every sheet, and then the copy it writes, in memory (about 1.2 GB for a million
 * cells on Node 20), so a file past these limits is refused with the limit named, never left to
 * end in an out-of-memory abort.
 */
import { formatNumber } from "../engine";
import { XlsxFileError, type XlsxText } from "./errors";
import { InflatedParts } from "./zip-inflate";
import { entryName, zipEntries } from "./zip-parts";

export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  uncompressedBytes: 200 * 1024 * 1024,
  sheets: 250,
  rowsPerSheet: 300_000,
  cellsPerSheet: 1_000_000,
  cellsPerWorkbook: 1_200_000,
  /** Rows × columns from a sheet's first used cell to its last, the engine's grid. */
  usedRangeCells: 5_000_000,
};

export type Limits = typeof LIMITS;

const MB = 1024 * 1024;
const n = (value: number, lang: "vi" | "en") => formatNumber(value, lang);
const mb = (bytes: number, lang: "vi" | "en") => `${formatNumber(Math.round((bytes / MB) * 10) / 10, lang)} MB`;

function tooLarge(file: string, limit: keyof Limits, text: XlsxText): XlsxFileError {
  return new XlsxFileError(
    "too-large",
    { vi: `${text.vi} (xem mục "Giới hạn" trong README).`, en: `${text.en} (see "Limits" in the README).` },
    { file, limit },
  );
}

export function checkFileSize(bytes: number, file: string, limits: Limits = LIMITS): void {
  if (bytes <= limits.fileBytes) return;
  throw tooLarge(file, "fileBytes", {
    vi: `Tệp ${file} nặng ${mb(bytes, "vi")}, vượt giới hạn ${mb(limits.fileBytes, "vi")} một tệp`,
    en: `${file} is ${mb(bytes, "en")}, over the limit of ${mb(limits.fileBytes, "en")} per file`,
  });
}

/**
 * The checks that need the zip itself: sizes from the central directory first (nothing inflated
 * yet), then the number of sheets, then each sheet's rows and cells, counted while inflating it,
 * stopping at the first bound passed. Returns the package with every part inflated and stored
 * uncompressed, for exceljs to read without inflating it again (each part is inflated once).
 */
export async function inflateWithinLimits(bytes: Uint8Array<ArrayBuffer>, file: string, limits: Limits = LIMITS): Promise<Uint8Array<ArrayBuffer>> {
  checkFileSize(bytes.length, file, limits);
  const entries = zipEntries(bytes);
  // The caller names the damage (damaged-part.ts); exceljs is never left to read a zip unchecked.
  if (!entries) throw new Error("the zip's central directory could not be read");
  let total = 0;
  for (const entry of entries) total += entry.size === 0xffffffff ? Infinity : entry.size;
  if (total > limits.uncompressedBytes) {
    const largest = entries.reduce((a, b) => (b.size > a.size ? b : a));
    throw tooLarge(file, "uncompressedBytes", {
      vi: `Tệp ${file} giải nén ra ${mb(total, "vi")} (lớn nhất là phần ${entryName(largest)}), vượt giới hạn ${mb(limits.uncompressedBytes, "vi")} sau giải nén`,
      en: `${file} inflates to ${mb(total, "en")} (the largest part is ${entryName(largest)}), over the limit of ${mb(limits.uncompressedBytes, "en")} inflated`,
    });
  }
  const parts = new InflatedParts(bytes, entries);
  const sheets = worksheetParts(await parts.text(parts.find("xl/workbook.xml")), await parts.text(parts.find("xl/_rels/workbook.xml.rels")));
  if (sheets.length > limits.sheets) {
    throw tooLarge(file, "sheets", {
      vi: `Tệp ${file} có ${n(sheets.length, "vi")} trang, vượt giới hạn ${n(limits.sheets, "vi")} trang một tệp`,
      en: `${file} has ${n(sheets.length, "en")} sheets, over the limit of ${n(limits.sheets, "en")} sheets per file`,
    });
  }
  let cellsSoFar = 0;
  for (const sheet of sheets) {
    const entry = parts.find(sheet.part);
    if (!entry) continue;
    const bounds = { rows: limits.rowsPerSheet, cells: Math.min(limits.cellsPerSheet, limits.cellsPerWorkbook - cellsSoFar), bytes: limits.uncompressedBytes };
    const count = new SheetCount(bounds);
    await parts.inflate(entry, (chunk) => count.add(chunk));
    count.finish();
    cellsSoFar += count.cells;
    const where = { vi: `Trang "${sheet.name}" của tệp ${file}`, en: `Sheet "${sheet.name}" of ${file}` };
    if (count.tooLarge === "rows") {
      throw tooLarge(file, "rowsPerSheet", {
        vi: `${where.vi} có hơn ${n(limits.rowsPerSheet, "vi")} dòng, vượt giới hạn ${n(limits.rowsPerSheet, "vi")} dòng một trang`,
        en: `${where.en} has more than ${n(limits.rowsPerSheet, "en")} rows, over the limit of ${n(limits.rowsPerSheet, "en")} rows per sheet`,
      });
    }
    if (count.tooLarge === "cells" && count.cells > limits.cellsPerSheet) {
      throw tooLarge(file, "cellsPerSheet", {
        vi: `${where.vi} có hơn ${n(limits.cellsPerSheet, "vi")} ô, vượt giới hạn ${n(limits.cellsPerSheet, "vi")} ô một trang`,
        en: `${where.en} has more than ${n(limits.cellsPerSheet, "en")} cells, over the limit of ${n(limits.cellsPerSheet, "en")} cells per sheet`,
      });
    }
    if (count.tooLarge === "cells") {
      throw tooLarge(file, "cellsPerWorkbook", {
        vi: `Tệp ${file} có hơn ${n(limits.cellsPerWorkbook, "vi")} ô (tính đến trang "${sheet.name}"), vượt giới hạn ${n(limits.cellsPerWorkbook, "vi")} ô một tệp`,
        en: `${file} has more than ${n(limits.cellsPerWorkbook, "en")} cells (counting up to sheet "${sheet.name}"), over the limit of ${n(limits.cellsPerWorkbook, "en")} cells per file`,
      });
    }
    if (count.tooLarge === "bytes") throw falseSize(file, sheet.part, limits, where);
  }
  // The other parts are bounded the same way: a shared-strings part may understate its size too.
  for (const entry of entries) {
    let bytesSoFar = 0;
    await parts.inflate(entry, (chunk) => (bytesSoFar += chunk.length) <= limits.uncompressedBytes);
    if (bytesSoFar > limits.uncompressedBytes) throw falseSize(file, entryName(entry), limits, { vi: `Tệp ${file}`, en: file });
  }
  return parts.storedPackage();
}

function falseSize(file: string, part: string, limits: Limits, where: XlsxText): XlsxFileError {
  return tooLarge(file, "uncompressedBytes", {
    vi: `${where.vi} giải nén ra hơn ${mb(limits.uncompressedBytes, "vi")} (phần ${part} khai sai kích thước), vượt giới hạn ${mb(limits.uncompressedBytes, "vi")} sau giải nén`,
    en: `${where.en} inflates to more than ${mb(limits.uncompressedBytes, "en")} (part ${part} states a false size), over the limit of ${mb(limits.uncompressedBytes, "en")} inflated`,
  });
}

const LT = 0x3c;
/** After "<c" or "<row", an element's name ends with a space, tab, line break, "/" or ">". */
const ENDS_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f, 0x3e]);
const isCell = (b: Uint8Array, i: number) => b[i + 1] === 0x63 && ENDS_NAME.has(b[i + 2]);
const isRow = (b: Uint8Array, i: number) => b[i + 1] === 0x72 && b[i + 2] === 0x6f && b[i + 3] === 0x77 && ENDS_NAME.has(b[i + 4]);

/**
 * The `<row>` and `<c>` elements of a worksheet part counted chunk by chunk as it inflates, without
 * holding its text; add says false as soon as a count or the bytes pass the bounds.
 */
export class SheetCount {
  rows = 0;
  cells = 0;
  tooLarge: "rows" | "cells" | "bytes" | null = null;
  private bytes = 0;
  /** The last bytes of a chunk, too few to tell a tag: looked at again with the next chunk. */
  private carry = new Uint8Array(0);

  constructor(private readonly bounds: { rows: number; cells: number; bytes: number }) {}

  add(chunk: Uint8Array): boolean {
    this.bytes += chunk.length;
    const text = new Uint8Array(this.carry.length + chunk.length);
    text.set(this.carry);
    text.set(chunk, this.carry.length);
    const end = Math.max(0, text.length - 4);
    this.scan(text, end);
    this.carry = text.slice(end);
    const { bounds } = this;
    this.tooLarge = this.bytes > bounds.bytes ? "bytes" : this.rows > bounds.rows ? "rows" : this.cells > bounds.cells ? "cells" : null;
    return this.tooLarge === null;
  }

  /** Counts what the last chunk left. */
  finish(): void {
    if (this.tooLarge === null) this.scan(this.carry, this.carry.length);
  }

  private scan(text: Uint8Array, end: number): void {
    for (let i = 0; i < end; i++) {
      if (text[i] !== LT) continue;
      if (isCell(text, i)) this.cells++;
      else if (isRow(text, i)) this.rows++;
    }
  }
}

/** A sheet's used range, before the engine's grid of that many cells is built. */
export function checkUsedRange(sheet: string, rows: number, columns: number, limits: Limits = LIMITS): void {
  if (rows * columns <= limits.usedRangeCells) return;
  throw tooLarge(sheet, "usedRangeCells", {
    vi: `Trang "${sheet}" dùng vùng ${n(rows, "vi")} dòng × ${n(columns, "vi")} cột, vượt giới hạn ${n(limits.usedRangeCells, "vi")} ô từ ô đầu đến ô cuối của một trang`,
    en: `Sheet "${sheet}" spans ${n(rows, "en")} rows × ${n(columns, "en")} columns, over the limit of ${n(limits.usedRangeCells, "en")} cells from a sheet's first used cell to its last`,
  });
}

/** The sheets in the workbook's order, with their names, from workbook.xml and its relationships. */
function worksheetParts(workbook: string | null, rels: string | null): { name: string; part: string }[] {
  if (!workbook || !rels) return [];
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const part = targets.get(attribute(tag, "r:id") ?? "");
    if (part) sheets.push({ name: attribute(tag, "name") ?? part, part });
  }
  return sheets;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  const raw = match ? (match[2] ?? match[3]) : null;
  return raw === null ? null : raw.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
}
