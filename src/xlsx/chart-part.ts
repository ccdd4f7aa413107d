/**
 * Charts into a workbook exceljs has written: exceljs cannot write charts, so its .xlsx is opened
 * as the zip package it is and the chart is added as Excel itself stores one — a chart part, a
 * drawing part anchoring it, their relationships, the sheet's <drawing> element and the content
 * types. Nothing else in the package changes. Browser-safe (jszip, no Node APIs).
 */
import type * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartSpec } from "../engine";
import { chartXml, drawingXml } from "./chart-xml";
import { XlsxLayoutError } from "./errors";

export interface SheetChart {
  /** The sheet's name as written (after uniqueSheetName). */
  sheetName: string;
  chart: ChartSpec;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Worksheet children that come after <drawing> (CT_Worksheet's sequence): it goes before the first. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The workbook's .xlsx bytes, with these charts drawn on their sheets. */
export async function workbookBytes(workbook: ExcelJS.Workbook, charts: SheetChart[] = []): Promise<Uint8Array> {
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return charts.length > 0 ? addCharts(written, charts) : written;
}

export async function addCharts(bytes: Uint8Array | ArrayBuffer, charts: SheetChart[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const { sheetName, chart } of charts) await addChart(zip, sheetName, chart);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function addChart(zip: JSZip, sheetName: string, chart: ChartSpec): Promise<void> {
  const sheetPath = await sheetPart(zip, sheetName);
  const chartPath = freeName(zip, "xl/charts/chart", ".xml");
  const drawingPath = freeName(zip, "xl/drawings/drawing", ".xml");
  zip.file(chartPath, chartXml(sheetName, chart));
  zip.file(drawingPath, drawingXml(chart, "rId1"));
  zip.file(relsPath(drawingPath), relationships([{ id: "rId1", type: "chart", target: `../charts/${baseName(chartPath)}` }]));

  const sheetRels = relsPath(sheetPath);
  const existing = (await zip.file(sheetRels)?.async("string")) ?? relationships([]);
  const drawingRel = freeRelId(existing);
  zip.file(sheetRels, existing.replace("</Relationships>", relationship({ id: drawingRel, type: "drawing", target: `../drawings/${baseName(drawingPath)}` }) + "</Relationships>"));

  const sheetXml = await zip.file(sheetPath)!.async("string");
  if (/<drawing\b/.test(sheetXml)) throw new XlsxLayoutError(`Sheet "${sheetName}" already has a drawing.`);
  const element = `<drawing r:id="${drawingRel}"/>`;
  const at = AFTER_DRAWING.map((tag) => sheetXml.search(new RegExp(`<${tag}[\\s/>]`)))
    .filter((found) => found >= 0)
    .reduce((first, found) => Math.min(first, found), sheetXml.lastIndexOf("</worksheet>"));
  zip.file(sheetPath, sheetXml.slice(0, at) + element + sheetXml.slice(at));

  const types = await zip.file("[Content_Types].xml")!.async("string");
  const overrides = [`<Override PartName="/${chartPath}" ContentType="${CHART_TYPE}"/>`, `<Override PartName="/${drawingPath}" ContentType="${DRAWING_TYPE}"/>`].join("");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides}</Types>`));
}

/** The worksheet part of the sheet with this name, through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => unescapeXml(attribute(tag, "name")) === sheetName);
  const relId = sheet && attribute(sheet, "r:id");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, "Id") === relId);
  if (!rel) throw new XlsxLayoutError(`No sheet "${sheetName}" in the workbook written.`);
  const target = attribute(rel, "Target");
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function freeName(zip: JSZip, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) if (!zip.file(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
}

function freeRelId(rels: string): string {
  const used = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
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
