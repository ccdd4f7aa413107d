/**
 * The appendix grafted into the officer's own package: exceljs writes a small workbook holding only
 * the appendix sheets' frames (widths, merges, views, print setup, one cell per style), and its sheet
 * parts, styles and print names are added to the source file's package. Every part the officer had
 * is copied with its compressed bytes unchanged, so the sheets, formats, conditional formatting,
 * validation, pivot caches and anything else exceljs does not understand survive byte for byte;
 * only workbook.xml (the new <sheet> entries and their print names), its relationships, the content
 * types and styles.xml (the appendix's styles appended, nothing of the officer's moved) change.
 * docProps/app.xml keeps its list of sheet titles: it is informational, Excel rebuilds it on save,
 * and a stale but consistent list opens everywhere (an inconsistent one makes Excel repair the file,
 * troldal/OpenXLSX#220), so it is left as the officer had it. Browser-safe.
 */
import * as ExcelJS from "exceljs";
import { graftStyles } from "./graft-styles";
import { attribute, freeRelId, PackageEdits, REL, sheetEntries } from "./package-edits";
import { type SourcePackage, sourceOf } from "./source-package";
import { addFrame, type PendingSheet } from "./write-appendix";
import { InflatedParts } from "./zip-inflate";
import { entryName, zipEntries } from "./zip-parts";
import { xmlText } from "./chart-xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
/** Workbook children that come after <definedNames> (CT_Workbook's sequence): a new one goes before the first. */
const AFTER_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

export interface Grafted {
  /** The officer's package, whose parts the edits replace or add to. */
  source: Uint8Array<ArrayBuffer>;
  edits: PackageEdits;
  /** What to add to the frame's style ids (withAppendixCells). */
  xfBase: number;
}

/**
 * The source package with the appendices' frames grafted in, or null when the workbook was not read
 * from a file, its sheets are no longer the ones read (plus the appendices), or its package is one the
 * graft cannot safely change (see graftInto): exceljs then writes the whole workbook, as it always did.
 */
export async function graftAppendices(workbook: ExcelJS.Workbook, appendices: PendingSheet[]): Promise<Grafted | null> {
  const source = sourceOf(workbook);
  if (!source || !sameSheets(workbook, source, appendices)) return null;
  const entries = zipEntries(source.bytes);
  if (!entries) return null;
  const parts = new InflatedParts(source.bytes, entries);
  const edits = new PackageEdits(new Set(entries.map(entryName)), (name) => parts.text(parts.find(name)));
  const xfBase = await graftInto(edits, await frameParts(appendices));
  return xfBase === null ? null : { source: source.bytes, edits, xfBase };
}

/** The workbook's sheets are the ones read, in order, then the appendices. */
function sameSheets(workbook: ExcelJS.Workbook, source: SourcePackage, appendices: PendingSheet[]): boolean {
  const expected = [...source.sheets, ...appendices.map(({ sheet }) => sheet)];
  return workbook.worksheets.length === expected.length && workbook.worksheets.every((sheet, i) => sheet === expected[i]);
}

/** What exceljs wrote for a workbook of the appendices' frames alone. */
interface FrameParts {
  sheets: { name: string; xml: string }[];
  styles: string;
  /** Its <definedName> elements (print area and titles), localSheetId counting the frame's sheets. */
  names: string[];
}

async function frameParts(appendices: PendingSheet[]): Promise<FrameParts> {
  const frame = new ExcelJS.Workbook();
  for (const { sheet, layout, data } of appendices) addFrame(frame, sheet.name, layout, data);
  const bytes = new Uint8Array(await frame.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  const decoder = new TextDecoder();
  const texts = new Map(zipEntries(bytes)!.map((entry) => [entryName(entry), decoder.decode(entry.data)]));
  const workbookXml = texts.get("xl/workbook.xml")!;
  return {
    sheets: sheetEntries(workbookXml, texts.get("xl/_rels/workbook.xml.rels")!).map((sheet) => ({ name: sheet.name, xml: texts.get(sheet.part)! })),
    styles: texts.get("xl/styles.xml")!,
    names: [...workbookXml.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)].map(([name]) => name),
  };
}

