/** The period appendix's title and three-row header: the base year's review, a group per year, the whole period. */
import { columnLetters, formatNumber } from "../cells";
import type { PeriodPlan } from "../plan";
import { HEADER_BOTTOM, HEADER_TOP } from "./appendix-header";
import type { LayoutCell } from "./layout";
import type { StyleName } from "./appendix-styles";

/** Columns C to E: the base year's households, poor households and rate. */
export const BASE = { households: 3, poor: 4, rate: 5 };
const FIRST_YEAR_COL = 6;
const YEAR_WIDTH = 4;
/** Within a year's group: projected households, target, remaining, plan rate. */
export const IN_YEAR = { projected: 0, target: 1, remaining: 2, rate: 3 };

export const yearColumn = (year: number, field: keyof typeof IN_YEAR) => FIRST_YEAR_COL + YEAR_WIDTH * year + IN_YEAR[field];
export const periodLastColumn = (period: PeriodPlan) => FIRST_YEAR_COL + YEAR_WIDTH * period.years.length + 1;

export function periodHeader(period: PeriodPlan): { cells: LayoutCell[]; merges: string[] } {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const last = periodLastColumn(period);
  const letter = columnLetters;
  const span = `${period.firstYear} - ${period.lastYear}`;
  const put = (row: number, col: number, value: string, style: StyleName, toCol = col, toRow = row) => {
    cells.push({ row, col, value, style });
    if (toCol > col || toRow > row) merges.push(`${letter(col)}${row}:${letter(toCol)}${toRow}`);
  };
  put(1, 1, "Phụ lục", "label", last);
  put(2, 1, `CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO GIAI ĐOẠN ${span}`, "title", last);
  put(3, 1, `(Kèm theo Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn ${span})`, "subtitle", last);

  const header = (row: number, col: number, text: string, toCol = col, toRow = row) => put(row, col, text, "header", toCol, toRow);
  header(5, 1, "TT", 1, 7);
  header(5, 2, "Đơn vị", 2, 7);
  header(5, 3, `Kết quả rà soát năm ${period.baseYear}`, 5);
  header(5, 6, `Phấn đấu giảm nghèo giai đoạn ${span} (số hộ dân tăng khoảng ${formatNumber(period.growthPercent, "vi")}% mỗi năm)`, last);
  header(6, 3, "Tổng số hộ dân", 3, 7);
  header(6, 4, "Số hộ nghèo", 5);
  header(7, 4, "Số hộ");
  header(7, 5, "Tỷ lệ (%)");
  period.years.forEach((year, k) => {
    header(6, yearColumn(k, "projected"), `Năm ${year.planYear}`, yearColumn(k, "rate"));
    header(7, yearColumn(k, "projected"), "Tổng số hộ dân dự kiến");
    header(7, yearColumn(k, "target"), "Số hộ nghèo phấn đấu giảm");
    header(7, yearColumn(k, "remaining"), "Số hộ nghèo dự kiến còn lại");
    header(7, yearColumn(k, "rate"), "Tỷ lệ (%)");
  });
  const whole = yearColumn(period.years.length, "projected");
  header(6, whole, `Cả giai đoạn`, whole + 1);
  header(7, whole, "Số hộ nghèo phấn đấu giảm");
  header(7, whole + 1, "Tỷ lệ nghèo giảm (%)");
  // Cells covered by merges still need borders, so every header cell gets the style.
  const written = new Set(cells.map((c) => `${c.row}:${c.col}`));
  for (let row = HEADER_TOP; row <= HEADER_BOTTOM; row++) {
    for (let col = 1; col <= last; col++) if (!written.has(`${row}:${col}`)) cells.push({ row, col, value: null, style: "header" });
  }
  return { cells, merges };
}
