/**
 * District files read by the web page (each grid's `source`: its file and the sheet's own name there).
 * Districts mostly send "Sheet1": a finding names the file, a table whose title names no district is
 * named after its file, and two files with the same units say to remove one file, not to choose a sheet.
 */
import { analyze, findingValue, WHOLE_PLAN } from "../../src/engine";
import { checksLayout } from "../../src/engine/appendix/checks-layout";
import type { Grid } from "../../src/engine/cells/grid";
import { grid } from "../helpers/grid";

/** A district's review as one file's "Sheet1": title, header, communes, "Toàn huyện". */
function district(title: string, sheet: string, file: string | null, communes: [string, number, number][], year = 2022): Grid {
  const households = communes.reduce((sum, c) => sum + c[1], 0);
  const poor = communes.reduce((sum, c) => sum + c[2], 0);
  const rate = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;
  const values = [
    [title],
    [`BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM ${year}`],
    ["TT", "Xã, thị trấn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
    ...communes.map(([name, h, p], i) => [i + 1, name, h, p, rate(p, h)]),
    [null, "Toàn huyện", households, poor, rate(poor, households)],
  ];
  return { ...grid(values, { sheet }), ...(file === null ? {} : { source: { file, sheet: "Sheet1" } }) };
}

const HAI_LANG: [string, number, number][] = [
  ["Xã Hải An", 1200, 60],
  ["Xã Hải Khê", 900, 45],
];
const DAKRONG: [string, number, number][] = [
  ["Xã Tà Long", 800, 300],
  ["Xã A Ngo", 700, 210],
];

test("a table whose title names no unit is named after its file, and a note says so with the file and the sheet", () => {
  const grids = [
    district("BIỂU TỔNG HỢP", "Sheet1", "Hải Lăng.xlsx", HAI_LANG),
    district("UBND HUYỆN ĐAKRÔNG", "Đakrông - rà soát 2022 - Sheet1", "Đakrông - rà soát 2022.xlsx", DAKRONG),
  ];
  const { plan, issues } = analyze(grids, { targetHouseholds: 50, currentYear: 2023 });
  expect(plan?.units.map((unit) => unit.name)).toEqual(["Hải Lăng", "Huyện Đakrông"]);
  const notes = issues.filter((issue) => issue.code === "table-named-after-file");
  expect(notes.map((issue) => [issue.severity, issue.sheet, issue.source, issue.message.vi, issue.message.en])).toEqual([
    [
      "info",
      "Sheet1",
      { file: "Hải Lăng.xlsx", sheet: "Sheet1" },
      'Tiêu đề bảng ở trang "Sheet1" của tệp "Hải Lăng.xlsx" không ghi tên đơn vị: phụ lục ghi đơn vị này là "Hải Lăng", theo tên tệp. Nếu chưa đúng, hãy ghi tên đơn vị vào tiêu đề bảng (như "UBND HUYỆN …") hoặc đổi tên tệp, rồi chọn lại tệp.',
      'The title of the table on sheet "Sheet1" of "Hải Lăng.xlsx" names no unit: the appendix calls it "Hải Lăng", after the file. If that is wrong, write the unit\'s name in the table\'s title (such as "UBND HUYỆN …") or rename the file, and choose the file again.',
    ],
  ]);
});

test("one workbook (no file given) keeps the sheet's name for a table whose title names no unit, with no note", () => {
  const grids = [district("BIỂU TỔNG HỢP", "Hải Lăng", null, HAI_LANG), district("UBND HUYỆN ĐAKRÔNG", "Sheet2", null, DAKRONG)];
  const { plan, issues } = analyze(grids, { targetHouseholds: 50, currentYear: 2023 });
  expect(plan?.units.map((unit) => unit.name)).toEqual(["Hải Lăng", "Huyện Đakrông"]);
  expect(issues.filter((issue) => issue.code === "table-named-after-file")).toEqual([]);
  expect(issues.filter((issue) => issue.source !== undefined)).toEqual([]);
});

test("every finding on a file's sheet carries the file and the sheet's own name there", () => {
  const wrongTotal = district("UBND HUYỆN GIO LINH", "gio-linh - Sheet1", "gio-linh.xlsx", HAI_LANG);
  // The district's own total states 106 poor households where its communes add up to 105.
  wrongTotal.values[5][3] = 106;
  const grids = [wrongTotal, district("UBND HUYỆN ĐAKRÔNG", "trieu-phong - Sheet1", "trieu-phong.xlsx", DAKRONG)];
  const { issues } = analyze(grids, { targetHouseholds: 50, currentYear: 2023 });
  const mismatch = issues.find((issue) => issue.code === "total-mismatch" && issue.cell === "D6");
  expect(mismatch).toMatchObject({ sheet: "gio-linh - Sheet1", source: { file: "gio-linh.xlsx", sheet: "Sheet1" } });
});

test("two files with the same units: the error names both files and says to remove one with its ×, and shows its years as years", () => {
  const old = district("UBND HUYỆN GIO LINH", "gio-linh - Sheet1", "gio-linh.xlsx", HAI_LANG, 2021);
  const fixed = district("UBND HUYỆN GIO LINH", "gio-linh (da sua) - Sheet1", "gio-linh (da sua).xlsx", HAI_LANG, 2022);
  const { issues, tables } = analyze([old, fixed], { targetHouseholds: 50, currentYear: 2023 });
  expect(tables.map((table) => table.sheet)).toEqual(["gio-linh (da sua) - Sheet1"]);
  const clash = issues.filter((issue) => issue.code === "same-units-sheets");
  expect(clash.map((issue) => [issue.message.vi, issue.message.en])).toEqual([
    [
      'Tệp "gio-linh.xlsx" (năm 2021) và tệp "gio-linh (da sua).xlsx" (năm 2022) có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy tệp "gio-linh (da sua).xlsx" (năm mới nhất). Hãy bỏ một tệp: bấm "×" bên tên tệp đó ở bước 1.',
      'Files "gio-linh.xlsx" (2021) and "gio-linh (da sua).xlsx" (2022) hold the same units: they are separate tables and cannot be added up. The plan uses "gio-linh (da sua).xlsx" (the latest year). Remove one of them: click the "×" beside its name in step 1.',
    ],
  ]);
  expect([findingValue(clash[0], clash[0].actual, "vi"), findingValue(clash[0], clash[0].expected, "en")]).toEqual(["2021", "2022"]);
});

test("a count in a finding keeps its thousands separator; only years are written without one", () => {
  const wrongTotal = district("UBND HUYỆN GIO LINH", "Sheet1", null, [
    ["Xã Gio An", 12000, 600],
    ["Xã Gio Bình", 9000, 450],
  ]);
  wrongTotal.values[5][2] = 21500;
  const { issues } = analyze([wrongTotal], { targetHouseholds: 50, currentYear: 2023 });
  const mismatch = issues.find((issue) => issue.code === "total-mismatch" && issue.cell === "C6");
  expect(mismatch && [findingValue(mismatch, mismatch.actual, "vi"), findingValue(mismatch, mismatch.expected, "en")]).toEqual(["21.500", "21,000"]);
});

describe("a finding about the plan of several files", () => {
  // Vĩnh Linh's file leaves Xã Vĩnh Khê's poor households blank; no file has a target column.
  const vinhLinh = district("HUYỆN VĨNH LINH", "VL", "Vĩnh Linh 2022.xlsx", [
    ["Xã Vĩnh Thái", 1000, 50],
    ["Xã Vĩnh Khê", 500, 0],
  ]);
  vinhLinh.values[4][3] = null;
  vinhLinh.values[4][4] = null;
  const grids = [district("UBND HUYỆN ĐAKRÔNG", "Dakrong 2022", "Đakrông.xlsx", DAKRONG), vinhLinh];
  const placeOf = (issues: { code: string; sheet: string; source?: { file: string } }[], code: string) =>
    issues.filter((issue) => issue.code === code).map((issue) => [issue.sheet, issue.source?.file]);

  it("without a goal: the missing target is about no one sheet, and the units without poor households are on their own file's sheet", () => {
    for (const detail of [true, false]) {
      const { issues } = analyze(grids, { currentYear: 2023, detail });
      expect(placeOf(issues, "no-target")).toEqual([[WHOLE_PLAN, undefined]]);
      expect(placeOf(issues, "units-without-figures")).toEqual([["VL", "Vĩnh Linh 2022.xlsx"]]);
    }
  });

  it("with a goal: how it was shared is about no one sheet, and the checks sheet leaves its sheet empty", () => {
    const { tables, issues } = analyze(grids, { currentYear: 2023, targetHouseholds: 50, detail: true });
    expect(placeOf(issues, "goal-allocated")).toEqual([[WHOLE_PLAN, undefined]]);
    const checks = checksLayout(tables, issues, "vi");
    const row = 4 + issues.findIndex((issue) => issue.code === "goal-allocated");
    expect(checks.cells.find((cell) => cell.row === row && cell.col === 3)?.value).toBeNull();
  });
});
