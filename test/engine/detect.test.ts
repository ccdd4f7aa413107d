import { detectTables } from "../../src/engine/detect/detect";
import type { Field } from "../../src/engine/detect/fields";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";

const mapping = (g: ReturnType<typeof grid>) => {
  const table = detectTables(g).tables[0];
  return Object.fromEntries(table.columns.map((c) => [c.field, c.col])) as Partial<Record<Field, number>>;
};

describe("detectTables on the seed's appendix", () => {
  it.each([
    ["with merges", seedGrid()],
    ["without merge information", seedGrid({ withMerges: false })],
    ["with numbers typed as Vietnamese text", seedGrid({ asText: true })],
  ])("maps all fifteen columns %s, three 'Tỷ lệ' to three fields", (_label, g) => {
    const { tables, issues } = detectTables(g);
    expect(issues).toEqual([]);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.columns.map((c) => c.field)).toEqual([
      "order", "name", "households", "poorHouseholds", "poorPersons", "poorRate", "socialAssistancePoor",
      "socialAssistanceShare", "povertyPolicyPoor", "povertyPolicyShare", "projectedHouseholds",
      "targetReduction", "remainingPoor", "remainingRate", "rateReduction",
    ]);
    expect([t.headerTop, t.headerBottom]).toEqual([4, 6]);
    expect(t.units.map((u) => u.name)).toHaveLength(9);
    expect(t.units[0]).toMatchObject({ name: "Thành phố Huế", row: 7 });
    expect(t.units[0].cells.households).toMatchObject({ cell: "C7", value: 88215 });
    expect(t.units[8].cells.poorRate).toMatchObject({ cell: "F15", value: 14.82 });
    expect(t.total).toMatchObject({ name: "Toàn tỉnh", row: 16 });
    expect([t.baseYear, t.planYear, t.growthPercent]).toEqual([2020, 2021, 0.7]);
  });
});

