/**
 * Which rows the plan has and what each carries: units outside and under groups, group names without
 * their numbering, one row per group (--summary) or per table, the officer's weights by name, and the
 * total's name and row. Expected values worked by hand.
 */
import { analyze, WHOLE_PLAN } from "../../src/engine";
import { grid } from "../helpers/grid";

const HEADER = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"];

/** A loose commune, then groups numbered I to IV in the TT column, their titles numbered or not. */
const grouped = grid([
  [...HEADER, "Khẩu nghèo", "Hộ nghèo thuộc CS BTXH", "Hộ nghèo thuộc CS giảm nghèo", "Hộ cận nghèo"],
  [1, "Xã Lẻ", 500, 50, 150, 20, 30, 40],
  ["I", "I. Khu vực thành thị", null, null, null, null, null, null],
  [1, "Phường 1", 1000, 100, 300, 40, 60, 70],
  [2, "Phường 2", 2000, 60, 200, 10, 50, 30],
  ["II", "II.Khu vực nông thôn", 1000, 200, 700, 150, 50, 90],
  [1, "Xã A", 1000, 200, 700, 150, 50, 90],
  ["III", "B) Vùng cao", null, null, null, null, null, null],
  [1, "Xã B", 400, 40, 100, 10, 30, 20],
  ["IV", "Cụm xã A-B", null, null, null, null, null, null],
  [1, "Xã C", 100, 10, 30, 5, 5, 10],
  [null, "Tổng cộng", 5000, 460, 1480, 235, 225, 260],
]);

describe("a table with groups", () => {
  it("keeps the loose commune apart and each group under its title, numbering cut from the name, at its figures' row", () => {
    const { plan } = analyze([grouped], { targetHouseholds: 40 });
    expect(plan?.groups?.map((g) => [g.order, g.subtotal && [g.subtotal.name, g.subtotal.row, g.subtotal.households], g.units.map((u) => u.name)])).toEqual([
      [null, null, ["Xã Lẻ"]],
      // Group I has no figures of its own: its subtotal stands at its title, row 3; group II's title row holds its figures.
      ["I", ["Khu vực thành thị", 3, 3000], ["Phường 1", "Phường 2"]],
      ["II", ["Khu vực nông thôn", 6, 1000], ["Xã A"]],
      ["III", ["Vùng cao", 8, 400], ["Xã B"]],
      // "A-B" inside a name is no numbering.
      ["IV", ["Cụm xã A-B", 10, 100], ["Xã C"]],
    ]);
  });

  it("carries each unit's poor persons and policy counts, and no near-poor counts when no near-poor goal is planned", () => {
    const { plan } = analyze([grouped], { targetHouseholds: 40 });
    expect(plan?.units.map((u) => [u.poorPersons, u.socialAssistancePoor, u.povertyPolicyPoor, u.nearPoorHouseholds, u.householdsEstimated])).toEqual([
      [150, 20, 30, null, false],
      [300, 40, 60, null, false],
      [200, 10, 50, null, false],
      [700, 150, 50, null, false],
      [100, 10, 30, null, false],
      [30, 5, 5, null, false],
    ]);
    expect(plan?.total).toMatchObject({ name: "Tổng cộng", row: 12, poorPersons: 1480, socialAssistancePoor: 235, povertyPolicyPoor: 225 });
  });

  it("gives one row per group with --summary, each the sum of its units, the loose commune as it stands", () => {
    const { plan } = analyze([grouped], { targetHouseholds: 45, targetNearPoorHouseholds: 26, roundStep: 1, summary: true });
    expect(plan?.groups).toBeNull();
    expect(plan?.units.map((u) => [u.name, u.row, u.households, u.poorHouseholds, u.poorPersons, u.socialAssistancePoor, u.povertyPolicyPoor, u.nearPoorHouseholds])).toEqual([
      ["Xã Lẻ", 2, 500, 50, 150, 20, 30, 40],
      ["Khu vực thành thị", 3, 3000, 160, 500, 50, 110, 100],
      ["Khu vực nông thôn", 6, 1000, 200, 700, 150, 50, 90],
      ["Vùng cao", 8, 400, 40, 100, 10, 30, 20],
      ["Cụm xã A-B", 10, 100, 10, 30, 5, 5, 10],
    ]);
    // 45 of 460 poor, by poor households: 4.89, 15.65, 19.57, 3.91, 0.98 → 4, 15, 19, 3, 0 and the 4 left to the
    // largest remainders (0.98, 0.91, 0.89, 0.65): 5, 16, 19, 4, 1. Near-poor 26 of 260 is a tenth: 4, 10, 9, 2, 1.
    expect(plan?.units.map((u) => [u.targetReduction, u.nearPoorTarget])).toEqual([[5, 4], [16, 10], [19, 9], [4, 2], [1, 1]]);
  });

  it("sums the table's own targets, poor and near-poor, for each group with --summary", () => {
    const g = grid([
      [...HEADER, "Hộ cận nghèo", "Số hộ nghèo phấn đấu giảm", "Số hộ cận nghèo phấn đấu giảm"],
      ["I", "Khu vực thành thị", null, null, null, null, null],
      [1, "Phường 1", 1000, 100, 80, 10, 8],
      [2, "Phường 2", 2000, 60, 40, 6, 4],
      ["II", "Khu vực nông thôn", null, null, null, null, null],
      [1, "Xã A", 1000, 200, 90, 20, 9],
    ]);
    const { plan } = analyze([g], { summary: true });
    // Group I: 10 + 6 and 8 + 4; group II as its one commune.
    expect(plan?.units.map((u) => [u.name, u.targetReduction, u.nearPoorTarget])).toEqual([
      ["Khu vực thành thị", 16, 12],
      ["Khu vực nông thôn", 20, 9],
    ]);
  });

  it("has no groups when the table has none, and names the total row as the table does", () => {
    const g = grid([HEADER, [1, "Xã A", 1000, 300], [2, "Xã B", 2000, 100], [null, "Toàn huyện", 3000, 400]]);
    const { plan } = analyze([g], { targetHouseholds: 40, summary: true });
    expect(plan?.groups).toBeNull();
    expect(plan?.units.map((u) => u.name)).toEqual(["Xã A", "Xã B"]);
    expect([plan?.total.name, plan?.total.row]).toEqual(["Toàn huyện", 4]);
    const untotalled = analyze([grid([HEADER, [1, "Xã A", 1000, 300]])], { targetHouseholds: 40 }).plan;
    // No total row: "Tổng cộng" at the header's row, where the appendix adds its own.
    expect([untotalled?.total.name, untotalled?.total.row]).toEqual(["Tổng cộng", 1]);
  });
});

