/**
 * Several tables in one workbook: sheets holding the same units (one review year a sheet) are not
 * parts of one province to add up, and a breakdown table of the same units under the main table
 * (the poor households' deprivations) is passed over rather than blocking the appendix.
 */
import { analyze } from "../../src/engine";
import type { Grid } from "../../src/engine/cells/grid";
import { grid } from "../helpers/grid";

const HEADER = ["TT", "Huyện, thành phố", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];

/** A province's review of one year, as Lai Châu publishes it: one sheet a year, the same districts. */
const review = (sheet: string, year: number | null, poor: [number, number, number]) =>
  grid(
    [
      [year === null ? "KẾT QUẢ RÀ SOÁT HỘ NGHÈO TỈNH LAI CHÂU" : `KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM ${year} TỈNH LAI CHÂU`],
      [],
      HEADER,
      [1, "Thành phố Lai Châu", 1000, poor[0], (poor[0] / 1000) * 100],
      [2, "Huyện Tam Đường", 2000, poor[1], (poor[1] / 2000) * 100],
      [3, "Huyện Phong Thổ", 4000, poor[2], (poor[2] / 4000) * 100],
      [null, "Toàn tỉnh", 7000, poor[0] + poor[1] + poor[2], ((poor[0] + poor[1] + poor[2]) / 7000) * 100],
    ],
    { sheet },
  );

const y2022 = review("Nam 2022", 2022, [100, 400, 1000]);
const y2023 = review("Nam 2023", 2023, [50, 300, 800]);
const sameUnits = (issues: { code: string; sheet: string; cell: string | null; message: { vi: string; en: string } }[]) =>
  issues.filter((i) => i.code === "same-units-sheets").map((i) => [i.sheet, i.cell, i.message.vi, i.message.en]);

