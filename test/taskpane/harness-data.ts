/** Small tables built in the tests, next to the seed's. */
import type { CellValue, Grid } from "../../src/engine/cells/grid";

/** A commune table without plan columns and without errors: targets must come from a goal. */
export function communeGrid(): Grid {
  const values: CellValue[][] = [
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
    [1, "Xã A", 1000, 50, 5],
    [2, "Xã B", 2000, 40, 2],
    [null, "Tổng cộng", 3000, 90, 3],
  ];
  return { sheet: "Xã", origin: "A1", values };
}

/** The commune grid with communes of its own: districts list different communes (the same list on two sheets is one review twice, not added up). */
export function communesOf(sheet: string, district: string): Grid {
  const grid = communeGrid();
  return { ...grid, sheet, values: grid.values.map((row) => row.map((value) => (typeof value === "string" && value.startsWith("Xã ") ? `${value} ${district}` : value))) };
}

/** A district's sheet of communes (name, households, poor households, target) with its "Toàn huyện" total; the figures agree. */
export function districtGrid(sheet: string, communes: [string, number, number, number][]): Grid {
  const rate = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;
  const sum = (index: 1 | 2 | 3) => communes.reduce((total, commune) => total + commune[index], 0);
  const values: CellValue[][] = [
    ["TT", "Xã, phường, thị trấn", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ nghèo phấn đấu giảm"],
    ...communes.map(([name, households, poor, target], i): CellValue[] => [i + 1, name, households, poor, rate(poor, households), target]),
    [null, "Toàn huyện", sum(1), sum(2), rate(sum(2), sum(1)), sum(3)],
  ];
  return { sheet, origin: "A1", values };
}

/** A province workbook with one sheet per district, as the districts send them. */
export function districtGrids(): Grid[] {
  return [
    districtGrid("A Lưới", [["Xã Hồng Kim", 820, 131, 20], ["Xã Trung Sơn", 640, 95, 15]]),
    districtGrid("Nam Đông", [["Xã Hương Phú", 1320, 64, 10], ["Xã Thượng Lộ", 410, 57, 5]]),
    districtGrid("Phú Lộc", [["Xã Lộc Bình", 1610, 72, 10], ["Xã Vinh Hiền", 2230, 41, 5]]),
  ];
}
