/**
 * Districts whose own rows carry no number above communes numbered from 1 again under each
 * (src/engine/detect/groups.ts): such a row opens a group only when the table shows a hierarchy,
 * two such rows or one that restarts the numbering a second time; otherwise it is one more unit.
 */
import type { CellValue } from "../../src/engine/cells";
import { detectTables } from "../../src/engine/detect";
import { simpleTable } from "../helpers/grid";

const HEADER = ["TT", "Tên đơn vị", "Tổng số hộ", "Số hộ nghèo"];

function tableOf(rows: CellValue[][]) {
  const [table] = detectTables(simpleTable(HEADER, rows)).tables;
  return { groups: table.groups.map((g) => g.title.name), units: table.units.map((u) => `${u.name}${u.group === null ? "" : `@${u.group}`}`) };
}

describe("unnumbered district rows over communes numbered from 1", () => {
  it("opens a group at each of two districts, their communes under them", () => {
    const found = tableOf([
      ["", "Huyện A", 300, 30],
      [1, "Xã A1", 100, 10],
      [2, "Xã A2", 200, 20],
      ["", "Huyện B", 50, 5],
      [1, "Xã B1", 50, 5],
      ["", "Toàn tỉnh", 350, 35],
    ]);
    expect(found).toEqual({ groups: ["Huyện A", "Huyện B"], units: ["Xã A1@0", "Xã A2@0", "Xã B1@1"] });
  });

  it("keeps one unnumbered row before the only 1 as a unit: no hierarchy is shown", () => {
    const found = tableOf([
      ["", "Thị trấn", 40, 4],
      [1, "Xã A1", 100, 10],
      [2, "Xã A2", 200, 20],
    ]);
    expect(found).toEqual({ groups: [], units: ["Thị trấn", "Xã A1", "Xã A2"] });
  });

  it("opens a group at one unnumbered row when the numbering restarts a second time under it", () => {
    const found = tableOf([
      [1, "Xã A1", 100, 10],
      [2, "Xã A2", 200, 20],
      ["", "Huyện B", 50, 5],
      [1, "Xã B1", 50, 5],
    ]);
    expect(found).toEqual({ groups: ["Huyện B"], units: ["Xã A1", "Xã A2", "Xã B1@0"] });
  });

  it("looks past a row that is no unit for the next unit's number", () => {
    const found = tableOf([
      ["", "Huyện A", 300, 30],
      ["", "Ghi chú: số liệu sơ bộ", null, null],
      [1, "Xã A1", 300, 30],
      ["", "Huyện B", 50, 5],
      [1, "Xã B1", 50, 5],
    ]);
    expect(found).toEqual({ groups: ["Huyện A", "Huyện B"], units: ["Xã A1@0", "Xã B1@1"] });
  });

  it("opens no group without figures on the district row, nor when every unit is numbered", () => {
    expect(tableOf([["", "Huyện A", null, null], [1, "Xã A1", 100, 10], ["", "Huyện B", null, null], [1, "Xã B1", 50, 5]]).groups).toEqual([]);
    expect(tableOf([[1, "Xã A1", 100, 10], [2, "Xã A2", 200, 20], [1, "Xã B1", 50, 5]]).groups).toEqual([]);
  });
});
