import { analyze } from "../../src/engine/analysis";
import type { DetectedTable } from "../../src/engine/detect";
import type { PlanOptions } from "../../src/engine/plan/plan-types";
import { planYears, yearConflicts } from "../../src/engine/plan/years";
import type { Issue } from "../../src/engine/findings/issue";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";
import { layoutCells } from "../helpers/layout-cells";

/** The seed's header states its years in C4 ("Kết quả rà soát năm 2020") and K4 ("Số liệu phấn đấu giảm nghèo năm 2021"). */
const yearFindings = (issues: Issue[]) => issues.filter((i) => /year/.test(i.code)).map((i) => [i.code, i.severity, i.sheet, i.cell, i.actual, i.expected]);

const headerCell = (analysis: ReturnType<typeof analyze>, row: number, col: number) => (analysis.layout ? layoutCells(analysis.layout) : []).find((c) => c.row === row && c.col === col)?.value;

describe("years given by the officer, checked against the headers", () => {
  it("finds nothing to say when the options agree with the header, or are not given", () => {
    expect(yearFindings(analyze([seedGrid()]).issues)).toEqual([]);
    expect(yearFindings(analyze([seedGrid()], { baseYear: 2020, planYear: 2021 }).issues)).toEqual([]);
    expect(yearFindings(analyze([seedGrid()], { baseYear: 2020 }).issues)).toEqual([]);
  });

  it("warns at the header's cell when the review year given is not the header's, in both languages", () => {
    const analysis = analyze([seedGrid()], { baseYear: 2021 });
    // 2021 given, C4 says 2020; the plan year follows as 2022, K4 says 2021.
    expect(yearFindings(analysis.issues)).toEqual([
      ["base-year-contradicts-header", "warning", "Phụ lục", "C4", 2021, 2020],
      ["plan-year-contradicts-header", "warning", "Phụ lục", "K4", 2022, 2021],
    ]);
    const [base] = analysis.issues.filter((i) => i.code === "base-year-contradicts-header");
    expect(base.message.vi).toBe(
      "Năm rà soát đã nhập (2021) khác năm 2020 ghi ở tiêu đề cột, ô C4; phụ lục ghi năm 2021. Nếu nhầm, hãy sửa năm rà soát (dòng lệnh: --base-year).",
    );
    expect(base.message.en).toBe(
      "The review year given (2021) differs from 2020, stated in the column header at C4; the appendix says 2021. If that is a mistake, correct the review year (command line: --base-year).",
    );
    // The appendix follows the officer: its group header says what the warning says it says.
    expect(headerCell(analysis, 5, 3)).toBe("Kết quả rà soát năm 2021");
  });

  it("keeps the header's review year under a later plan year given alone, and warns that the header plans another year", () => {
    const analysis = analyze([seedGrid()], { planYear: 2023 });
    expect(analysis.plan).toMatchObject({ baseYear: 2020, planYear: 2023 });
    expect(headerCell(analysis, 5, 3)).toBe("Kết quả rà soát năm 2020");
    expect(yearFindings(analysis.issues)).toEqual([
      ["plan-year-gap", "error", "Phụ lục", "C4", 2023, 2020],
      ["plan-year-contradicts-header", "warning", "Phụ lục", "K4", 2023, 2021],
    ]);
    expect(analysis.issues.find((i) => i.code === "plan-year-contradicts-header")?.message.vi).toContain("(2023) khác năm 2021 ghi ở tiêu đề cột, ô K4");
  });

  it("refuses a plan year more than a year after the review: one year of growth and no targets for the years between would be called that year's plan", () => {
    const analysis = analyze([seedGrid()], { planYear: 2022 });
    // The seed's 2020 review planned for 2022 would grow its households once and skip 2021's targets.
    const gap = analysis.issues.filter((i) => i.code === "plan-year-gap");
    expect(gap.map((i) => [i.severity, i.sheet, i.cell, i.actual, i.expected])).toEqual([["error", "Phụ lục", "C4", 2022, 2020]]);
    expect(gap[0].message.vi).toBe(
      "Năm kế hoạch 2022 cách năm rà soát 2020 (ô C4) 2 năm, nhưng phụ lục chỉ tính số hộ dân tăng một năm và không có chỉ tiêu cho năm 2021. Hãy lập kế hoạch năm 2021 (dòng lệnh: --plan-year 2021), hoặc cho từng năm 2021-2022 (dòng lệnh: --period 2021-2022).",
    );
    expect(gap[0].message.en).toBe(
      "The plan year 2022 is 2 years after the 2020 review (cell C4), but the appendix grows the households by one year only and has no targets for 2021. Plan 2021 (command line: --plan-year 2021), or each year of 2021-2022 (command line: --period 2021-2022).",
    );
    // The plan year right after the review, and a period starting there, are what the appendix plans.
    expect(analyze([seedGrid()], { planYear: 2021 }).issues.filter((i) => i.code === "plan-year-gap")).toEqual([]);
    expect(analyze([seedGrid()], { planYear: 2021, planYears: 5 }).issues.filter((i) => i.code === "plan-year-gap")).toEqual([]);
  });

  it("says which years a period after a gap leaves out, and suggests the period from the year after the review", () => {
    const gap = analyze([seedGrid()], { planYear: 2023, planYears: 3 }).issues.filter((i) => i.code === "plan-year-gap");
    expect(gap.map((i) => [i.severity, i.cell, i.actual, i.expected])).toEqual([["error", "C4", 2023, 2020]]);
    expect(gap[0].message.vi).toContain("không có chỉ tiêu cho các năm 2021-2022. Hãy lập kế hoạch năm 2021 (dòng lệnh: --plan-year 2021), hoặc cho từng năm 2021-2025 (dòng lệnh: --period 2021-2025).");
    expect(gap[0].message.en).toContain("has no targets for 2021-2022. Plan 2021 (command line: --plan-year 2021), or each year of 2021-2025 (command line: --period 2021-2025).");
  });

  it("points at the title when only the title states the year", () => {
    const titled = grid([
      ["UBND HUYỆN PHONG ĐIỀN"],
      ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024"],
      ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
      [1, "Xã A", 100, 10, 2],
    ]);
    expect(yearFindings(analyze([titled], { baseYear: 2023 }).issues)).toEqual([["base-year-contradicts-header", "warning", "Sheet1", "A2", 2023, 2024]]);
    // The title is called the title, not a column header (the field tester's w05 was told "tiêu đề D3" of a column).
    expect(analyze([titled], { baseYear: 2023 }).issues.find((i) => i.code === "base-year-contradicts-header")?.message.vi).toContain("khác năm 2024 ghi ở tên bảng, ô A2;");
    // A plan year not after the review the title states: the pane has no exit 2, so it is said at the title.
    const early = analyze([titled], { planYear: 2024 });
    expect(yearFindings(early.issues)).toEqual([["plan-year-not-after-header", "warning", "Sheet1", "A2", 2024, 2024]]);
    expect(early.issues.find((i) => i.code === "plan-year-not-after-header")?.message.en).toBe(
      "The plan year given (2024) does not come after the 2024 review stated in the title at A2. Correct the plan year (command line: --plan-year).",
    );
  });

  it("names every table whose header disagrees, each at its own cell", () => {
    const district = (sheet: string, year: number) =>
      grid([["TT", "Xã", `Tổng số hộ dân năm ${year}`, "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"], [1, `Xã ${sheet}`, 100, 10, 2]], { sheet });
    const analysis = analyze([district("Huyện A", 2020), district("Huyện B", 2021)], { baseYear: 2021 });
    expect(yearFindings(analysis.issues)).toEqual([["base-year-contradicts-header", "warning", "Huyện A", "C1", 2021, 2020]]);
  });
});

