/**
 * Rows that summarise units rather than being one, as provinces publish them (field tables of
 * 2 December 2026): "Cộng huyện X" after a district's communes, bare "Cộng" subtotals before the
 * "Tổng cộng", "Trong đó: các xã ĐBKK" under a total written at the top, and a Roman-numbered group
 * whose name reads like a unit-column header ("Thành phố, thị xã, huyện đảo").
 */
import type { CellValue } from "../../src/engine/cells";
import { analyze } from "../../src/engine";
import { detectTables } from "../../src/engine/detect";
import { grid, simpleTable } from "../helpers/grid";

const HEADER = ["TT", "Xã, phường, thị trấn", "Tổng số hộ", "Số hộ nghèo"];

function tableOf(rows: CellValue[][]) {
  const { tables, issues } = detectTables(simpleTable(HEADER, rows));
  const [table] = tables;
  return {
    tables: tables.length,
    groups: table.groups.map((g) => `${g.title.name}: ${g.figures?.name ?? "-"}`),
    units: table.units.map((u) => `${u.name}${u.group === null ? "" : `@${u.group}`}`),
    total: table.total?.name ?? null,
    notes: issues.map((i) => `${i.code} ${i.cell}`),
  };
}

const errorsOf = (rows: CellValue[][]) =>
  analyze([simpleTable(HEADER, rows)], { targetHouseholds: 5 })
    .issues.filter((i) => i.severity === "error")
    .map((i) => `${i.code} ${i.cell}`);

describe("a district's communes under its name, closed by \"Cộng huyện …\"", () => {
  // Communes numbered on through both districts, as the tester's Quảng Trị table: 100 + 200 = 300
  // and 30 + 20 = 50 for Hướng Hóa, 50 and 5 for Đakrông, 350 and 55 in all.
  const rows: CellValue[][] = [
    ["", "Huyện Hướng Hóa", null, null],
    [1, "Xã Hướng Tân", 100, 30],
    [2, "Xã A Dơi", 200, 20],
    ["", "Cộng huyện Hướng Hóa", 300, 50],
    ["", "Huyện Đakrông", null, null],
    [3, "Xã Mò Ó", 50, 5],
    ["", "Cộng huyện Đakrông", 50, 5],
    ["", "Tổng cộng", 350, 55],
  ];

  it("reads the subtotals as the districts' figures, not as units", () => {
    expect(tableOf(rows)).toEqual({
      tables: 1,
      groups: ["Huyện Hướng Hóa: Cộng huyện Hướng Hóa", "Huyện Đakrông: Cộng huyện Đakrông"],
      units: ["Xã Hướng Tân@0", "Xã A Dơi@0", "Xã Mò Ó@1"],
      total: "Tổng cộng",
      notes: [],
    });
  });

  it("finds no error in the correct table, and the total's planted +3 at its own cell", () => {
    expect(errorsOf(rows)).toEqual([]);
    const planted = rows.map((r) => (r[1] === "Tổng cộng" ? ["", "Tổng cộng", 353, 55] : r));
    expect(errorsOf(planted)).toEqual(["total-mismatch C9"]);
  });

  it("checks a district's subtotal against its communes", () => {
    const planted = rows.map((r) => (r[1] === "Cộng huyện Hướng Hóa" ? ["", "Cộng huyện Hướng Hóa", 300, 54] : r));
    expect(errorsOf(planted)).toEqual(["group-mismatch D5"]);
  });

  it("takes \"Tổng số huyện …\", \"Cộng các xã …\", \"Cộng TP …\" as subtotals, never units, and \"Cộng huyện\" alone as the total", () => {
    const found = tableOf([
      [1, "Xã A", 100, 10],
      ["", "Tổng số huyện Vĩnh Linh", 100, 10],
      [2, "Xã B", 40, 4],
      ["", "Cộng các xã miền núi", 40, 4],
      [3, "Phường 1", 60, 6],
      ["", "Cộng TP. Đông Hà", 60, 6],
      ["", "Cộng huyện", 200, 20],
    ]);
    // No district name above them: the subtotals group nothing, and are no units either.
    expect(found.units).toEqual(["Xã A", "Xã B", "Phường 1"]);
    expect(found.total).toBe("Cộng huyện");
  });

  it("takes a district table's only summary row, named like a subtotal, as its total", () => {
    const found = tableOf([
      [1, "Xã Hồng Thượng", 100, 10],
      [2, "Xã A Ngo", 40, 4],
      ["", "Tổng số huyện A Lưới", 140, 14],
    ]);
    expect(found.total).toBe("Tổng số huyện A Lưới");
    expect(found.units).toEqual(["Xã Hồng Thượng", "Xã A Ngo"]);
  });

  it("keeps communes whose names begin like a subtotal as units", () => {
    const found = tableOf([
      [1, "Cộng Hòa", 100, 10],
      [2, "Tổng Xá", 40, 4],
      ["", "Tổng cộng", 140, 14],
    ]);
    expect(found.units).toEqual(["Cộng Hòa", "Tổng Xá"]);
  });
});

