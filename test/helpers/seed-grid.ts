/**
 * The seed plan's published appendix (shared/seed/appendix-2021.tsv, copied to test/fixtures) as
 * a province office would lay it out: title lines, the three-row merged header, unit rows, total.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, Grid } from "../../src/engine/cells/grid";

export const SEED_HEADER: CellValue[][] = [
  ["TT", "Đơn vị", "Kết quả rà soát năm 2020", null, null, null, null, null, null, null, "Số liệu phấn đấu giảm nghèo năm 2021", null, null, null, null],
  [null, null, "Tổng số hộ dân", "Số hộ nghèo", null, null, "Trong đó", null, null, null, "Tổng số hộ dân (tăng khoảng 0,7%)", "Số hộ nghèo phấn đấu giảm", "Số hộ nghèo dự kiến còn lại", "Tỷ lệ (%)", "Tỷ lệ nghèo giảm (%)"],
  [null, null, null, "Số hộ", "Khẩu nghèo", "Tỷ lệ", "Hộ nghèo thuộc CS BTXH", "Tỷ lệ", "Hộ nghèo thuộc CS giảm nghèo", "Tỷ lệ", null, null, null, null, null],
];

export const SEED_HEADER_MERGES = ["A1:A3", "B1:B3", "C1:J1", "K1:O1", "C2:C3", "D2:F2", "G2:J2", "K2:K3", "L2:L3", "M2:M3", "N2:N3", "O2:O3"];

/** "88.215" → 88215, "1,36" → 1.36: the transcription keeps Vietnamese notation. */
function vietnameseNumber(text: string): number {
  return Number(text.replace(/\./g, "").replace(",", "."));
}

/** The seed's unit and total rows; numbers as numbers unless `asText`, in which case as typed. */
export function seedRows(asText = false): CellValue[][] {
  const lines = readFileSync(join(__dirname, "../fixtures/appendix-2021.tsv"), "utf8").split("\n");
  return lines
    .filter((line) => line && !line.startsWith("#") && !line.startsWith("TT\t"))
    .map((line) => line.split("\t").map((cell, i): CellValue => {
      if (cell === "") return null;
      if (i === 1) return cell;
      return asText ? cell : vietnameseNumber(cell);
    }));
}

/** The full published table with its title, starting at A1. */
export function seedGrid(options: { asText?: boolean; withMerges?: boolean } = {}): Grid {
  const title: CellValue[][] = [
    ["Phụ lục", ...Array(14).fill(null)],
    ["CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021", ...Array(14).fill(null)],
    [...Array(15).fill(null)],
  ];
  const shift = (area: string) => area.replace(/\d+/g, (n) => String(Number(n) + 3));
  return {
    sheet: "Phụ lục",
    origin: "A1",
    values: [...title, ...SEED_HEADER, ...seedRows(options.asText)],
    merges: options.withMerges === false ? [] : SEED_HEADER_MERGES.map(shift),
  };
}
