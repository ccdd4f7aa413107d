/**
 * How large a workbook may be (README, "Limits"), checked before exceljs inflates it: exceljs holds
 * every cell of every sheet, and then the copy it writes, in memory (about 1.2 GB for a million
 * cells on Node 20), so a file past these limits is refused with the limit named, never left to
 * end in an out-of-memory abort.
 */
import JSZip from "jszip";
import { formatNumber } from "../engine";
import { XlsxFileError, type XlsxText } from "./errors";
import { countSheet, zipParts } from "./zip-parts";

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
 * yet), then the number of sheets, then each sheet's rows and cells, counted while inflating.
 */
export async function checkWorkbookLimits(bytes: Uint8Array, file: string, limits: Limits = LIMITS): Promise<void> {
  checkFileSize(bytes.length, file, limits);
  const parts = zipParts(bytes);
  if (!parts) return; // not a readable zip: exceljs says so, and the caller names the file
  let total = 0;
  for (const part of parts) total += part.uncompressedBytes;
  if (total > limits.uncompressedBytes) {
    const largest = parts.reduce((a, b) => (b.uncompressedBytes > a.uncompressedBytes ? b : a));
    throw tooLarge(file, "uncompressedBytes", {
      vi: `Tệp ${file} giải nén ra ${mb(total, "vi")} (lớn nhất là phần ${largest.name}), vượt giới hạn ${mb(limits.uncompressedBytes, "vi")} sau giải nén`,
      en: `${file} inflates to ${mb(total, "en")} (the largest part is ${largest.name}), over the limit of ${mb(limits.uncompressedBytes, "en")} inflated`,
    });
  }
  const zip = await JSZip.loadAsync(bytes);
  const sheets = await worksheetParts(zip);
  if (sheets.length > limits.sheets) {
    throw tooLarge(file, "sheets", {
      vi: `Tệp ${file} có ${n(sheets.length, "vi")} trang, vượt giới hạn ${n(limits.sheets, "vi")} trang một tệp`,
      en: `${file} has ${n(sheets.length, "en")} sheets, over the limit of ${n(limits.sheets, "en")} sheets per file`,
    });
  }
  let cellsSoFar = 0;
  for (const sheet of sheets) {
    const bounds = { rows: limits.rowsPerSheet, cells: Math.min(limits.cellsPerSheet, limits.cellsPerWorkbook - cellsSoFar), bytes: limits.uncompressedBytes };
    const count = await countSheet(zip, sheet.part, bounds);
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
    if (count.tooLarge === "bytes") {
      throw tooLarge(file, "uncompressedBytes", {
        vi: `${where.vi} giải nén ra hơn ${mb(limits.uncompressedBytes, "vi")} (phần ${sheet.part} khai sai kích thước), vượt giới hạn ${mb(limits.uncompressedBytes, "vi")} sau giải nén`,
        en: `${where.en} inflates to more than ${mb(limits.uncompressedBytes, "en")} (part ${sheet.part} states a false size), over the limit of ${mb(limits.uncompressedBytes, "en")} inflated`,
      });
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
async function worksheetParts(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
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
