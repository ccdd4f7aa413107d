/** Title lines and the seed's three-row merged header, with this plan's years and growth. */
import { formatNumber } from "../cells";
import type { LayoutCell } from "./layout";
import type { Plan } from "../plan";
import type { StyleName } from "./appendix-styles";

export const LAST_COLUMN = 15; // O
export const HEADER_TOP = 5;
export const HEADER_BOTTOM = 7;

interface Placed {
  cells: LayoutCell[];
  merges: string[];
}

export function titleAndHeader(plan: Plan): Placed {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const put = (row: number, col: number, value: string, style: StyleName, merge?: string) => {
    cells.push({ row, col, value, style });
    if (merge) merges.push(merge);
  };
  put(1, 1, "Phụ lục", "label", "A1:O1");
  put(2, 1, `CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM ${plan.planYear}`, "title", "A2:O2");
  put(3, 1, `(Kèm theo Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm ${plan.planYear})`, "subtitle", "A3:O3");

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
  ];
  const written = new Set(header.map(([row, col]) => `${row}:${col}`));
  for (const [row, col, text, merge] of header) put(row, col, text, "header", merge);
  // Cells covered by merges still need borders, so every header cell gets the style.
  for (let row = HEADER_TOP; row <= HEADER_BOTTOM; row++) {
    for (let col = 1; col <= LAST_COLUMN; col++) {
      if (!written.has(`${row}:${col}`)) cells.push({ row, col, value: null, style: "header" });
    }
  }
  return { cells, merges };
}
