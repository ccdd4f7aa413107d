/** Title lines and the seed's three-row merged header, with this plan's years and growth. */
import { columnLetters, formatNumber } from "../cells";
import type { LayoutCell } from "./layout";
import type { Plan } from "../plan";
import type { StyleName } from "./appendix-styles";

/** O: the seed's last column; U when near-poor households are planned too (P to U). */
export const LAST_COLUMN = 15;
export const NEAR_POOR_LAST_COLUMN = 21;
export const HEADER_TOP = 5;
export const HEADER_BOTTOM = 7;

export function lastColumn(plan: Plan): number {
  return plan.nearPoorTarget ? NEAR_POOR_LAST_COLUMN : LAST_COLUMN;
}

interface Placed {
  cells: LayoutCell[];
  merges: string[];
}

/** Near-poor households, review and plan, in columns P to U. */
const NEAR_POOR_HEADER = (plan: Plan): [number, number, string, string?][] => [
  [5, 16, "Hộ cận nghèo", "P5:U5"],
  [6, 16, `Kết quả rà soát năm ${plan.baseYear}`, "P6:Q6"],
  [6, 18, `Phấn đấu năm ${plan.planYear}`, "R6:U6"],
  [7, 16, "Số hộ"],
  [7, 17, "Tỷ lệ"],
  [7, 18, "Số hộ phấn đấu giảm"],
  [7, 19, "Số hộ dự kiến còn lại"],
  [7, 20, "Tỷ lệ (%)"],
  [7, 21, "Tỷ lệ giảm (%)"],
];

export function titleAndHeader(plan: Plan): Placed {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const put = (row: number, col: number, value: string, style: StyleName, merge?: string) => {
    cells.push({ row, col, value, style });
    if (merge) merges.push(merge);
  };
  const last = lastColumn(plan);
  const end = columnLetters(last);
  put(1, 1, "Phụ lục", "label", `A1:${end}1`);
  put(2, 1, `CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO${plan.nearPoorTarget ? ", HỘ CẬN NGHÈO" : ""} NĂM ${plan.planYear}`, "title", `A2:${end}2`);
  put(3, 1, `(Kèm theo Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm ${plan.planYear})`, "subtitle", `A3:${end}3`);

  const growth = formatNumber(plan.growthPercent, "vi");
  const header: [number, number, string, string?][] = [
    [5, 1, "TT", "A5:A7"],
    [5, 2, "Đơn vị", "B5:B7"],
    [5, 3, `Kết quả rà soát năm ${plan.baseYear}`, "C5:J5"],
    [5, 11, `Số liệu phấn đấu giảm nghèo năm ${plan.planYear}`, "K5:O5"],
    [6, 3, "Tổng số hộ dân", "C6:C7"],
    [6, 4, "Số hộ nghèo", "D6:F6"],
    [6, 7, "Trong đó", "G6:J6"],
    [6, 11, `Tổng số hộ dân (tăng khoảng ${growth}%)`, "K6:K7"],
    [6, 12, "Số hộ nghèo phấn đấu giảm", "L6:L7"],
    [6, 13, "Số hộ nghèo dự kiến còn lại", "M6:M7"],
    [6, 14, "Tỷ lệ (%)", "N6:N7"],
    [6, 15, "Tỷ lệ nghèo giảm (%)", "O6:O7"],
    [7, 4, "Số hộ"],
    [7, 5, "Khẩu nghèo"],
    [7, 6, "Tỷ lệ"],
    [7, 7, "Hộ nghèo thuộc CS BTXH"],
    [7, 8, "Tỷ lệ"],
    [7, 9, "Hộ nghèo thuộc CS giảm nghèo"],
    [7, 10, "Tỷ lệ"],
    ...(plan.nearPoorTarget ? NEAR_POOR_HEADER(plan) : []),
  ];
  const written = new Set(header.map(([row, col]) => `${row}:${col}`));
  for (const [row, col, text, merge] of header) put(row, col, text, "header", merge);
  // Cells covered by merges still need borders, so every header cell gets the style.
  for (let row = HEADER_TOP; row <= HEADER_BOTTOM; row++) {
    for (let col = 1; col <= last; col++) {
      if (!written.has(`${row}:${col}`)) cells.push({ row, col, value: null, style: "header" });
    }
  }
  return { cells, merges };
}
