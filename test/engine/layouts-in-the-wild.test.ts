/** Layouts a new user brought that the first version got wrong (see issue 2's notes). */
import { analyze } from "../../src/engine/analysis";
import { detectTables } from "../../src/engine/detect/detect";
import type { Field } from "../../src/engine/detect/fields";
import { decodeTcvn3 } from "../../src/engine/cells/tcvn3";
import { grid } from "../helpers/grid";

const fields = (g: ReturnType<typeof grid>) =>
  Object.fromEntries(detectTables(g).tables[0].columns.map((c) => [c.field, c.col])) as Partial<Record<Field, number>>;

describe("columns", () => {
  it("reads the near-poor block as near-poor even under a title naming both poor and near-poor", () => {
    const g = grid(
      [
        [null, null, "KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024", null, null, null, null, null],
        ["TT", "Xã", "Tổng số hộ", "Hộ cận nghèo", null, "Hộ nghèo", null, null],
        [null, null, null, "Số hộ", "Tỷ lệ", "Số hộ", "Số khẩu", "Tỷ lệ"],
        [1, "Xã A", 1000, 80, 8, 50, 150, 5],
      ],
      { merges: ["C1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:H2"] },
    );
    expect(fields(g)).toEqual({ order: 1, name: 2, households: 3, nearPoorHouseholds: 4, nearPoorRate: 5, poorHouseholds: 6, poorPersons: 7, poorRate: 8 });
  });

  it("knows 'Tổng số hộ nghèo', 'Tỉ lệ', 'TL hộ nghèo (%)', 'Tên thôn' and 'Kế hoạch giảm hộ nghèo'", () => {
    expect(fields(grid([["STT", "Tên thôn", "Tổng số hộ dân cư", "Tổng số hộ nghèo", "Tỉ lệ", "Kế hoạch giảm hộ nghèo năm 2025"], [1, "Thôn 1", 100, 10, 10, 2]]))).toEqual({
      order: 1, name: 2, households: 3, poorHouseholds: 4, poorRate: 5, targetReduction: 6,
    });
    expect(fields(grid([["TT", "Thôn, tổ dân phố", "Hộ tự nhiên", "Hộ nghèo", "TL hộ nghèo (%)"], [1, "Tổ 1", 100, 10, 10]])).poorRate).toBe(5);
  });

  it("takes the end-of-year stock, not the year's flows, and poor persons, not all persons", () => {
    const header = ["TT", "Xã", "Tổng số hộ", "Tổng số nhân khẩu", "Số hộ nghèo đầu năm", "Số hộ thoát nghèo", "Số hộ nghèo phát sinh", "Số hộ nghèo cuối năm", "Số khẩu nghèo"];
    expect(fields(grid([header, [1, "Xã A", 1000, 4000, 60, 15, 5, 50, 170]]))).toEqual({ order: 1, name: 2, households: 3, poorHouseholds: 8, poorPersons: 9 });
  });

  it("prefers the review year's column to an older one of the same meaning", () => {
    const g = grid([["TT", "Xã", "Tổng số hộ", "Số hộ nghèo năm 2023", "Số hộ nghèo năm 2024"], [1, "Xã A", 1000, 70, 50]]);
    const { tables, issues } = detectTables(g);
    expect(tables[0].units[0].cells.poorHouseholds?.value).toBe(50);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["older-year-column", "D1"]]);
  });

  it("does not take 'Đơn vị tính: hộ' or 'Đơn vị báo cáo:' for the unit column", () => {
    const g = grid([["Đơn vị báo cáo: UBND xã A"], [null, null, null, "Đơn vị tính: hộ, %"], ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"], [1, "Thôn 1", 100, 10]]);
    const { tables, issues } = detectTables(g);
    expect(issues).toEqual([]);
    expect(tables[0].headerTop).toBe(3);
  });

  it("does not read a title over the whole table, typed in one cell, as a group", () => {
    const g = grid([[null, null, "KẾT QUẢ RÀ SOÁT VÀ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2025"], ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Chỉ tiêu giảm số hộ nghèo"], [1, "Xã A", 100, 10, 2]]);
    expect(fields(g)).toEqual({ order: 1, name: 2, households: 3, poorHouseholds: 4, targetReduction: 5 });
  });

  it("does not read an unmerged title above the header as a plan group", () => {
    const g = grid(
      [[null, null, "KẾT QUẢ RÀ SOÁT VÀ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2025 CỦA CÁC XÃ TRÊN ĐỊA BÀN HUYỆN"], ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"], [1, "Xã A", 100, 10, 2]],
      { merges: ["A5:B5"] },
    );
    expect(fields(g)).toEqual({ order: 1, name: 2, households: 3, poorHouseholds: 4, targetReduction: 5 });
  });
});

describe("rows", () => {
  const header = ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"];

  it.each(["Cộng toàn huyện", "Tổng toàn huyện", "Tổng số toàn tỉnh", "Tổng số (I+II)", "Tổng hợp chung"])("knows %p as the total row", (label) => {
    const t = detectTables(grid([header, [1, "Xã A", 100, 10], [2, "Xã B", 200, 20], [null, label, 300, 30]])).tables[0];
    expect(t.total?.name).toBe(label);
    expect(t.units).toHaveLength(2);
  });

  it("passes over group subtotals such as 'Cộng I'", () => {
    const t = detectTables(grid([header, ["I", "Khu vực thành thị"], [1, "Phường A", 100, 10], [null, "Cộng I", 100, 10], [2, "Xã B", 200, 20], [null, "Tổng cộng", 300, 30]])).tables[0];
    expect(t.units.map((u) => u.name)).toEqual(["Phường A", "Xã B"]);
  });

  it("takes an unlabelled row equal to the others' sums as the total, and says so", () => {
    const analysis = analyze([grid([header, [1, "Xã A", 100, 10], [2, "Xã B", 200, 20], [3, "Xã C", 300, 30], [null, "Toàn khu", 600, 60]])], { targetHouseholds: 5 });
    expect(analysis.tables[0].units).toHaveLength(3);
    expect(analysis.plan?.total.households).toBe(600);
    expect(analysis.issues.find((i) => i.code === "total-by-sum")).toMatchObject({ cell: "B5" });
  });

  it("does not read a signature line as a unit", () => {
    const t = detectTables(grid([[...header, "Tỷ lệ"], [1, "Xã A", 100, 10, 10], [], [null, "Nguyễn Thị Hoa", null, null, "Lê Văn Tám"]])).tables[0];
    expect(t.units.map((u) => u.name)).toEqual(["Xã A"]);
  });

  it("passes over a near-poor table below the poor one, saying so", () => {
    const g = grid([header, [1, "Xã A", 100, 10], [null, "Cộng", 100, 10], [], ["TT", "Xã", "Tổng số hộ dân", "Số hộ cận nghèo", "Tỷ lệ (%)"], [1, "Xã A", 100, 7, 7]]);
    const { tables, issues } = detectTables(g);
    expect(tables).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["near-poor-table", "info", "B5"]]);
  });

  it("ends a table where a second table's header begins", () => {
    const g = grid([header, [1, "Xã A", 100, 10], [null, "Cộng", 100, 10], [], header, [1, "Xã B", 200, 20], [null, "Cộng", 200, 20]]);
    const { tables, issues } = detectTables(g);
    expect(tables.map((t) => t.units.map((u) => u.name))).toEqual([["Xã A"], ["Xã B"]]);
    expect(issues).toEqual([]);
  });

  it("tells Ia Băng from Ia Bang but not Thủy from Thuỷ", () => {
    const analysis = analyze([grid([[...header, "Số hộ nghèo phấn đấu giảm"], [1, "Xã Ia Băng", 100, 10, 1], [2, "Xã Ia Bang", 100, 10, 1], [3, "Xã Thủy Phù", 100, 10, 1], [4, "Xã Thuỷ Phù", 100, 10, 1]])]);
    expect(analysis.issues.filter((i) => i.code === "duplicate-unit").map((i) => i.cell)).toEqual(["B5"]);
  });
});

describe("years", () => {
  it("reads the plan year from a target header and the review year from the title", () => {
    const withTarget = grid([["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Chỉ tiêu giảm số hộ nghèo năm 2025"], [1, "Xã A", 100, 10, 2]]);
    expect(analyze([withTarget]).plan).toMatchObject({ baseYear: 2024, planYear: 2025 });
    const titled = grid([["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024"], ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"], [1, "Xã A", 100, 10, 2]]);
    expect(analyze([titled], { currentYear: 2030 }).plan).toMatchObject({ baseYear: 2024, planYear: 2025 });
  });
});

describe("TCVN3 (.VnTime) sheets", () => {
  it("decodes the old encoding", () => {
    expect(["Tæng sè hé d©n", "§¬n vÞ", "Sè hé nghÌo", "Tû lÖ", "Toµn tØnh"].map(decodeTcvn3)).toEqual(["Tổng số hộ dân", "Đơn vị", "Số hộ nghèo", "Tỷ lệ", "Toàn tỉnh"]);
  });

  it("finds the table of a sheet typed in TCVN3 and says it was decoded", () => {
    const g = grid([["TT", "§¬n vÞ", "Tæng sè hé d©n", "Sè hé nghÌo", "Sè hé nghÌo phÊn ®Êu gi¶m"], [1, "X· Hång H¹", 400, 60, 10], [null, "Toµn huyÖn", 400, 60, 10]], { sheet: "A Luoi" });
    const analysis = analyze([g]);
    expect(analysis.tables[0].units[0].name).toBe("Xã Hồng Hạ");
    expect(analysis.tables[0].total?.name).toBe("Toàn huyện");
    expect(analysis.issues.map((i) => i.code)).toContain("tcvn3-decoded");
    expect(analysis.hasErrors).toBe(false);
  });

  it("leaves Unicode sheets alone, foreign words included", () => {
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"], [1, "Xã Café", 400, 60, 10]]);
    expect(analyze([g]).issues.map((i) => i.code)).not.toContain("tcvn3-decoded");
  });
});
