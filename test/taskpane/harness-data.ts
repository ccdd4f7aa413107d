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