describe("sheets holding the same units", () => {
  it("are not added up: the latest year is planned, and an error names both sheets and their years and how to choose", () => {
    const { tables, plan, issues, hasErrors } = analyze([y2022, y2023], { targetRateReduction: 2 });
    expect(tables.map((t) => t.sheet)).toEqual(["Nam 2023"]);
    expect(hasErrors).toBe(true);
    expect(sameUnits(issues)).toEqual([
      [
        "Nam 2022",
        null,
        'Trang "Nam 2022" (năm 2022) và trang "Nam 2023" (năm 2023) có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy trang "Nam 2023" (năm mới nhất). Hãy chọn một trang: mở trang đó và chọn "Trang tính đang mở" (dòng lệnh: --sheet "Nam 2023").',
        'Sheets "Nam 2022" (2022) and "Nam 2023" (2023) hold the same units: they are separate tables and cannot be added up. The plan uses "Nam 2023" (the latest year). Choose one sheet: open it and choose "The active sheet" (command line: --sheet "Nam 2023").',
      ],
    ]);
    // The 2023 review alone: 1,150 poor of 7,000 households, planned for 2024.
    expect([plan?.total.households, plan?.total.poorHouseholds, plan?.baseYear, plan?.planYear]).toEqual([7000, 1150, 2023, 2024]);
    expect(plan?.units.map((u) => u.name)).toEqual(["Thành phố Lai Châu", "Huyện Tam Đường", "Huyện Phong Thổ"]);
  });

  it("keep the latest year whatever the sheets' order, and the last sheet when no year tells them apart", () => {
    expect(analyze([y2023, y2022]).tables.map((t) => t.sheet)).toEqual(["Nam 2023"]);
    const copy = review("Bản sửa", null, [50, 300, 800]);
    const first = review("Bản gốc", null, [100, 400, 1000]);
    const { tables, issues } = analyze([first, copy]);
    expect(tables.map((t) => t.sheet)).toEqual(["Bản sửa"]);
    expect(sameUnits(issues)).toEqual([
      [
        "Bản gốc",
        null,
        'Trang "Bản gốc" và trang "Bản sửa" có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy trang "Bản sửa" (trang sau cùng). Hãy chọn một trang: mở trang đó và chọn "Trang tính đang mở" (dòng lệnh: --sheet "Bản sửa").',
        'Sheets "Bản gốc" and "Bản sửa" hold the same units: they are separate tables and cannot be added up. The plan uses "Bản sửa" (the last sheet). Choose one sheet: open it and choose "The active sheet" (command line: --sheet "Bản sửa").',
      ],
    ]);
  });

  it("are so even when the officer names both, and one sheet named alone raises nothing", () => {
    expect(sameUnits(analyze([y2022, y2023], { sheets: ["Nam 2022", "Nam 2023"] }).issues).map(([sheet]) => sheet)).toEqual(["Nam 2022"]);
    const alone = analyze([y2022, y2023], { sheets: ["Nam 2023"], targetRateReduction: 2 });
    expect([alone.tables.map((t) => t.sheet), sameUnits(alone.issues), alone.hasErrors]).toEqual([["Nam 2023"], [], false]);
  });

  it("match names the way units are matched (case, spacing, diacritics' encoding), and one different unit does not part them", () => {
    const shouting = grid(
      [HEADER, [1, "THÀNH PHỐ LAI CHÂU", 1000, 50, 5], [2, "Huyện  Tam Đường", 2000, 300, 15], [3, "Huyện Phong Thổ".normalize("NFD"), 4000, 800, 20], [4, "Huyện Sìn Hồ", 1000, 10, 1]],
      { sheet: "Sheet2" },
    );
    expect(sameUnits(analyze([y2022, shouting]).issues).map(([sheet]) => sheet)).toEqual(["Nam 2022"]);
  });

  it("are four in five of the shorter list, and at least two", () => {
    const sheetOf = (sheet: string, names: string[]) => grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], ...names.map((n, i) => [i + 1, n, 1000, 100])], { sheet });
    const flagged = (a: string[], b: string[]) => sameUnits(analyze([sheetOf("A", a), sheetOf("B", b)]).issues).length;
    // 4 of 5 shared: one review each; 3 of 4: another district's list that happens to share names.
    expect(flagged(["Xã 1", "Xã 2", "Xã 3", "Xã 4", "Xã 5"], ["Xã 1", "Xã 2", "Xã 3", "Xã 4", "Xã 6"])).toBe(1);
    expect(flagged(["Xã 1", "Xã 2", "Xã 3", "Xã 4"], ["Xã 1", "Xã 2", "Xã 3", "Xã 6"])).toBe(0);
    // One commune a sheet: a single shared name proves nothing.
    expect(flagged(["Xã Tân Lập"], ["Xã Tân Lập"])).toBe(0);
  });

  it("leave one sheet per district alone: their communes are different units, to be added up", () => {
    const district = (sheet: string, communes: string[]) => grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], ...communes.map((c, i) => [i + 1, c, 1000, 100])], { sheet });
    // Commune names repeat across a province ("Xã Tân Lập"), but not most of a district's.
    const a = district("Huyện A", ["Xã Tân Lập", "Xã Hồng Hạ", "Xã Hương Phong", "Xã A Roàng"]);
    const b = district("Huyện B", ["Xã Tân Lập", "Xã Phú Lộc", "Xã Lộc Trì", "Xã Vinh Hiền"]);
    const { tables, issues, plan } = analyze([a, b], { targetHouseholds: 80 });
    expect([tables.map((t) => t.sheet), sameUnits(issues), plan?.total.poorHouseholds]).toEqual([["Huyện A", "Huyện B"], [], 800]);
  });
});

