/** Small workbooks and layouts for the .xlsx adapter tests, built in code so every detail is visible. */
import * as ExcelJS from "exceljs";
import { promises as fsp } from "fs";
import * as os from "os";
import * as path from "path";
import { analyze } from "../../src/engine";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import type { CellValue, Grid } from "../../src/engine/cells/grid";
import { workbookBytes } from "../../src/xlsx/chart-part";
import { SEED_HEADER, SEED_HEADER_MERGES } from "./seed-grid";

/** A fresh temporary folder; remove it with removeTempDir. */
export function makeTempDir(prefix = "xlsx-test-"): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): Promise<void> {
  return fsp.rm(dir, { recursive: true, force: true });
}

export async function saveTo(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  // workbookBytes, as the product writes: an appendix sheet's cells are written there.
  await fsp.writeFile(file, await workbookBytes(workbook));
  return file;
}

/**
 * A district's review sheet as officers send it: merged title and header cells, Vietnamese text,
 * a count typed as text, a #REF! error, a formula with its cached result, a shared formula, rich
 * text, a hyperlink and a date; plus an empty sheet and a sheet whose data starts at C3.
 */
export function districtWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Huyện Phú Lộc");
  ws.getCell("A1").value = "KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020";
  ws.mergeCells("A1:E1");
  ws.getCell("A2").value = "TT";
  ws.getCell("B2").value = "Xã, phường, thị trấn";
  ws.getCell("C2").value = "Tổng số hộ dân";
  ws.getCell("D2").value = "Số hộ nghèo";
  ws.mergeCells("D2:E2");
  ws.getCell("D3").value = "Số hộ";
  ws.getCell("E3").value = "Tỷ lệ";
  ws.mergeCells("A2:A3");
  ws.mergeCells("B2:B3");
  ws.mergeCells("C2:C3");
  ws.getRow(4).values = [1, "Thị trấn Phú Lộc", 2500, 37];
  ws.getCell("C4").numFmt = "#,##0";
  ws.getRow(5).values = [2, "Xã Lộc Điền", "1.234", 88];
  ws.fillFormula("E4:E5", "ROUND(D4/C4*100,2)", [1.48, 7131.28]); // shared, as Excel saves a filled column; "1.234" counts as 1.234
  ws.getCell("E4").numFmt = "0.00";
  ws.getRow(6).values = [3, "Xã Vinh Hưng", 812, 0];
  ws.getCell("D6").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("E6").value = { formula: "D6/C6*100", result: { error: "#REF!" } } as ExcelJS.CellValue;
  ws.getCell("B7").value = { richText: [{ text: "Toàn " }, { font: { bold: true }, text: "huyện" }] };
  ws.getCell("C7").value = { formula: "SUM(C4:C6)" };
  ws.getCell("A9").value = { text: "Nguồn: Sở LĐTBXH", hyperlink: "https://example.org/nguon" };
  ws.getCell("B9").value = new Date(Date.UTC(2021, 3, 2));
  ws.getCell("C9").value = true;

  workbook.addWorksheet("Trống").getCell("B2").numFmt = "0.00"; // styled but empty: skipped

  const offset = workbook.addWorksheet("Ghi chú");
  offset.getCell("C3").value = "Ghi chú";
  offset.getCell("D4").value = 0.7;
  return workbook;
}

/** Texts that a careless writer would turn into formulas or numbers. */
export const TRICKY_TEXTS = ["=SUM(A1)", "+84 90", "-", "@home", "0123", "1.234"];

/** The sheet row of the tricky texts: two rows under the total of smallLayout. */
export const TRICKY_ROW = 12;

/**
 * The engine's own appendix for two communes under the seed's header, so the writer is tested on
 * the layout it really gets: Phú Lộc, 500 households (500 × 1007/1000 = 503.5, projected 504),
 * 37 poor (7.40 %), target 5; Phong Điền, 12,345 households (12,431.415 → 12,431), 1,001 poor
 * (8.1085 % → 8.11), target 100; the total row (row 10) sums them: projected 12,935, remaining 933,
 * 933 / 12,935 = 7.2130 % → 7.21. A row of tricky texts is added under it.
 */
export function smallLayout(): AppendixLayout {
  const units: CellValue[][] = [
    [1, "Phú Lộc", 500, 37, null, null, null, null, null, null, null, 5],
    [2, "Phong Điền", 12345, 1001, null, null, null, null, null, null, null, 100],
    [null, "Toàn tỉnh", 12845, 1038, null, null, null, null, null, null, null, 105],
  ];
  const source: Grid = { sheet: "Tổng hợp", origin: "A1", values: [...SEED_HEADER, ...units], merges: SEED_HEADER_MERGES };
  // Without the chart: its block would sit where the tricky texts go; the chart has tests of its own.
  const layout = analyze([source], { chart: false }).layout as AppendixLayout;
  TRICKY_TEXTS.forEach((value, i) => layout.cells.push({ row: TRICKY_ROW, col: i + 1, value, style: "note" }));
  layout.rowCount = TRICKY_ROW;
  return layout;
}
