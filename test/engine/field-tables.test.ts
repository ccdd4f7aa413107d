/**
 * Tables as provinces and the ministry published them (test/fixtures/field, built without sight of
 * this code from the sources in its MANIFEST.md, figures and errors as published): what a correct
 * reader finds, and every genuine inconsistency at its cell, nothing more.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type Analysis, type AnalyzeOptions } from "../../src/engine";
import { readWorkbookBuffer, workbookToGrids } from "../../src/xlsx/read-workbook";

const FIELD = join(__dirname, "..", "fixtures", "field");

async function read(file: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const workbook = await readWorkbookBuffer(readFileSync(join(FIELD, file)), file);
  // Review tables carry no targets: the officer gives a province goal.
  return analyze(workbookToGrids(workbook), { currentYear: 2030, targetRateReduction: 0.5, ...options });
}

const findings = (a: Analysis, severity: "error" | "warning") => a.issues.filter((i) => i.severity === severity).map((i) => [i.code, i.cell]);
const names = (a: Analysis) => a.tables[0].units.map((u) => u.name);
const groupSizes = (a: Analysis) => a.tables[0].groups.map((g, i) => [g.title.row, a.tables[0].units.filter((u) => u.group === i).length]);

describe("the ministry's form since 2022", () => {
  it("reads Bình Định's initial review without households: 22 units under I and II, households estimated, no false finding", async () => {
    const a = await read("01_binhdinh_dauky_2022-2025_khong_tong_so_ho.xlsx");
    expect(names(a)).toHaveLength(22);
    expect([names(a)[0], names(a)[21]]).toEqual(["Thành phố Quy Nhơn", "Huyện An Lão"]);
    expect(groupSizes(a)).toEqual([[9, 11], [21, 11]]);
    expect(findings(a, "error")).toEqual([]);
    expect(findings(a, "warning")).toEqual([["households-estimated", null]]);
    expect(a.tables[0].total).toMatchObject({ name: "Tổng cộng (I+II)", row: 33 });
    expect(a.plan?.total.poorHouseholds).toBe(25321);
    expect([a.plan?.baseYear, a.plan?.planYear]).toEqual([2021, 2022]);
    expect(a.plan?.units.every((u) => u.householdsEstimated && u.households !== null)).toBe(true);
  });

  it("reads Quảng Bình's with households: groups checked, the combined column kept apart from poor and near-poor", async () => {
    const a = await read("02_quangbinh_2022_co_tong_so_ho_cong_thuc.xlsx");
    expect(names(a)).toHaveLength(15);
    expect(groupSizes(a)).toEqual([[11, 7], [19, 8]]);
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(a.tables[0].columns.map((c) => c.field)).toEqual(
      expect.arrayContaining(["poorAndNearPoorRate", "poorAndNearPoorHouseholds", "poorRate", "poorHouseholds", "nearPoorRate", "nearPoorHouseholds"]),
    );
    expect(a.plan?.total).toMatchObject({ households: 257085, poorHouseholds: 12855, poorRate: 5 });
    expect(a.plan?.groups?.map((g) => [g.order, g.subtotal?.households, g.units.length])).toEqual([["I", 54786, 7], ["II", 202299, 8]]);
  });

  it("flags the ministry's national table where its own figures disagree, at their cells", async () => {
    const a = await read("05_bo_ldtbxh_2022_theo_vung_ca_nuoc_dau_bang.xlsx");
    expect(names(a)).toEqual(expect.arrayContaining(["Trung du và miền núi phía Bắc", "Đồng bằng sông Cửu Long"]));
    expect(names(a)).toHaveLength(6);
    expect(a.tables[0].total).toMatchObject({ name: "Cả nước", row: 10 });
    // F12 published 69.239 for 69.329: the total no longer adds up and D12 ≠ poor + near-poor; D14 and D10 are 119 over.
    expect(findings(a, "error")).toEqual(
      expect.arrayContaining([["total-mismatch", "F10"], ["poor-and-near-poor-sum", "D12"], ["poor-and-near-poor-sum", "D14"], ["poor-and-near-poor-sum", "D10"]]),
    );
    expect(findings(a, "error")).toHaveLength(4);
  });
});

describe("other layouts", () => {
  it("keeps Kon Tum's communes under their ten districts and finds the subtotal 10 off and the wrong near-poor rate", async () => {
    const a = await read("03_kontum_cuoinam2021_xa_theo_huyen_toan_tinh.xlsx");
    expect(names(a)).toHaveLength(102);
    expect(groupSizes(a)).toEqual([[9, 12], [22, 8], [31, 9], [41, 11], [53, 11], [65, 21], [87, 7], [95, 9], [105, 11], [117, 3]]);
    expect(findings(a, "error")).toEqual([["ratio-mismatch", "G121"], ["group-mismatch", "D87"]]);
    // E87 fits the published 1.844 but not the communes' 1.834: it follows D87 and says so.
    expect(a.issues.find((i) => i.cell === "E87")).toMatchObject({ code: "ratio-follows-sum", severity: "warning" });
    expect(a.issues.find((i) => i.cell === "E87")?.message.vi).toContain("ô D87 khác tổng các đơn vị");
    expect(a.issues.find((i) => i.code === "group-mismatch")).toMatchObject({ actual: 1844, expected: 1834 });
  });

  it("reads a province of 102 communes after the 2025 reform with no false finding", async () => {
    const a = await read("04_daklak_2025_102_xa_phuong.xlsx");
    expect([names(a).length, names(a)[0], names(a)[101]]).toEqual([102, "Phường Buôn Ma Thuột", "Xã Vụ Bổn"]);
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(a.plan?.total).toMatchObject({ households: 869719, poorHouseholds: 46766 });
  });

  it("reads rates before counts and says which two rates of Ninh Phước do not fit one household figure", async () => {
    const a = await read("06_ninhthuan_giaidoan_2011-2015_ty_le_truoc_so_ho.xlsx");
    expect(names(a)).toHaveLength(7);
    const disagree = a.issues.filter((i) => i.code === "rates-disagree");
    expect(disagree).toHaveLength(1);
    expect(["C10", "E10"]).toContain(disagree[0].cell);
    expect(disagree[0].message.vi).toMatch(/C10|E10/);
    expect(findings(a, "error")).toHaveLength(1);
    expect(a.plan?.planYear).toBe(2011);
  });

  it("reads A Lưới's plan table and finds only the published rate reduction that does not add up, and plan rates over this year's households", async () => {
    const a = await read("08_aluoi_ke_hoach_2022_so_ho_ngheo_phan_dau_giam.xlsx", { targetRateReduction: undefined });
    expect([names(a).length, names(a)[0], names(a)[17]]).toEqual([18, "Thị trấn A Lưới", "Xã Hồng Thủy"]);
    // The appendix writes the recomputed reduction: a warning that says so, not an error.
    expect(findings(a, "error")).toEqual([]);
    // Its plan rates are over the 2021 households on all 18 units and the total, as its column-number row
    // says ("6=5/1*100"): H11 is 228 / 1,967 = 11.59 %, the appendix's 228 / 1,981 projected = 11.51 %. One finding for the column.
    expect(findings(a, "warning")).toEqual([["plan-rate-without-growth", "H11"], ["plan-mismatch", "I29"]]);
    expect(a.issues.find((i) => i.code === "plan-rate-without-growth")?.message.en).toContain(": 19 rows differ from");
    expect(a.plan?.total).toMatchObject({ households: 14050, poorHouseholds: 7022, targetReduction: 1512, remainingPoor: 5510 });
  });

  it("passes over the near-poor table under the poor one on the same sheet, reading text-typed counts", async () => {
    const a = await read("10_ninhthuan_2019_hai_bang_mot_sheet_so_dang_chu.xlsx");
    expect(a.tables).toHaveLength(1);
    expect(names(a)).toHaveLength(7);
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(a.plan?.total).toMatchObject({ households: 176822, poorHouseholds: 11925 });
  });

  it("reads areas in a 'Khu vực' column and estimates their households", async () => {
    const a = await read("12_quangnam_2019_theo_khu_vuc.xlsx");
    expect(names(a)).toEqual(["Khu vực đồng bằng", "Khu vực miền núi"]);
    expect(findings(a, "error")).toEqual([]);
    expect(a.plan?.total.poorHouseholds).toBe(25650);
  });
});

describe("columns the vocabulary cannot place", () => {
  it("names the abbreviated columns it could not place, and plans once the officer maps them", async () => {
    const unmapped = await read("07_donggiang_cuoinam2023_viet_tat_HN_HCN.xlsx");
    expect(unmapped.tables).toEqual([]);
    expect(unmapped.incomplete).toMatchObject([{ sheet: "DG 2023", missing: ["poorHouseholds", "households"] }]);
    const missing = unmapped.issues.find((i) => i.code === "missing-column");
    expect(missing?.message.vi).toContain("D (HN)");
    expect(missing?.message.vi).toContain("--map poorHouseholds=");

    const mapped = await read("07_donggiang_cuoinam2023_viet_tat_HN_HCN.xlsx", { columnMap: [{ field: "households", col: 3 }, { field: "poorHouseholds", col: 4 }] });
    expect([names(mapped).length, names(mapped)[0], names(mapped)[10]]).toEqual([11, "Thị trấn Prao", "Xã A Rooi"]);
    expect(mapped.plan?.total).toMatchObject({ households: 7683, poorHouseholds: 2878, poorRate: 37.46 });
    expect(findings(mapped, "error")).toEqual([]);
  });

  it("does not take an ethnic-minority count for the unit's poor households", async () => {
    const a = await read("09_kontum_bieu05_dtts_2022_ghi_chu_gop_o.xlsx");
    expect(a.tables).toEqual([]);
    expect(a.incomplete[0]?.missing).toEqual(["poorHouseholds"]);
  });

  it("offers target ranges without a baseline to the officer rather than planning from them", async () => {
    const a = await read("11_quangbinh_chi_tieu_2017_khoang_tu_den.xlsx");
    expect(a.tables).toEqual([]);
    expect(a.incomplete[0]).toMatchObject({ sheet: "Chi tieu 2017", missing: ["poorHouseholds", "households"] });
  });
});