/**
 * The frame's sheets, print names and styles put into the package; returns the style ids' shift, or
 * null (nothing usable changed) when the package is not one to graft into: no workbook.xml, styles.xml
 * or content types where the transitional format puts them, another namespace (strict OOXML) or a
 * prefixed root, or a sheet (a chart sheet exceljs does not load, say) already named like an appendix.
 */
async function graftInto(edits: PackageEdits, frame: FrameParts): Promise<number | null> {
  const [workbookXml, relsXml, typesXml, stylesXml] = await Promise.all(
    ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"].map((name) => edits.text(name)),
  );
  if (!workbookXml || !relsXml || !typesXml?.includes("</Types>") || !stylesXml) return null;
  const root = /<workbook\b[^>]*>/.exec(workbookXml)?.[0];
  if (!root || attribute(root, "xmlns") !== MAIN || attribute(root, "xmlns:r") !== REL || !workbookXml.includes("</sheets>")) return null;
  const existing = sheetEntries(workbookXml, relsXml);
  const taken = new Set(existing.map((sheet) => sheet.name.toLowerCase()));
  if (frame.sheets.some((sheet) => taken.has(sheet.name.toLowerCase()))) return null;
  const styles = graftStyles(stylesXml, frame.styles);
  if (!styles) return null;

  let sheetId = existing.reduce((highest, sheet) => Math.max(highest, Number(attribute(sheet.tag, "sheetId")) || 0), 0);
  let rels = relsXml;
  let types = typesXml;
  const sheetTags: string[] = [];
  for (const sheet of frame.sheets) {
    const part = freeSheetPart(edits, types);
    const relId = freeRelId(rels);
    rels = rels.replace("</Relationships>", `<Relationship Id="${relId}" Type="${REL}/worksheet" Target="${part.slice("xl/".length)}"/></Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/></Types>`);
    sheetTags.push(`<sheet name="${xmlText(sheet.name)}" sheetId="${++sheetId}" r:id="${relId}"/>`);
    edits.set(part, withColumnStyles(sheet.xml, styles.xfBase));
  }
  const names = frame.names.map((name) => name.replace(/\slocalSheetId="(\d+)"/, (_, id: string) => ` localSheetId="${Number(id) + existing.length}"`));
  edits.set("xl/workbook.xml", withNames(workbookXml.replace("</sheets>", `${sheetTags.join("")}</sheets>`), names));
  edits.set("xl/_rels/workbook.xml.rels", rels);
  edits.set("[Content_Types].xml", types);
  edits.set("xl/styles.xml", styles.xml);
  return styles.xfBase;
}

/** A worksheet part name no part has, nor a content type left behind by a part since removed. */
function freeSheetPart(edits: PackageEdits, types: string): string {
  const listed = types.toLowerCase();
  for (let n = 1; ; n++) {
    const part = `xl/worksheets/sheet${n}.xml`;
    if (!edits.has(part) && !listed.includes(`partname="/${part}"`)) return part;
  }
}

/** A column's style in the frame, if exceljs wrote one, shifted as the cells' are. */
function withColumnStyles(sheetXml: string, xfBase: number): string {
  return sheetXml.replace(/<col\b[^>]*>/g, (col) => col.replace(/\sstyle="(\d+)"/, (_, id: string) => ` style="${Number(id) + xfBase}"`));
}

/** The print names added to the workbook's <definedNames>, made where the schema puts it when there is none. */
function withNames(workbookXml: string, names: string[]): string {
  if (names.length === 0) return workbookXml;
  if (/<definedNames\b/.test(workbookXml)) {
    return workbookXml.replace(/<definedNames\s*\/>/, "<definedNames></definedNames>").replace("</definedNames>", `${names.join("")}</definedNames>`);
  }
  const at = AFTER_NAMES.map((tag) => workbookXml.search(new RegExp(`<${tag}[\\s/>]`)))
    .filter((found) => found >= 0)
    .reduce((first, found) => Math.min(first, found), workbookXml.lastIndexOf("</workbook>"));
  return `${workbookXml.slice(0, at)}<definedNames>${names.join("")}</definedNames>${workbookXml.slice(at)}`;
}