describe("detectTables on workbooks laid out differently", () => {
  it("finds a one-row header in other words and another column order, numbers as text, the total first", () => {
    const g = grid([
      ["Danh sách"],
      [],
      ["STT", "Tên đơn vị", "Số hộ nghèo", "Hộ tự nhiên", "Tỷ lệ hộ nghèo (%)", "Số khẩu nghèo"],
      ["", "Tổng cộng", "1.330", "36.264", "3,67", "2.568"],
      ["1", "Xã Hồng Bắc", "1.203", "35.000", "3,44", "2.400"],
      ["2", "Xã A Roàng", "127", "1.264", "10,05", "168"],
      ["Ghi chú: số liệu tạm tính"],
    ]);
    const { tables, issues } = detectTables(g);
    expect(issues).toEqual([]);
    const t = tables[0];
    expect(mapping(g)).toEqual({ order: 1, name: 2, poorHouseholds: 3, households: 4, poorRate: 5, poorPersons: 6 });
    expect(t.total?.name).toBe("Tổng cộng");
    expect(t.units.map((u) => [u.name, u.cells.households?.value, u.cells.poorRate?.value])).toEqual([
      ["Xã Hồng Bắc", 35000, 3.44],
      ["Xã A Roàng", 1264, 10.05],
    ]);
  });

  it("reads the policy share spelled out in full as the share, not as a rate reduction: its 'giảm nghèo' names the policy", () => {
    const g = grid([
      ["TT", "Đơn vị", "Số hộ dân", "Số hộ nghèo", "Hộ nghèo thuộc CS giảm nghèo", "Tỷ lệ hộ nghèo thuộc CS giảm nghèo (%)", "Tỷ lệ hộ nghèo giảm (%)"],
      ["1", "Xã Hồng Bắc", "1.000", "40", "10", "25", "1,2"],
      ["2", "Xã A Roàng", "500", "50", "20", "40", "2,1"],
    ]);
    expect(mapping(g)).toEqual({ order: 1, name: 2, households: 3, poorHouseholds: 4, povertyPolicyPoor: 5, povertyPolicyShare: 6, rateReduction: 7 });
  });

  it("skips the row of column numbers under the header and group rows between units", () => {
    const g = grid([
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ (%)"],
      ["A", "B", "1", "2", "3=2/1*100"],
      ["I", "Khu vực thành thị", null, null, null],
      [1, "Phường An Cựu", 5000, 50, 1],
      ["II", "Khu vực nông thôn", null, null, null],
      [2, "Xã Hương Thọ", 2000, 100, 5],
      [null, "Cộng", 7000, 150, 2.14],
    ]);
    const t = detectTables(g).tables[0];
    expect(t.headerBottom).toBe(1);
    expect(t.units.map((u) => u.name)).toEqual(["Phường An Cựu", "Xã Hương Thọ"]);
    expect(t.total?.row).toBe(7);
    expect(mapping(g).poorRate).toBe(5);
  });

  it("reads a four-row header whose group row sits above the unit header", () => {
    const g = grid(
      [
        [null, null, "Kết quả rà soát năm 2024", null, null, null],
        ["TT", "Xã, phường, thị trấn", "Tổng số hộ", "Hộ nghèo", null, "Hộ cận nghèo"],
        [null, null, null, "Số hộ", "Tỷ lệ", "Số hộ"],
        [null, null, null, null, "(%)", null],
        [1, "Xã Phong Mỹ", 2500, 120, 4.8, 200],
      ],
      { merges: ["C1:F1", "A2:A4", "B2:B4", "C2:C4", "D2:E2", "D3:D4", "F3:F4"] },
    );
    const t = detectTables(g).tables[0];
    expect([t.headerTop, t.headerBottom]).toEqual([1, 4]);
    expect(mapping(g)).toEqual({ order: 1, name: 2, households: 3, poorHouseholds: 4, poorRate: 5, nearPoorHouseholds: 6 });
    expect(t.baseYear).toBe(2024);
  });

  it("matches headers written in decomposed Unicode and with line breaks", () => {
    const g = grid([
      ["TT", "Đơn vị".normalize("NFD"), "Tổng số\nhộ dân".normalize("NFD"), "Số hộ\r\nnghèo"],
      [1, "Xã Thuỷ Bằng", 1000, 10],
    ]);
    expect(mapping(g)).toEqual({ order: 1, name: 2, households: 3, poorHouseholds: 4 });
  });

  it("names the unit from the title above the header", () => {
    const g = grid([
      ["UBND HUYỆN A LƯỚI"],
      ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020"],
      ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"],
      [1, "Xã Hồng Hạ", 400, 60],
    ]);
    expect(detectTables(g).tables[0].titleUnit).toBe("Huyện A Lưới");
  });

  it.each([
    ["HUYỆN VĨNH LINH - TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2022", "Huyện Vĩnh Linh"],
    ["UBND HUYỆN GIO LINH: BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO CUỐI NĂM 2023", "Huyện Gio Linh"],
    ["Huyện Triệu Phong – Danh sách hộ nghèo năm 2023", "Huyện Triệu Phong"],
    ["UBND THỊ XÃ QUẢNG TRỊ V/v báo cáo kết quả rà soát hộ nghèo", "Thị Xã Quảng Trị"],
    ["UBND HUYỆN A LƯỚI KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020", "Huyện A Lưới"],
    ["HUYỆN HẢI LĂNG BIỂU SỐ 01", "Huyện Hải Lăng"],
    ["HUYỆN CAM LỘ - 2022", "Huyện Cam Lộ"],
    ["UBND HUYỆN ĐAKRÔNG - PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Huyện Đakrông"],
    ["Phụ lục: Chỉ tiêu giảm nghèo huyện Đakrông giai đoạn 2022-2025", "Huyện Đakrông"],
    ["BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO HUYỆN HƯỚNG HÓA NĂM 2022", "Huyện Hướng Hóa"],
    // A dash inside a name is no end of it.
    ["THÀNH PHỐ PHAN RANG - THÁP CHÀM - BIỂU SỐ 02: KẾT QUẢ RÀ SOÁT NĂM 2022", "Thành Phố Phan Rang - Tháp Chàm"],
  ])("names the unit from the title %j without the report's words", (title, unit) => {
    const g = grid([[title], ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã Hồng Hạ", 400, 60]]);
    expect(detectTables(g).tables[0].titleUnit).toBe(unit);
  });

  it("does not mistake a commune named 'Cộng Hòa' for the total row", () => {
    const g = grid([
      ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"],
      [1, "Xã Cộng Hòa", 400, 60],
      [2, "Cộng Hòa", 300, 30],
      [null, "Cộng", 700, 90],
    ]);
    const t = detectTables(g).tables[0];
    expect(t.units.map((u) => u.name)).toEqual(["Xã Cộng Hòa", "Cộng Hòa"]);
    expect(t.total?.row).toBe(4);
  });

  it("says which column is missing, and where", () => {
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Khẩu nghèo"], [1, "Xã A", 100, 20]], { sheet: "Huyện X" });
    const { tables, issues } = detectTables(g);
    expect(tables).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "missing-column", severity: "error", sheet: "Huyện X", cell: "B1" });
    expect(issues[0].message.vi).toContain('Chưa có cột "Số hộ nghèo" trong bảng ở trang "Huyện X"');
    expect(issues[0].message.en).toContain('"Poor households"');
  });

  it("never takes a table with a 'Hộ nghèo' group for a near-poor table: no poor count under it is an error at the group's cell", () => {
    const g = grid(
      [
        ["TT", "Xã", "Tổng số hộ", "Hộ nghèo", "Hộ nghèo", "Hộ cận nghèo", "Hộ cận nghèo"],
        ["TT", "Xã", "Tổng số hộ", "Số khẩu", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
        [1, "Xã A", 1000, 180, 5, 80, 8],
      ],
      { sheet: "Cam Lộ", merges: ["D1:E1", "F1:G1", "A1:A2", "B1:B2", "C1:C2"] },
    );
    const { tables, incomplete, issues } = detectTables(g);
    expect(tables).toEqual([]);
    expect(incomplete.map((t) => t.missing)).toEqual([["poorHouseholds"]]);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["missing-column", "error", "D1"]]);
    expect(issues[0].message.vi).toBe(
      'Chưa có cột "Số hộ nghèo" trong bảng ở trang "Cam Lộ". Hãy chọn cột đó trong thẻ bảng (dòng lệnh: --map poorHouseholds=CỘT).',
    );
  });

  it("still passes over a table of the near-poor only, with a note", () => {
    const g = grid([["TT", "Xã", "Tổng số hộ", "Hộ cận nghèo", "Hộ cận nghèo"], ["TT", "Xã", "Tổng số hộ", "Số hộ", "Tỷ lệ (%)"], [1, "Xã A", 1000, 80, 8]], {
      merges: ["D1:E1", "A1:A2", "B1:B2", "C1:C2"],
    });
    expect(detectTables(g).issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["near-poor-table", "info", "B1"]]);
  });

  it("gives a table whose poor columns are abbreviated beside a near-poor group its card, naming the columns left (field test 5)", () => {
    const g = grid(
      [
        ["TT", "Xã, phường", "Tổng hộ", "SHN", "TLHN", "Hộ cận nghèo", null, "Ghi chú"],
        [null, null, null, null, null, "Số hộ", "Tỷ lệ (%)", null],
        [1, "Phường Đông Hà", 3388, 95, 2.8, 194, 5.73, null],
      ],
      { merges: ["F1:G1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "H1:H2"] },
    );
    const { incomplete, issues } = detectTables(g);
    expect(incomplete.map((t) => t.missing)).toEqual([["poorHouseholds"]]);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["missing-column", "error", "B1"]]);
    expect(issues[0].message.vi).toContain("các cột chưa xếp được: D (SHN), E (TLHN), H (Ghi chú)");
  });

  it("finds nothing on a sheet without a unit header", () => {
    expect(detectTables(grid([["Ghi chú"], ["Không có bảng"]])).tables).toEqual([]);
  });

  it("applies the officer's column corrections", () => {
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Cột lạ"], [1, "Xã A", 100, 20, 7]]);
    const t = detectTables(g, [{ sheet: "Sheet1", col: 5, field: "poorPersons" }, { sheet: "Sheet1", col: 3, field: null }]).tables;
    expect(t).toEqual([]);
    const fixed = detectTables(g, [{ sheet: "Sheet1", col: 5, field: "poorPersons" }]).tables[0];
    expect(fixed.units[0].cells.poorPersons?.value).toBe(7);
  });
});
