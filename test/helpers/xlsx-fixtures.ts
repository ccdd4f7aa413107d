/** Small workbooks and layouts for the .xlsx adapter tests, built in code so every detail is visible. */
import * as ExcelJS from "exceljs";
import { promises as fsp } from "fs";
import * as os from "os";
import * as path from "path";
import type { AppendixLayout, CellStyle, LayoutCell } from "../../src/engine/appendix/layout";
import { round } from "../../src/engine/cells/round";

/** A fresh temporary folder; remove it with removeTempDir. */
export function makeTempDir(prefix = "xlsx-test-"): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): Promise<void> {
  return fsp.rm(dir, { recursive: true, force: true });
}

export async function saveTo(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
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

/** Fonts are always named and sized (see shared/TOOLCHAIN.md). */
const font = (size: number, extra: Partial<CellStyle["font"]> = {}) => ({ name: "Times New Roman", size, ...extra });

export const layoutStyles: Record<string, CellStyle> = {
  title: { font: font(14, { bold: true }), horizontal: "center", vertical: "middle" },
  note: { font: font(12, { italic: true }), horizontal: "center" },
  header: { font: font(12, { bold: true }), horizontal: "center", vertical: "middle", wrap: true, border: true },
  text: { font: font(12), horizontal: "left", vertical: "middle", border: true },
  count: { font: font(12), numberFormat: "#,##0", horizontal: "right", border: true },
  rate: { font: font(12), numberFormat: "0.00", horizontal: "right", border: true },
  totalText: { font: font(12, { bold: true }), horizontal: "center", border: true },
  totalCount: { font: font(12, { bold: true }), numberFormat: "#,##0", border: true },
  totalRate: { font: font(12, { bold: true }), numberFormat: "0.00", border: true },
  plain: { font: font(12) },
};

/** Texts that a careless writer would turn into formulas or numbers. */
export const TRICKY_TEXTS = ["=SUM(A1)", "+84 90", "-", "@home", "0123", "1.234"];

/**
 * A hand-made appendix: title, a two-row header with merged groups, a row of column numbers,
 * two units (one of exactly 500 households, the ROUND(500*1.007,0) = 503 edge), a total row of
 * formulas, and a row of tricky texts. Formula results are computed as the engine would.
 */
export function smallLayout(sheetName = "Phụ lục 2021"): AppendixLayout {
  const cells: LayoutCell[] = [];
  const put = (row: number, col: number, style: string, value: string | number | null, formula?: string) =>
    cells.push({ row, col, style, value, ...(formula ? { formula } : {}) });
  put(1, 1, "title", "CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021");
  put(2, 1, "note", "(Kèm theo Kế hoạch số 129/KH-UBND ngày 02/4/2021 của UBND tỉnh)");
  ["TT", "Đơn vị", "Kết quả rà soát năm 2020", null, null, "Số liệu phấn đấu giảm nghèo năm 2021", null].forEach((v, i) =>
    put(4, i + 1, "header", v));
  [null, null, "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ (%)", "Tổng số hộ dân (tăng khoảng 0,7%)", "Tỷ lệ (%)"].forEach((v, i) =>
    put(5, i + 1, "header", v));
  ["A", "B", "1", "2", "3=2/1*100", "4", "5=2/4*100"].forEach((v, i) => put(6, i + 1, "header", v));

  const units: [string, number, number][] = [["Phú Lộc", 500, 37], ["Phong Điền", 12345, 1001]];
  units.forEach(([name, households, poor], i) => {
    const r = 7 + i;
    const projected = round(households * (1 + 0.007), 0);
    put(r, 1, "text", String(i + 1));
    put(r, 2, "text", name);
    put(r, 3, "count", households);
    put(r, 4, "count", poor);
    put(r, 5, "rate", round((poor / households) * 100, 2), `ROUND(D${r}/C${r}*100,2)`);
    put(r, 6, "count", projected, `ROUND(C${r}*(1+0.007),0)`);
    put(r, 7, "rate", round((poor / projected) * 100, 2), `ROUND(D${r}/F${r}*100,2)`);
  });
  const sum = (col: 1 | 2) => units.reduce((acc, u) => acc + u[col], 0);
  const projectedTotal = units.reduce((acc, u) => acc + round(u[1] * (1 + 0.007), 0), 0);
  put(9, 1, "totalText", null);
  put(9, 2, "totalText", "Toàn tỉnh");
  put(9, 3, "totalCount", sum(1), "SUM(C7:C8)");
  put(9, 4, "totalCount", sum(2), "SUM(D7:D8)");
  put(9, 5, "totalRate", round((sum(2) / sum(1)) * 100, 2), "ROUND(D9/C9*100,2)");
  put(9, 6, "totalCount", projectedTotal, "SUM(F7:F8)");
  put(9, 7, "totalRate", round((sum(2) / projectedTotal) * 100, 2), "ROUND(D9/F9*100,2)");
  TRICKY_TEXTS.forEach((text, i) => put(11, i + 1, "plain", text));

  return {
    sheetName,
    cells,
    styles: layoutStyles,
    merges: ["A1:G1", "A2:G2", "A4:A5", "B4:B5", "C4:E4", "F4:G4"],
    columnWidths: [6, 24, 12, 12, 10, 16, 10],
    rowHeights: { 1: 24, 5: 48 },
    frozenRows: 6,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      repeatRows: [4, 6],
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
    },
    rowCount: 11,
    columnCount: 7,
  };
}
