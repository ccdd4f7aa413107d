/**
 * Hand-built appendix layouts shaped like the seed's (plan 129/KH-UBND): titles, a three-row
 * header with merged groups, a row of column numbers, one row per unit with the rate formulas, a
 * bold total row of sums and a note. Also the units' source sheets as a district would send them.
 */
import type { AppendixLayout, CellStyle, LayoutCell } from "../../src/engine/layout";
import type { Content } from "../helpers/fake-excel";

const FONT = { name: "Times New Roman", size: 12 };
const STYLES: Record<string, CellStyle> = {
  title: { font: { ...FONT, size: 13, bold: true }, horizontal: "center" },
  subtitle: { font: { ...FONT, italic: true }, horizontal: "center" },
  header: { font: { ...FONT, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: true },
  columnNumber: { font: { ...FONT, italic: true }, horizontal: "center", border: true },
  index: { font: FONT, horizontal: "center", border: true },
  unit: { font: FONT, horizontal: "left", border: true },
  count: { font: FONT, numberFormat: "#,##0", horizontal: "right", border: true },
  rate: { font: FONT, numberFormat: "0.00", horizontal: "right", border: true },
  totalLabel: { font: { ...FONT, bold: true }, horizontal: "center", border: true },
  totalCount: { font: { ...FONT, bold: true }, numberFormat: "#,##0", horizontal: "right", border: true },
  totalRate: { font: { ...FONT, bold: true }, numberFormat: "0.00", horizontal: "right", border: true },
  note: { font: { ...FONT, italic: true }, horizontal: "left", wrap: true },
};

const HEADER_ROWS: (string | null)[][] = [
  ["TT", "Đơn vị", "Kết quả rà soát năm 2020", null, null, null, null, null, null, null, "Số liệu phấn đấu giảm nghèo năm 2021", null, null, null, null],
  [null, null, "Tổng số hộ dân", "Số hộ nghèo", null, null, "Trong đó", null, null, null, "Tổng số hộ dân (tăng khoảng 0,7%)", "Số hộ nghèo phấn đấu giảm", "Số hộ nghèo dự kiến còn lại", "Tỷ lệ (%)", "Tỷ lệ nghèo giảm (%)"],
  [null, null, null, "Số hộ", "Khẩu nghèo", "Tỷ lệ", "Hộ nghèo thuộc CS BTXH", "Tỷ lệ", "Hộ nghèo thuộc CS giảm nghèo", "Tỷ lệ", null, null, null, null, null],
];
const HEADER_MERGES = ["A5:A7", "B5:B7", "C5:J5", "K5:O5", "C6:C7", "D6:F6", "G6:J6", "K6:K7", "L6:L7", "M6:M7", "N6:N7", "O6:O7"];
const COLUMN_NUMBERS = ["A", "B", "1", "2", "3", "4=2/1*100", "5", "6=5/2*100", "7", "8=7/2*100", "9", "10", "11=2-10", "12=11/9*100", "13=4-12"];
const FIRST_UNIT_ROW = 9;

export interface Unit {
  name: string;
  households: number;
  poor: number;
  persons: number;
  socialAssistance: number;
  target: number;
}

/** Deterministic units with Vietnamese names; `names` overrides the first ones (e.g. "=1+1"). */
export function makeUnits(count: number, names: string[] = []): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const households = 500 + ((i * 7919) % 9000);
    const poor = 10 + ((i * 131) % Math.floor(households / 10));
    return {
      name: names[i] ?? `Xã Phong Điền ${i + 1}`,
      households,
      poor,
      persons: poor * 3,
      socialAssistance: Math.floor(poor / 2),
      target: Math.max(1, Math.floor(poor / 8)),
    };
  });
}

function unitCells(row: number, index: number, unit: Unit): LayoutCell[] {
  const cell = (col: number, style: string, value: string | number | null, formula?: string): LayoutCell =>
    formula ? { row, col, style, value, formula } : { row, col, style, value };
  const r = row;
  return [
    cell(1, "index", index),
    cell(2, "unit", unit.name),
    cell(3, "count", unit.households),
    cell(4, "count", unit.poor),
    cell(5, "count", unit.persons),
    cell(6, "rate", null, `ROUND(D${r}/C${r}*100,2)`),
    cell(7, "count", unit.socialAssistance),
    cell(8, "rate", null, `ROUND(G${r}/D${r}*100,2)`),
    cell(9, "count", unit.poor - unit.socialAssistance),
    cell(10, "rate", null, `ROUND(I${r}/D${r}*100,2)`),
    cell(11, "count", null, `ROUND(C${r}*(1+0.007),0)`),
    cell(12, "count", unit.target),
    cell(13, "count", null, `D${r}-L${r}`),
    cell(14, "rate", null, `ROUND(M${r}/K${r}*100,2)`),
    cell(15, "rate", null, `F${r}-N${r}`),
  ];
}