describe("bare \"Cộng\" subtotals before the table's \"Tổng cộng\"", () => {
  it("takes the last total-like row as the total and the earlier ones as their districts' subtotals", () => {
    expect(
      tableOf([
        ["", "Huyện A", null, null],
        [1, "Xã A1", 100, 10],
        [2, "Xã A2", 200, 20],
        ["", "Cộng", 300, 30],
        ["", "Huyện B", null, null],
        [3, "Xã B1", 50, 5],
        ["", "Cộng", 50, 5],
        ["", "Tổng cộng", 350, 35],
      ]),
    ).toEqual({
      tables: 1,
      groups: ["Huyện A: Cộng", "Huyện B: Cộng"],
      units: ["Xã A1@0", "Xã A2@0", "Xã B1@1"],
      total: "Tổng cộng",
      notes: [],
    });
  });

  it("keeps a total written above the units as the total, and a \"Cộng\" after them out of the units", () => {
    const found = tableOf([
      ["", "Toàn huyện", 150, 15],
      [1, "Xã A1", 100, 10],
      [2, "Xã A2", 50, 5],
      ["", "Cộng", 150, 15],
    ]);
    expect(found.total).toBe("Toàn huyện");
    expect(found.units).toEqual(["Xã A1", "Xã A2"]);
  });
});

describe("\"Trong đó\" rows under a total written at the top", () => {
  const rows: CellValue[][] = [
    ["", "Toàn huyện", 350, 35],
    ["", "Trong đó: Các xã đặc biệt khó khăn", 250, 30],
    ["", "Các xã, thị trấn còn lại", 100, 5],
    [1, "Thị trấn Krông Klang", 100, 5],
    [2, "Xã Tà Long", 150, 20],
    [3, "Xã A Ngo", 100, 10],
  ];

  it("passes over the breakdown rows with a note naming the first", () => {
    expect(tableOf(rows)).toEqual({
      tables: 1,
      groups: [],
      units: ["Thị trấn Krông Klang", "Xã Tà Long", "Xã A Ngo"],
      total: "Toàn huyện",
      notes: ["breakdown-rows B3"],
    });
    expect(errorsOf(rows)).toEqual([]);
  });

  it("keeps an unnumbered unit that no \"Trong đó\" row announces", () => {
    const found = tableOf([
      ["", "Toàn huyện", 350, 35],
      ["", "Thị trấn", 100, 5],
      [1, "Xã Tà Long", 250, 30],
    ]);
    expect(found.units).toEqual(["Thị trấn", "Xã Tà Long"]);
  });
});

describe("\"Trong đó\" rows under a total written at the bottom (field test 4, P9)", () => {
  const units: CellValue[][] = [
    [1, "Thị trấn Krông Klang", 100, 5],
    [2, "Xã Tà Long", 150, 20],
    [3, "Xã A Ngo", 100, 10],
    ["", "Tổng cộng", 350, 35],
  ];

  it("passes over \"Trong đó: …\" with figures and the unnumbered row completing it", () => {
    const rows = [...units, ["", "Trong đó: Các xã đặc biệt khó khăn", 250, 30], ["", "Các xã còn lại", 100, 5]];
    expect(tableOf(rows)).toEqual({ tables: 1, groups: [], units: ["Thị trấn Krông Klang", "Xã Tà Long", "Xã A Ngo"], total: "Tổng cộng", notes: ["breakdown-rows B6"] });
    expect(errorsOf(rows)).toEqual([]);
  });

  it("passes over a bare \"Trong đó:\" and the dashed rows under it", () => {
    const rows = [...units, ["", "Trong đó:", null, null], ["", "- Các xã đặc biệt khó khăn", 250, 30], ["", "- Các xã còn lại", 100, 5]];
    expect(tableOf(rows)).toEqual({ tables: 1, groups: [], units: ["Thị trấn Krông Klang", "Xã Tà Long", "Xã A Ngo"], total: "Tổng cộng", notes: ["breakdown-rows B6"] });
    expect(errorsOf(rows)).toEqual([]);
  });

  it("keeps a bare \"Trong đó:\" line with nothing under it as text, without a note", () => {
    const found = tableOf([...units, ["", "Trong đó:", null, null]]);
    expect(found.units).toEqual(["Thị trấn Krông Klang", "Xã Tà Long", "Xã A Ngo"]);
    expect(found.notes).toEqual([]);
  });
});

describe("a Roman-numbered group named like a unit column's header", () => {
  it.each(["Thành phố, thị xã, huyện đảo", "Các đơn vị còn lại"])("keeps %j inside the table as a group", (name) => {
    const sheet = grid([
      ["TT", "Huyện, thị xã, thành phố", "Tổng số hộ", "Số hộ nghèo"],
      ["I", "Các huyện miền núi", null, null],
      [1, "Huyện Hướng Hóa", 200, 50],
      [2, "Huyện Đakrông", 100, 40],
      ["", "Cộng I", 300, 90],
      ["II", name, null, null],
      [1, "Thành phố Đông Hà", 260, 3],
      [2, "Thị xã Quảng Trị", 70, 1],
      ["", "Cộng II", 330, 4],
      ["", "Toàn tỉnh", 630, 94],
    ]);
    const { tables, issues } = detectTables(sheet);
    expect(tables).toHaveLength(1);
    expect(tables[0].groups.map((g) => g.title.name)).toEqual(["Các huyện miền núi", name]);
    expect(tables[0].units.map((u) => u.name)).toEqual(["Huyện Hướng Hóa", "Huyện Đakrông", "Thành phố Đông Hà", "Thị xã Quảng Trị"]);
    expect(issues).toEqual([]);
  });
});