describe("one table per sheet", () => {
  const district = (sheet: string, withTargets: boolean, rows: [string, number, number, number][]) =>
    grid(
      [
        [`UBND HUYỆN ${sheet.toUpperCase()}`],
        withTargets ? [...HEADER, "Số hộ nghèo phấn đấu giảm"] : HEADER,
        ...rows.map(([name, h, p, t], i) => (withTargets ? [i + 1, name, h, p, t] : [i + 1, name, h, p])),
        [null, "Toàn huyện", rows.reduce((a, r) => a + r[1], 0), rows.reduce((a, r) => a + r[2], 0), ...(withTargets ? [rows.reduce((a, r) => a + r[3], 0)] : [])],
      ],
      { sheet },
    );
  const grids = [district("A Lưới", true, [["Xã Hồng Hạ", 400, 60, 10], ["Xã Hương Nguyên", 300, 90, 20]]), district("Nam Đông", true, [["Xã Thượng Quảng", 500, 50, 5]])];

  it("sums the tables under \"Tổng cộng\", with no groups, and with --detail puts each table's subtotal at its total row", () => {
    const { plan } = analyze(grids);
    expect([plan?.groups, plan?.total.name, plan?.total.sheet, plan?.total.row]).toEqual([null, "Tổng cộng", "A Lưới", 5]);
    const detail = analyze(grids, { detail: true }).plan;
    expect(detail?.groups?.map((g) => [g.subtotal?.name, g.subtotal?.sheet, g.subtotal?.row])).toEqual([
      ["Huyện A Lưới", "A Lưới", 5],
      ["Huyện Nam Đông", "Nam Đông", 4],
    ]);
  });

  it("asks for a goal when one table lacks the target column, instead of leaving its units without targets", () => {
    const mixed = [grids[0], district("Nam Đông", false, [["Xã Thượng Quảng", 500, 50, 0]])];
    const { plan, issues } = analyze(mixed);
    // About both tables, so on neither's sheet.
    expect(issues.filter((i) => i.code === "no-target").map((i) => [i.severity, i.sheet])).toEqual([["error", WHOLE_PLAN]]);
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([null, null]);
  });

  it("marks a table's row estimated when one of its units' households is, from the poor rate", () => {
    const withRate = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];
    // Xã B has no households: 30 poor at 3 % are 1,000. Nam Đông's units give theirs.
    const aLuoi = grid([withRate, [1, "Xã A", 1000, 100, 10], [2, "Xã B", null, 30, 3]], { sheet: "A Lưới" });
    const namDong = grid([withRate, [1, "Xã C", 1000, 100, 10], [2, "Xã D", 2000, 30, 1.5]], { sheet: "Nam Đông" });
    const { plan } = analyze([aLuoi, namDong], { targetHouseholds: 20 });
    expect(plan?.units.map((u) => [u.name, u.households, u.householdsEstimated])).toEqual([
      ["A Lưới", 2000, true],
      ["Nam Đông", 3000, false],
    ]);
  });
});

