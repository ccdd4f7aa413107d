/**
 * The workbook's package written: the appendices' cells put into their sheets' parts, and charts
 * added. exceljs cannot write charts, so the package (the officer's own with the appendix grafted
 * in, or the one exceljs wrote) is edited as the zip it is and the chart added as Excel itself stores
 * one — a chart part, a drawing part anchoring it, their relationships, the sheet's <drawing> element
 * and the content types. Nothing else in the package changes. Browser-safe (jszip, no Node APIs).
 */
import type * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartSpec } from "../engine";
import { withAppendixCells } from "./appendix-part";
import { chartXml, drawingXml } from "./chart-xml";
import { XlsxLayoutError } from "./errors";
import { graftAppendices } from "./graft-package";
import { PackageEdits, REL, freeName, freeRelId, sheetPart } from "./package-edits";
import { type PendingSheet, pendingAppendixSheets } from "./write-appendix";
import { rewriteZip } from "./zip-rewrite";

export interface SheetChart {
  /** The sheet's name as written (after uniqueSheetName). */
  sheetName: string;
  chart: ChartSpec;
}

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Worksheet children that come after <drawing> (CT_Worksheet's sequence): it goes before the first. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * The workbook's .xlsx bytes, with the cells of its appendix sheets (addAppendixSheet) and these
 * charts drawn on their sheets. A workbook read from a file gets its appendices grafted into that
 * file's own package (graft-package.ts): every part the officer had is copied as it was, and exceljs
 * writes only the appendices' frames (so a change made through exceljs to a sheet read from the file
 * is not written: the officer's sheets are read-only here). Otherwise (a new workbook, or a package
 * the graft cannot take) exceljs writes the whole workbook. exceljs stores its parts uncompressed and
 * rewriteZip deflates them with the platform's zlib: jszip's JavaScript deflate, exceljs's own, took
 * about a quarter of the command line's time on a national table (issue 10).
 */
export async function workbookBytes(workbook: ExcelJS.Workbook, charts: SheetChart[] = []): Promise<Uint8Array> {
  const appendices = pendingAppendixSheets(workbook);
  const grafted = appendices.length > 0 ? await graftAppendices(workbook, appendices) : null;
  if (grafted) {
    await addAppendices(grafted.edits, appendices, charts, grafted.xfBase);
    return rewriteZip(grafted.source, grafted.edits.bytes(), { deflateStored: false });
  }
  const written = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  if (appendices.length === 0 && charts.length === 0) return rewriteZip(written, new Map());
  const zip = await JSZip.loadAsync(written);
  const edits = new PackageEdits(new Set(Object.keys(zip.files)), async (name) => (await zip.file(name)?.async("string")) ?? null);
  await addAppendices(edits, appendices, charts, 0);
  return rewriteZip(written, edits.bytes());
}

/** The charts, then the appendices' cells, their style ids exceljs's plus xfBase. */
async function addAppendices(edits: PackageEdits, appendices: PendingSheet[], charts: SheetChart[], xfBase: number): Promise<void> {
  // The drawing first, while the sheet's part is exceljs's small frame.
  for (const { sheetName, chart } of charts) await addChart(edits, sheetName, chart);
  for (const { sheet, data } of appendices) {
    const path = await sheetPart(edits, sheet.name);
    edits.set(path, withAppendixCells((await edits.text(path))!, data, xfBase));
  }
}

async function addChart(edits: PackageEdits, sheetName: string, chart: ChartSpec): Promise<void> {
  const sheetPath = await sheetPart(edits, sheetName);
  const chartPath = freeName(edits, "xl/charts/chart", ".xml");
  const drawingPath = freeName(edits, "xl/drawings/drawing", ".xml");
  edits.set(chartPath, chartXml(sheetName, chart));
  edits.set(drawingPath, drawingXml(chart, "rId1"));
  edits.set(relsPath(drawingPath), relationships([{ id: "rId1", type: "chart", target: `../charts/${baseName(chartPath)}` }]));

  const sheetRels = relsPath(sheetPath);
  const existing = (await edits.text(sheetRels)) ?? relationships([]);
  const drawingRel = freeRelId(existing);
  edits.set(sheetRels, existing.replace("</Relationships>", relationship({ id: drawingRel, type: "drawing", target: `../drawings/${baseName(drawingPath)}` }) + "</Relationships>"));

  const sheetXml = (await edits.text(sheetPath))!;
  if (/<drawing\b/.test(sheetXml)) throw new XlsxLayoutError(`Sheet "${sheetName}" already has a drawing.`);
  const element = `<drawing r:id="${drawingRel}"/>`;
  const at = AFTER_DRAWING.map((tag) => sheetXml.search(new RegExp(`<${tag}[\\s/>]`)))
    .filter((found) => found >= 0)
    .reduce((first, found) => Math.min(first, found), sheetXml.lastIndexOf("</worksheet>"));
  edits.set(sheetPath, sheetXml.slice(0, at) + element + sheetXml.slice(at));

  const types = (await edits.text("[Content_Types].xml"))!;
  const overrides = [`<Override PartName="/${chartPath}" ContentType="${CHART_TYPE}"/>`, `<Override PartName="/${drawingPath}" ContentType="${DRAWING_TYPE}"/>`].join("");
  edits.set("[Content_Types].xml", types.replace("</Types>", `${overrides}</Types>`));
}

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);
const relsPath = (path: string): string => `${path.slice(0, path.lastIndexOf("/"))}/_rels/${baseName(path)}.rels`;

interface Rel {
  id: string;
  type: "chart" | "drawing";
  target: string;
}

const relationship = (rel: Rel): string => `<Relationship Id="${rel.id}" Type="${REL}/${rel.type}" Target="${rel.target}"/>`;

function relationships(rels: Rel[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(relationship).join("")}</Relationships>`
  );
}
