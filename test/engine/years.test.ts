import { analyze } from "../../src/engine/analysis";
import type { Issue } from "../../src/engine/findings/issue";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";

/** The seed's header states its years in C4 ("Kết quả rà soát năm 2020") and K4 ("Số liệu phấn đấu giảm nghèo năm 2021"). */
const yearFindings = (issues: Issue[]) => issues.filter((i) => /year/.test(i.code)).map((i) => [i.code, i.severity, i.sheet, i.cell, i.actual, i.expected]);

const headerCell = (analysis: ReturnType<typeof analyze>, row: number, col: number) => analysis.layout?.cells.find((c) => c.row === row && c.col === col)?.value;

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
      "Năm rà soát đã nhập (2021) khác năm 2020 mà tiêu đề ghi ở ô C4; phụ lục ghi năm 2021. Nếu nhầm, hãy sửa năm rà soát (dòng lệnh: --base-year).",
    );
    expect(base.message.en).toBe(
      "The review year given (2021) differs from 2020, which the header states in cell C4; the appendix says 2021. If that is a mistake, correct the review year (command line: --base-year).",
    );
    // The appendix follows the officer: its group header says what the warning says it says.
    expect(headerCell(analysis, 5, 3)).toBe("Kết quả rà soát năm 2021");
  });

  it("keeps the header's review year under a later plan year given alone, and warns that the header plans another year", () => {
    const analysis = analyze([seedGrid()], { planYear: 2023 });
    expect(analysis.plan).toMatchObject({ baseYear: 2020, planYear: 2023 });
    expect(headerCell(analysis, 5, 3)).toBe("Kết quả rà soát năm 2020");
    expect(yearFindings(analysis.issues)).toEqual([["plan-year-contradicts-header", "warning", "Phụ lục", "K4", 2023, 2021]]);
    expect(analysis.issues.find((i) => i.code === "plan-year-contradicts-header")?.message.vi).toContain("(2023) khác năm 2021 mà tiêu đề ghi ở ô K4");
  });

  it("points at the title when only the title states the year", () => {
    const titled = grid([
      ["UBND HUYỆN PHONG ĐIỀN"],
      ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024"],
      ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
      [1, "Xã A", 100, 10, 2],
    ]);
    expect(yearFindings(analyze([titled], { baseYear: 2023 }).issues)).toEqual([["base-year-contradicts-header", "warning", "Sheet1", "A2", 2023, 2024]]);
    // A plan year not after the review the title states: the pane has no exit 2, so it is said at the title.
    const early = analyze([titled], { planYear: 2024 });
    expect(yearFindings(early.issues)).toEqual([["plan-year-not-after-header", "warning", "Sheet1", "A2", 2024, 2024]]);
    expect(early.issues.find((i) => i.code === "plan-year-not-after-header")?.message.en).toBe(
      "The plan year given (2024) does not come after the 2024 review the header states in cell A2. Correct the plan year (command line: --plan-year).",
    );
  });

  it("names every table whose header disagrees, each at its own cell", () => {
    const district = (sheet: string, year: number) =>
      grid([["TT", "Xã", `Tổng số hộ dân năm ${year}`, "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"], [1, `Xã ${sheet}`, 100, 10, 2]], { sheet });
    const analysis = analyze([district("Huyện A", 2020), district("Huyện B", 2021)], { baseYear: 2021 });
    expect(yearFindings(analysis.issues)).toEqual([["base-year-contradicts-header", "warning", "Huyện A", "C1", 2021, 2020]]);
  });
});