describe("the officer's weights by unit name", () => {
  const g = grid([HEADER, [1, "Xã A", 1000, 300], [2, "Xã B", 2000, 100], [null, "Toàn huyện", 3000, 400]], { sheet: "Huyện" });

  it("share a goal by poor households times the weight, whatever the name's case, and say a name matching no unit", () => {
    const { plan, issues } = analyze([g], { targetHouseholds: 90, roundStep: 1, allocation: "weights", weights: { "Xã A": 2, "XÃ B": 1, "Xã Z": 5 } });
    // 300 × 2 : 100 × 1 = 600 : 100 → 77.14 and 12.86 → 77 and 12, the one left to the larger remainder: 77 and 13.
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([77, 13]);
    expect(issues.filter((i) => i.code === "weight-unknown-unit").map((i) => [i.severity, i.sheet, i.cell, i.message.vi])).toEqual([
      ["warning", "Huyện", null, 'Hệ số cho "Xã Z" không ứng với đơn vị nào trong bảng; đơn vị không có hệ số thì lấy hệ số 1.'],
    ]);
  });

  it("leave the table's own weight column as it is, and weigh every year of a period", () => {
    const weighted = grid([[...HEADER, "Hệ số phân bổ chỉ tiêu"], [1, "Xã A", 1000, 300, 1], [2, "Xã B", 2000, 100, 3], [null, "Toàn huyện", 3000, 400, null]]);
    const { period, issues } = analyze([weighted], { planYear: 2026, planYears: 2, targetHouseholds: 60, roundStep: 1, allocation: "weights", weights: { "Xã A": 5 } });
    expect(issues.filter((i) => i.code === "weight-unknown-unit")).toEqual([]);
    // 2026: 300 × 1 : 100 × 3, 30 and 30. 2027: 270 × 1 : 70 × 3 = 270 : 210 → 33.75 and 26.25 → 34 and 26.
    expect(period?.years.map((y) => y.units.map((u) => u.targetReduction))).toEqual([[30, 30], [34, 26]]);
  });
});

describe("the plan's own findings", () => {
  it("say at the table's sheet that the years were assumed", () => {
    const { issues } = analyze([grid([HEADER, [1, "Xã A", 1000, 300]], { sheet: "Huyện Đông" })], { targetHouseholds: 40 });
    expect(issues.filter((i) => i.code === "year-assumed").map((i) => [i.sheet, i.cell])).toEqual([["Huyện Đông", null]]);
  });
});

describe("households on the total row only", () => {
  it("take the total's own projection when the table gives one", () => {
    const g = grid([[...HEADER, "Tổng số hộ dân dự kiến"], [1, "Xã A", null, 300, null], [2, "Xã B", null, 200, null], [null, "Toàn huyện", 10000, 500, 10100]]);
    const { plan } = analyze([g], { targetHouseholds: 100 });
    // 400 left of the table's 10,100 projected households: 3.96 %.
    expect(plan?.total).toMatchObject({ households: 10000, projectedHouseholds: 10100, remainingPoor: 400, remainingRate: 3.96 });
  });
});