function totalCells(row: number, first: number, last: number): LayoutCell[] {
  const sum = (col: string): string => `SUM(${col}${first}:${col}${last})`;
  const r = row;
  const formulas: [string, string][] = [
    ["totalCount", sum("C")], ["totalCount", sum("D")], ["totalCount", sum("E")], ["totalRate", `ROUND(D${r}/C${r}*100,2)`],
    ["totalCount", sum("G")], ["totalRate", `ROUND(G${r}/D${r}*100,2)`], ["totalCount", sum("I")], ["totalRate", `ROUND(I${r}/D${r}*100,2)`],
    ["totalCount", sum("K")], ["totalCount", sum("L")], ["totalCount", sum("M")], ["totalRate", `ROUND(M${r}/K${r}*100,2)`],
    ["totalRate", `F${r}-N${r}`],
  ];
  return [
    { row, col: 1, style: "totalLabel", value: null },
    { row, col: 2, style: "totalLabel", value: "Toàn tỉnh" },
    ...formulas.map(([style, formula], i) => ({ row, col: i + 3, style, value: null, formula })),
  ];
}

export function makeLayout(units: Unit[], sheetName = "Phụ lục 2021"): AppendixLayout {
  const cells: LayoutCell[] = [
    { row: 1, col: 1, style: "title", value: "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ" },
    { row: 2, col: 1, style: "title", value: "PHỤ LỤC" },
    { row: 3, col: 1, style: "title", value: "CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021" },
    { row: 4, col: 1, style: "subtitle", value: "(Kèm theo Kế hoạch số 129/KH-UBND ngày 02 tháng 4 năm 2021 của UBND tỉnh)" },
  ];
  HEADER_ROWS.forEach((values, i) =>
    values.forEach((value, c) => cells.push({ row: 5 + i, col: c + 1, style: "header", value })),
  );
  COLUMN_NUMBERS.forEach((value, c) => cells.push({ row: 8, col: c + 1, style: "columnNumber", value }));
  units.forEach((unit, i) => cells.push(...unitCells(FIRST_UNIT_ROW + i, i + 1, unit)));
  const totalRow = FIRST_UNIT_ROW + units.length;
  cells.push(...totalCells(totalRow, FIRST_UNIT_ROW, totalRow - 1));
  const noteRow = totalRow + 1;
  cells.push({ row: noteRow, col: 1, style: "note", value: "Ghi chú: tỷ lệ hộ nghèo tính trên tổng số hộ dân của đơn vị." });
  return {
    sheetName,
    cells,
    styles: STYLES,
    merges: ["A1:E1", "A2:O2", "A3:O3", "A4:O4", ...HEADER_MERGES, `A${noteRow}:O${noteRow}`],
    columnWidths: [5, 24, 11, 9, 9, 7, 10, 7, 10, 7, 11, 10, 10, 7, 9],
    rowHeights: { 3: 20, 5: 30, 6: 45, 7: 60 },
    frozenRows: 8,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      repeatRows: [5, 8],
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
    },
    rowCount: noteRow,
    columnCount: 15,
  };
}

/**
 * A district's sheet with the review's twelve columns: title, two header rows, the units and a
 * total row (its rate an error value when asked).
 */
export function sourceRows(units: Unit[], options: { error?: boolean } = {}): Content[][] {
  const rate = (part: number, whole: number): number => Math.round((part / whole) * 10000) / 100;
  const rows: Content[][] = [
    ["DANH SÁCH KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020", ...new Array<Content>(11).fill(null)],
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", null, null, "Trong đó", null, null, null, "Hộ cận nghèo", null],
    [null, null, null, "Số hộ", "Khẩu nghèo", "Tỷ lệ (%)", "Hộ nghèo thuộc CS BTXH", "Tỷ lệ", "Hộ nghèo thuộc CS giảm nghèo", "Tỷ lệ", "Số hộ", "Tỷ lệ (%)"],
  ];
  units.forEach((u, i) => {
    const policy = u.poor - u.socialAssistance;
    const nearPoor = Math.floor(u.poor * 1.3);
    rows.push([
      i + 1, u.name, u.households, u.poor, u.persons, rate(u.poor, u.households), u.socialAssistance,
      rate(u.socialAssistance, u.poor), policy, rate(policy, u.poor), nearPoor, rate(nearPoor, u.households),
    ]);
  });
  const sum = (of: (u: Unit) => number): number => units.reduce((s, u) => s + of(u), 0);
  const [households, poor] = [sum((u) => u.households), sum((u) => u.poor)];
  rows.push([null, "Cộng", households, poor, sum((u) => u.persons), options.error ? { error: "#DIV/0!" } : rate(poor, households), ...new Array<Content>(6).fill(null)]);
  return rows;
}

export const SOURCE_MERGES = ["A1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:J2", "K2:L2"];

export const sourceFormats = (rowCount: number): string[][] =>
  Array.from({ length: rowCount }, (_, r) =>
    r < 3 ? new Array<string>(12).fill("General") : ["0", "@", "#,##0", "#,##0", "#,##0", "0.00", "#,##0", "0.00", "#,##0", "0.00", "#,##0", "0.00"],
  );