/** Only the years a header states, for planYears and yearConflicts themselves (the rest of a table is not read). */
const header = (baseYear: number | null, planYear: number | null, sheet = "Phụ lục") =>
  ({ sheet, baseYear, planYear, baseYearCell: baseYear === null ? null : "C4", planYearCell: planYear === null ? null : "K4" }) as DetectedTable;
const conflicts = (tables: DetectedTable[], options: PlanOptions) =>
  yearConflicts(tables, options, planYears(tables[0], options)).map((i) => [i.code, i.sheet, i.cell, i.actual, i.expected]);

describe("the plan's years, where each comes from", () => {
  it("takes this year, and the year before as the review, when neither the officer nor the header gives one", () => {
    expect(planYears(header(null, null), { currentYear: 2026 })).toEqual({ planYear: 2026, baseYear: 2025, assumed: true });
  });

  it("plans the year after a review year the header states alone", () => {
    expect(planYears(header(2024, null), { currentYear: 2030 })).toEqual({ planYear: 2025, baseYear: 2024, assumed: false });
  });

  it("plans the year after the officer's review year, over the header's plan year", () => {
    expect(planYears(header(2020, 2021), { baseYear: 2022, currentYear: 2030 })).toEqual({ planYear: 2023, baseYear: 2022, assumed: false });
  });

  it("takes the header's plan year when the officer gives no year", () => {
    expect(planYears(header(null, 2021), { currentYear: 2030 })).toEqual({ planYear: 2021, baseYear: 2020, assumed: false });
  });

  it("drops a header review year that is not before the officer's plan year: the review is then the year before", () => {
    // 2020 given as the plan year, the header says review 2020: not before it, so the review is 2019.
    expect(planYears(header(2020, null), { planYear: 2020 })).toEqual({ planYear: 2020, baseYear: 2019, assumed: false });
    expect(planYears(header(null, null), { planYear: 2023 })).toEqual({ planYear: 2023, baseYear: 2022, assumed: false });
  });
});

describe("year conflicts, table by table", () => {
  it("says nothing when the officer gave no year, even if two headers plan different years", () => {
    expect(conflicts([header(2020, 2021, "A"), header(2021, 2022, "B")], { currentYear: 2030 })).toEqual([]);
  });

  it("says nothing when the officer's years agree with the header", () => {
    expect(conflicts([header(2020, 2021)], { baseYear: 2020, planYear: 2021 })).toEqual([]);
  });

  it("does not compare the officer's review year with a header that states none", () => {
    expect(conflicts([header(null, null)], { baseYear: 2021 })).toEqual([]);
  });

  it("says nothing when a plan year given alone comes after the header's review year", () => {
    expect(conflicts([header(2024, null)], { planYear: 2025 })).toEqual([]);
  });

  it("does not call a plan year the header states itself 'not after the review', even beside a review year of the same year", () => {
    // A header stating review 2020 and plan 2020 (a slip of the header): the officer's 2020 agrees with its plan year.
    expect(conflicts([header(2020, 2020)], { planYear: 2020 })).toEqual([]);
  });
});