describe("a breakdown table of the same units under the main table", () => {
  /** Hà Giang's "Biểu 02": the poor households' deprivations, no households column, under "Biểu 01". */
  const hagiangWith = (below: [string, string]) =>
    grid(
      [
        ["Biểu 01: KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2023"],
        ["TT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
        [null, "Toàn tỉnh", 3000, 500, 16.67],
        [1, "Thành phố Hà Giang", 1000, 100, 10],
        [2, "Huyện Đồng Văn", 2000, 400, 20],
        [],
        ["Biểu 02: SỐ HỘ NGHÈO THIẾU HỤT CÁC CHỈ SỐ ĐO LƯỜNG MỨC ĐỘ THIẾU HỤT DỊCH VỤ XÃ HỘI CƠ BẢN"],
        ["TT", "Đơn vị", "Tổng số hộ nghèo", "Thiếu hụt việc làm", "Thiếu hụt y tế"],
        [null, "Toàn tỉnh", 500, 200, 150],
        [1, below[0], 100, 40, 30],
        [2, below[1], 400, 160, 120],
      ],
      { sheet: "Ha Giang" },
    );
  const hagiang = hagiangWith(["Thành phố Hà Giang", "Huyện Đồng Văn"]);

  it("is passed over with a note at its header, and the main table is planned without an error", () => {
    const { tables, incomplete, issues, hasErrors, plan } = analyze([hagiang], { targetHouseholds: 50 });
    expect([tables.length, tables[0].units.map((u) => u.name), incomplete, hasErrors]).toEqual([1, ["Thành phố Hà Giang", "Huyện Đồng Văn"], [], false]);
    expect(issues.filter((i) => i.code === "breakdown-table").map((i) => [i.sheet, i.cell, i.severity, i.message.vi, i.message.en])).toEqual([
      [
        "Ha Giang",
        "B8",
        "info",
        'Bảng ở ô B8 trang "Ha Giang" liệt kê lại các đơn vị của bảng trên nhưng không có cột "Tổng số hộ dân": coi là bảng chi tiết, không dùng để lập chỉ tiêu.',
        'The table at B8 on sheet "Ha Giang" lists the units of the table above without a "Households" column: taken as a breakdown, not used for the targets.',
      ],
    ]);
    expect(plan?.total.poorHouseholds).toBe(500);
  });

  it("still blocks when its units are not those above: a table of other units is no breakdown", () => {
    const { issues } = analyze([hagiangWith(["Huyện Mèo Vạc", "Huyện Yên Minh"])], { targetHouseholds: 50 });
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([["missing-column", "B8"]]);
  });

  it("is no breakdown when it stands alone: a sheet whose only table lacks households is an error, as before", () => {
    const alone = grid(hagiang.values.slice(6), { sheet: "Ha Giang" });
    expect(analyze([alone]).issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([["missing-column", "B2"]]);
  });
});

describe("two tables of the same units on one sheet", () => {
  /** The reviews of two years one under the other, each under its own title, as a sheet kept over the years holds them. */
  const stacked = (first: Grid, second: Grid) => grid([...first.values, [], [], ...second.values], { sheet: "Rà soát" });
  const sameTables = (issues: { code: string; sheet: string; cell: string | null; message: { vi: string; en: string } }[]) =>
    issues.filter((i) => i.code === "same-units-tables").map((i) => [i.sheet, i.cell, i.message.vi, i.message.en]);

  it("are not added up: the latest year's table is planned, and an error names both header cells and how to choose", () => {
    // 2022's header is row 3, 2023's row 12 (its title in row 10).
    const { tables, plan, issues, hasErrors } = analyze([stacked(y2022, y2023)], { targetRateReduction: 2 });
    expect(tables.map((t) => [t.headerTop, t.baseYear])).toEqual([[12, 2023]]);
    expect(hasErrors).toBe(true);
    expect(sameTables(issues)).toEqual([
      [
        "Rà soát",
        "B3",
        'Bảng ở ô B3 (năm 2022) và bảng ở ô B12 (năm 2023) của trang "Rà soát" có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy bảng ở ô B12 (năm mới nhất). Hãy chọn một bảng: chọn các ô của bảng đó và chọn "Vùng đang chọn" (dòng lệnh: chuyển bảng kia sang trang khác rồi dùng --sheet).',
        'The tables at B3 (2022) and at B12 (2023) on sheet "Rà soát" hold the same units: they are separate tables and cannot be added up. The plan uses the table at B12 (the latest year). Choose one table: select its cells and choose "The selection" (command line: move the other table to a sheet of its own and use --sheet).',
      ],
    ]);
    // The 2023 review alone: 1,150 poor of 7,000 households, planned for 2024.
    expect([plan?.total.households, plan?.total.poorHouseholds, plan?.baseYear, plan?.planYear]).toEqual([7000, 1150, 2023, 2024]);
  });

  it("keep the latest year whichever stands first, and the lower table when no year tells them apart", () => {
    expect(analyze([stacked(y2023, y2022)]).tables.map((t) => [t.headerTop, t.baseYear])).toEqual([[3, 2023]]);
    const { tables, issues } = analyze([stacked(review("x", null, [100, 400, 1000]), review("x", null, [50, 300, 800]))]);
    expect(tables.map((t) => t.headerTop)).toEqual([12]);
    expect(sameTables(issues).map(([, cell, vi]) => [cell, vi])).toEqual([
      [
        "B3",
        'Bảng ở ô B3 và bảng ở ô B12 của trang "Rà soát" có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy bảng ở ô B12 (bảng ở dưới). Hãy chọn một bảng: chọn các ô của bảng đó và chọn "Vùng đang chọn" (dòng lệnh: chuyển bảng kia sang trang khác rồi dùng --sheet).',
      ],
    ]);
  });

  it("leave two districts' tables on one sheet alone: their units differ, and both are planned", () => {
    const other = grid([["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2023"], [], HEADER, [1, "Xã Bản Giang", 500, 50, 10], [2, "Xã Nà Tăm", 800, 40, 5], [null, "Cộng", 1300, 90, 6.92]]);
    const { tables, issues } = analyze([stacked(y2023, other)]);
    expect(tables.map((t) => t.headerTop)).toEqual([3, 12]);
    expect(sameTables(issues)).toEqual([]);
  });
});
