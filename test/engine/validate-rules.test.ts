/**
 * The validation rules on small tables worked by hand: each expected finding (cell, figures, message) is
 * read off the grid in the comments, not taken from the engine.
 */
import { detectTables } from "../../src/engine/detect/detect";
import { validateTable } from "../../src/engine/validate/validate";
import { grid } from "../helpers/grid";

type Rows = Parameters<typeof grid>[0];
const findings = (g: ReturnType<typeof grid>, growth = 0) =>
  validateTable(detectTables(g).tables[0], growth).map((i) => [i.severity, i.cell, i.code, i.actual, i.expected, i.message.vi]);

describe("cells", () => {
  it("tells a formula saved without its value from an error value, and error text typed in a cell; a rate may not be negative", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
      [1, "Xã A", { error: "#FORMULA?" }, 5, 1],
      [2, "Xã B", { error: "#DIV/0!" }, 5, -1],
      [3, "Xã C", 100, "#N/A", 2],
      // The units' households and poor households hold errors: no sum to check them against. 10 / 100 = 10 %, not 2.
      [null, "Cộng", 100, 10, 2],
    ];
    expect(findings(grid(rows))).toEqual([
      ["error", "C2", "formula-without-value", null, null, 'Ô có công thức chưa có giá trị ("Tổng số hộ dân" (Xã A)): mở tệp bằng Excel và lưu lại để công thức được tính.'],
      ["error", "C3", "error-value", null, null, 'Ô chứa lỗi #DIV/0! thay cho "Tổng số hộ dân" (Xã B).'],
      ["error", "E3", "negative", -1, null, '"Tỷ lệ hộ nghèo (%)" (Xã B) không được âm (-1).'],
      ["error", "D4", "error-value", null, null, 'Ô chứa lỗi #N/A thay cho "Số hộ nghèo" (Xã C).'],
      ["error", "E5", "ratio-mismatch", 2, 10, '"Tỷ lệ hộ nghèo (%)" (Cộng) ghi 2, tính lại từ D5/C5 được 10,00.'],
    ]);
  });

  it("asks no households of the units when the table gives them on its total row only, but still their poor households", () => {
    const rows: Rows = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã A", null, 20], [2, "Xã B", null, 40], [3, "Xã C", null, null], [null, "Tổng cộng", 3000, 60]];
    expect(findings(grid(rows))).toEqual([["error", "D4", "missing-value", null, null, 'Thiếu "Số hộ nghèo" (Xã C).']]);
  });
});

describe("sums", () => {
  it("checks poor plus near-poor households against their sum column, on units and the total", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo", "Tổng số hộ nghèo và hộ cận nghèo"],
      [1, "Xã A", 1000, 50, 30, 81], // 50 + 30 = 80
      [2, "Xã B", 1000, 50, 30, 80],
      [null, "Cộng", 2000, 100, 60, 161], // 81 + 80 = 161 as a total, but 100 + 60 = 160
    ];
    expect(findings(grid(rows))).toEqual([
      ["error", "F2", "poor-and-near-poor-sum", 81, 80, '"Tổng số hộ nghèo và hộ cận nghèo" (Xã A) ghi 81, hộ nghèo + hộ cận nghèo được 80.'],
      ["error", "F4", "poor-and-near-poor-sum", 161, 160, '"Tổng số hộ nghèo và hộ cận nghèo" (Cộng) ghi 161, hộ nghèo + hộ cận nghèo được 160.'],
    ]);
  });

  // Hà Tĩnh's form: "Hộ nghèo" over "Tổng số hộ nghèo" and, under "Trong đó", the poor by income and by lack of services.
  const kinds = (units: Rows): Rows => [
    ["TT", "Đơn vị", "Tổng số hộ dân", "Hộ nghèo", null, null],
    [null, null, null, "Tổng số hộ nghèo", "Trong đó", null],
    [null, null, null, null, "Hộ nghèo về thu nhập", "Hộ nghèo thiếu hụt đa chiều"],
    ...units,
  ];
  const kindsMerges = ["A1:A3", "B1:B3", "C1:C3", "D1:F1", "D2:D3", "E2:F2"];

  it("reads the poor by income and by lack of services as parts of the poor households and checks they add up", () => {
    const rows = kinds([
      [1, "Xã A", 1000, 50, 20, 30],
      [2, "Xã B", 1000, 40, 15, 30], // 15 + 30 = 45, not 40
      // Every figure is its units' sum; 35 + 60 = 95, not 90, only through Xã B's own error: not said twice.
      [null, "Cộng", 2000, 90, 35, 60],
    ]);
    const g = grid(rows, { merges: kindsMerges });
    expect(detectTables(g).issues).toEqual([]);
    expect(findings(g)).toEqual([
      ["error", "F5", "poverty-kinds-sum", 45, 40, '"Hộ nghèo về thu nhập" + "Hộ nghèo thiếu hụt đa chiều" (Xã B): E5 + F5 = 45, khác số hộ nghèo 40.'],
    ]);
  });

  it("checks the total's parts itself when a unit gives none", () => {
    // Xã B gives no parts, so nothing sums them: the total's 20 + 75 = 95 is checked against its 90.
    const rows = kinds([
      [1, "Xã A", 1000, 50, 20, 30],
      [2, "Xã B", 1000, 40, null, null],
      [null, "Cộng", 2000, 90, 20, 75],
    ]);
    expect(findings(grid(rows, { merges: kindsMerges }))).toEqual([
      ["error", "F6", "poverty-kinds-sum", 95, 90, '"Hộ nghèo về thu nhập" + "Hộ nghèo thiếu hụt đa chiều" (Cộng): E6 + F6 = 95, khác số hộ nghèo 90.'],
    ]);
  });

  it("flags a near-poor target above the near-poor households at the target cell, as a poor one", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ cận nghèo", "Số hộ nghèo phấn đấu giảm", "Số hộ cận nghèo phấn đấu giảm"],
      [1, "Xã A", 1000, 50, 40, 10, 41], // 41 near-poor to lift out of 40
      [2, "Xã B", 1000, 50, 40, 50, 40], // all of them: allowed
      [null, "Cộng", 2000, 100, 80, 60, 81], // the sums: 81 of 80, as the poor rule says of a total
    ];
    expect(findings(grid(rows))).toEqual([
      ["error", "G2", "target-exceeds-near-poor", 41, 40, "Số hộ cận nghèo phấn đấu giảm (Xã A): 41, lớn hơn số hộ cận nghèo (40)."],
      ["error", "G4", "target-exceeds-near-poor", 81, 80, "Số hộ cận nghèo phấn đấu giảm (Cộng): 81, lớn hơn số hộ cận nghèo (80)."],
    ]);
  });

  it("says a unit's wrong poor + near-poor count once: the rate over it and the total that does not add it are right", () => {
    // The ministry's form, no households: Xã B's 412 poor at 2.06 % and 618 near-poor at 3.09 % are 20,000 households.
    // Its 1,040 poor and near-poor should be 412 + 618 = 1,030; the 5.15 % beside it is 1,030 / 20,000, right.
    // The total's 1,864 is 834 + 1,030: right, though the units as written add up to 1,874.
    const rows: Rows = [
      ["TT", "Huyện", "Tỷ lệ nghèo đa chiều (%)", "Tổng số hộ nghèo và hộ cận nghèo", "Tỷ lệ hộ nghèo (%)", "Hộ nghèo", "Tỷ lệ hộ cận nghèo (%)", "Hộ cận nghèo"],
      [null, "Toàn tỉnh", 6.21, 1864, 3.12, 935, 3.1, 929],
      [1, "Xã A", 8.34, 834, 5.23, 523, 3.11, 311],
      [2, "Xã B", 5.15, 1040, 2.06, 412, 3.09, 618],
    ];
    expect(findings(grid(rows))).toEqual([
      ["error", "D4", "poor-and-near-poor-sum", 1040, 1030, '"Tổng số hộ nghèo và hộ cận nghèo" (Xã B) ghi 1.040, hộ nghèo + hộ cận nghèo được 1.030.'],
    ]);
  });

  it("flags a total one household off, and judges the total's rate by the units' sum", () => {
    // Households 1,000 + 2,000 = 3,000, not 3,001; the rate 60 / 3,000 = 2 % fits the sum.
    const rows: Rows = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], [1, "Xã A", 1000, 20, 2], [2, "Xã B", 2000, 40, 2], [null, "Tổng cộng", 3001, 60, 2]];
    expect(findings(grid(rows))).toEqual([["error", "C4", "total-mismatch", 3001, 3000, 'Dòng tổng: "Tổng số hộ dân" ghi 3.001, cộng các đơn vị được 3.000.']]);
  });

  it("checks a group's figures against its units, says a rate that fits the wrong figure follows it, and finds a unit twice in a group", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
      ["I", "Khu vực thành thị", 3000, 61, 2.03], // 20 + 40 = 60 poor; 61 / 3,000 = 2.03 %, 60 / 3,000 = 2.00 %
      [1, "Phường A", 1000, 20, 2],
      [2, "Phường B", 2000, 40, 2],
      ["II", "Khu vực nông thôn", 2000, 200, 10],
      [1, "Xã C", 1000, 100, 10],
      [2, "Xã C", 1000, 100, 10],
      [null, "Tổng cộng", 5000, 260, 5.2], // 20 + 40 + 100 + 100 = 260; 260 / 5,000 = 5.2 %
    ];
    expect(findings(grid(rows))).toEqual([
      ["warning", "E2", "ratio-follows-sum", 2.03, 2, '"Tỷ lệ hộ nghèo (%)" (Khu vực thành thị) ghi 2,03, khớp với số của dòng, nhưng ô D2 khác tổng các đơn vị: sửa ô đó thì tỷ lệ là 2,00.'],
      ["error", "D2", "group-mismatch", 61, 60, 'Dòng "Khu vực thành thị": "Số hộ nghèo" ghi 61, cộng các đơn vị trong nhóm được 60.'],
      ["error", "B7", "duplicate-unit", null, null, 'Đơn vị "Xã C" xuất hiện hai lần trong nhóm "Khu vực nông thôn" (lần đầu ở B6).'],
    ]);
  });
});

describe("rates", () => {
  const RATE_HEADER = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"];

  it("says once that a rate column holds fractions of 1, not percents, when every figure is a hundredth of its rate", () => {
    // 73 / 1,456 = 5.0137 % (0.0501 is 5.01 %), 304 / 1,085 = 28.0184 % (0.2802), 377 / 2,541 = 14.8367 % (0.1484).
    const rows: Rows = [RATE_HEADER, [1, "Xã A", 1456, 73, 0.0501], [2, "Xã B", 1085, 304, 0.2802], [null, "Cộng", 2541, 377, 0.1484]];
    expect(findings(grid(rows))).toEqual([
      [
        "warning",
        "E2",
        "rates-as-fractions",
        0.0501,
        5.01,
        'Cột "Tỷ lệ hộ nghèo (%)" ghi tỷ lệ dạng phần của 1, không phải phần trăm: ở 3 dòng, số ghi bằng 1/100 tỷ lệ tính từ số hộ (E2 ghi 0,0501, tức 5,01%). Phụ lục tính lại tỷ lệ theo phần trăm; hãy nhân cột này với 100 hoặc định dạng ô là %.',
      ],
    ]);
  });

  it("judges each cell on its own when the column mixes percents and fractions", () => {
    // Xã B's 28.02 is a percent: Xã A's 0.0501 is then one wrong rate, not a column of fractions.
    const rows: Rows = [RATE_HEADER, [1, "Xã A", 1456, 73, 0.0501], [2, "Xã B", 1085, 304, 28.02], [null, "Cộng", 2541, 377, 14.84]];
    expect(findings(grid(rows))).toEqual([["error", "E2", "ratio-mismatch", 0.0501, 5.0137, '"Tỷ lệ hộ nghèo (%)" (Xã A) ghi 0,0501, tính lại từ D2/C2 được 5,01.']]);
  });

  it("says two rates of a row disagree when households come from one of them", () => {
    // No households column: Xã B's 41 poor at 2.05 % are 2,000 households, so its 30 near-poor are 1.50 %, not 1.2.
    // Xã A: 30 / 1.5 % = 50 / 2.5 % = 2,000. The total: 71 / 4,000 = 1.78 %, 80 / 4,000 = 2 %.
    const rows: Rows = [
      ["TT", "Đơn vị", "Hộ nghèo", null, "Hộ cận nghèo", null],
      [null, null, "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", "Số hộ"],
      [1, "Xã A", 1.5, 30, 2.5, 50],
      [2, "Xã B", 2.05, 41, 1.2, 30],
      [null, "Cộng", 1.78, 71, 2, 80],
    ];
    expect(findings(grid(rows, { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"] }))).toEqual([
      [
        "error",
        "E4",
        "rates-disagree",
        1.2,
        1.5,
        '"Tỷ lệ hộ cận nghèo (%)" (Xã B) ghi 1,2, không khớp với "Tỷ lệ hộ nghèo (%)" ở C4: cùng một số hộ dân thì phải là 1,50. Một trong hai tỷ lệ sai.',
      ],
    ]);
  });

  it("allows a rate over estimated households the estimate's own margin", () => {
    // 51 near-poor at 2.51 % are 2,032 households, give or take 5 (2.505 % to 2.515 %). 30 poor over 2,032 are
    // 1.4764 %: 0.0064 off the 1.47 written, more than half its last decimal (0.005) but within 0.005 + 1.4764 × 5 / 2,032.
    const rows: Rows = [["TT", "Đơn vị", "Hộ nghèo", null, "Hộ cận nghèo", null], [null, null, "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", "Số hộ"], [1, "Xã A", 1.47, 30, 2.51, 51]];
    expect(findings(grid(rows, { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"] })).map((f) => f[2])).toEqual(["no-total-row"]);
  });

  it("checks one share of the poor without its pair, and no rate without its denominator's column", () => {
    // 20 / 50 = 40 %, not 50; there is no second share to add up to 100.
    const shares: Rows = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo thuộc CS BTXH (%)", "Hộ nghèo thuộc CS BTXH"], [1, "Xã A", 1000, 50, 40, 20], [2, "Xã B", 1000, 50, 50, 20]];
    expect(findings(grid(shares)).map((f) => f.slice(0, 5))).toEqual([
      ["error", "E3", "ratio-mismatch", 50, 40],
      ["info", null, "no-total-row", null, null],
    ]);
    // A planned rate with no projected households column to divide by.
    const plan: Rows = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo dự kiến còn lại", "Tỷ lệ hộ nghèo dự kiến (%)"], [1, "Xã A", 1000, 50, 40, 4]];
    expect(findings(grid(plan)).map((f) => f[2])).toEqual(["no-total-row"]);
  });
});

describe("plan columns", () => {
  it("checks a unit's projection against the growth but not the total's, and lets a rate reduction be negative", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tổng số hộ dân dự kiến", "Số hộ nghèo phấn đấu giảm", "Tỷ lệ hộ nghèo dự kiến (%)", "Tỷ lệ nghèo giảm (%)"],
      // 1,000 × 1.01 = 1,010; (100 − 20) / 1,010 = 7.92 %; 10 − 7.92 = 2.08.
      [1, "Xã A", 1000, 100, 1010, 20, 7.92, 2.08],
      // 1,009 is not 1,010; (100 − 20) / 1,009 = 7.93 % fits; 10 − 7.93 = 2.07, not −1 (a negative reduction is no "negative" finding).
      [2, "Xã B", 1000, 100, 1009, 20, 7.93, -1],
      // The total's projection is the units' 2,019, not 2,000 × 1.01.
      [null, "Cộng", 2000, 200, 2019, 40, 7.92, 2.08],
    ];
    expect(findings(grid(rows), 1)).toEqual([
      ["warning", "E3", "projection-differs", 1009, 1010, "Số hộ dân dự kiến (Xã B) ghi 1.009, tăng 1% thì được 1.010; giữ số của bảng."],
      ["warning", "H3", "plan-mismatch", -1, 2.07, '"Tỷ lệ nghèo giảm (%)" (Xã B) ghi -1, tính lại được 2,07; phụ lục ghi số tính lại.'],
    ]);
  });
});

describe("a unit's wrong plan figure and the total", () => {
  it("takes a total that adds up the units' recomputed remaining poor as right: the unit's warning is the one finding (w13b's I11)", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm", "Số hộ nghèo còn lại"],
      [1, "Xã A", 1000, 100, 20, 80],
      // 35 − 5 = 30, not 33.
      [2, "Xã B", 1000, 35, 5, 33],
      // 80 + 30 = 110 = 135 − 25: right; the written units add up to 113.
      [null, "Cộng", 2000, 135, 25, 110],
    ];
    expect(findings(grid(rows))).toEqual([["warning", "F3", "plan-mismatch", 33, 30, '"Số hộ nghèo dự kiến còn lại" (Xã B) ghi 33, tính lại được 30; phụ lục ghi số tính lại.']]);
  });
});

describe("the table's own plan rate", () => {
  // w13's layout: the plan group gives the remaining poor and the year-end rate, and no projection.
  const planGroup = (rows: Rows) =>
    grid(
      [
        ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Kế hoạch năm 2024", null, null],
        [null, null, null, null, "Số hộ nghèo phấn đấu giảm", "Số hộ nghèo còn lại", "Tỷ lệ hộ nghèo cuối năm (%)"],
        ...rows,
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"] },
    );

  it("is recomputed over the households the appendix projects, with the README's tolerance of half its last decimal", () => {
    const rows: Rows = [
      // 2,810 × 1.007 = 2,829.67 → 2,830; 18 / 2,830 = 0.636 %: 0.64 fits.
      [1, "Phường 1", 2810, 22, 4, 18, 0.64],
      // 2,450 × 1.007 → 2,467; 15 / 2,467 = 0.608 %, not 9.99 (w13c's J8).
      [2, "Phường 2", 2450, 18, 3, 15, 9.99],
      // 2,190 × 1.007 → 2,205; 26 / 2,205 = 1.179 %: 1.19 is 0.011 off. 26 / 2,190 = 1.187 %: the rate was taken over this year's households.
      [3, "Phường 3", 2190, 31, 5, 26, 1.19],
      // 1,720 × 1.007 → 1,732; 34 / 1,732 = 1.963 %, 34 / 1,720 = 1.977 %: 1.98 is over this year's households too.
      [6, "Phường Đông Giang", 1720, 40, 6, 34, 1.98],
      // The total's projection is its units': 2,830 + 2,467 + 2,205 + 1,732 = 9,234; 93 / 9,234 = 1.007 %: 1.01 fits.
      [null, "Toàn thành phố", 9170, 111, 18, 93, 1.01],
    ];
    const found = validateTable(detectTables(planGroup(rows)).tables[0], 0.7);
    expect(found.map((i) => [i.severity, i.cell, i.code, i.actual, i.expected, i.message.vi])).toEqual([
      ["warning", "G4", "plan-mismatch", 9.99, 0.61, '"Tỷ lệ hộ nghèo kế hoạch (%)" (Phường 2) ghi 9,99, tính lại được 0,61; phụ lục ghi số tính lại.'],
      // Two rows over this year's households: one finding for the column, at the first.
      [
        "warning",
        "G5",
        "plan-rate-without-growth",
        1.19,
        1.18,
        'Cột "Tỷ lệ hộ nghèo kế hoạch (%)" tính tỷ lệ trên tổng số hộ dân năm rà soát, chưa tính số hộ tăng thêm: 2 dòng khác tỷ lệ trên số hộ dân dự kiến (G5 ghi 1,19, tính lại được 1,18). Phụ lục ghi tỷ lệ trên số hộ dân dự kiến.',
      ],
    ]);
    expect(found[1].message.en).toBe(
      'Column "Planned poverty rate (%)" works the rate out over the review year\'s households, without their growth: 2 rows differ from the rate over the projected households (G5 says 1.19, recomputed it is 1.18). The appendix writes the rate over the projected households.',
    );
  });

  it("takes a total's projection as the sum of its units', as the appendix does, not its households grown", () => {
    // 170 × 1.007 = 171.19 → 171 each, 513 in all; 510 × 1.007 = 513.57 → 514. 34 / 171 = 19.883 %; 102 / 513 = 19.883 %, 102 / 514 = 19.844 %.
    const unit = (n: number): Rows[number] => [n, `Xã ${n}`, 170, 40, 6, 34, 19.88];
    expect(findings(planGroup([unit(1), unit(2), unit(3), [null, "Cộng", 510, 120, 18, 102, 19.88]]), 0.7)).toEqual([]);
  });

  it("takes the remaining poor as poor − target, so a wrong remaining figure is said once, not again in its rate", () => {
    // 35 − 5 = 30, not 33; 30 / ROUND(3,050 × 1.007) = 30 / 3,071 = 0.977 %: 0.98 fits the right figure.
    const rows: Rows = [[5, "Phường 5", 3050, 35, 5, 33, 0.98]];
    expect(findings(planGroup(rows), 0.7).map((f) => [f[1], f[2]])).toEqual([["F3", "plan-mismatch"], [null, "no-total-row"]]);
  });
});

describe("a households figure mistyped (w18's Cam Nghĩa: 190 for 1,900)", () => {
  const header = ["TT", "Xã", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ cận nghèo", "Tỷ lệ hộ cận nghèo (%)"];
  const units: Rows = [
    [1, "Thị trấn Cam Lộ", 2900, 60, 2.07, 90, 3.1],
    [2, "Xã Cam Hiếu", 1800, 70, 3.89, 95, 5.28],
    // 88 / 4.63 × 100 = 1,900.6 and 110 / 5.79 × 100 = 1,899.8: both rates fit 1,900 households, not 190.
    [3, "Xã Cam Nghĩa", 190, 88, 4.63, 110, 5.79],
  ];

  it("is blamed on the households cell, once, when both rates and the total agree on the right figure", () => {
    // 6,600 − (2,900 + 1,800) = 1,900: the total adds up with C4 at 1,900; 218 / 6,600 = 3.30 %, 295 / 6,600 = 4.47 %.
    const rows: Rows = [...units, [null, "Cộng toàn huyện", 6600, 218, 3.3, 295, 4.47]];
    const found = validateTable(detectTables(grid([header, ...rows])).tables[0], 0);
    expect(found.map((i) => [i.severity, i.cell, i.code, i.actual, i.expected, i.message.vi])).toEqual([
      [
        "error",
        "C4",
        "households-mistyped",
        190,
        1900,
        '"Tổng số hộ dân" (Xã Cam Nghĩa) ghi 190, nhưng các tỷ lệ của dòng (E4, G4) ứng với 1.900 hộ, và dòng tổng cộng khớp khi ô này là 1.900: có lẽ ô này gõ nhầm. Sửa ô này thì các tỷ lệ và dòng tổng đều khớp.',
      ],
    ]);
    expect(found[0].message.en).toBe(
      '"Households" (Xã Cam Nghĩa) says 190, but the row\'s rates (E4, G4) fit 1,900 households, and the total adds up with 1,900 here: this cell is probably mistyped. With it fixed, the rates and the total agree.',
    );
  });

  it("is blamed on the households cell when both rates agree, with no total to confirm it", () => {
    expect(findings(grid([header, ...units])).map((f) => [f[0], f[1], f[2], f[3], f[4]])).toEqual([
      ["error", "C4", "households-mistyped", 190, 1900],
      ["info", null, "no-total-row", null, null],
    ]);
    expect(findings(grid([header, ...units]))[0][5]).toContain("ứng với khoảng 1.900 hộ: có lẽ ô này gõ nhầm");
  });

  it("stays on the rate when one rate alone disagrees and nothing else points at the households", () => {
    const oneRate = [["TT", "Xã", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], [1, "Xã A", 190, 88, 4.63]];
    expect(findings(grid(oneRate)).map((f) => [f[1], f[2]])).toEqual([["E2", "ratio-mismatch"], [null, "no-total-row"]]);
  });
});

describe("what a rule skips", () => {
  it("judges no bound or sum over a figure the row lacks, and asks for the total's poor households too", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
      [1, "Xã A", 100.5, "khoảng 50", 10], // a target of 10 over unreadable poor households: no bound
      [2, "Xã B", 1000, null, 10], // the same over none
      [3, "Xã C", null, 20, 5],
      // Households and poor households have gaps among the units: no sum; the targets add up, 10 + 10 + 5 = 25.
      [null, "Cộng", 2000, null, 25],
    ];
    expect(findings(grid(rows))).toEqual([
      ["error", "C2", "not-whole", 100.5, null, '"Tổng số hộ dân" (Xã A) phải là số nguyên, ô ghi 100,5.'],
      ["error", "D2", "not-a-number", null, null, '"khoảng 50" không phải là số ("Số hộ nghèo" (Xã A)).'],
      ["error", "D3", "missing-value", null, null, 'Thiếu "Số hộ nghèo" (Xã B).'],
      ["error", "C4", "missing-value", null, null, 'Thiếu "Tổng số hộ dân" (Xã C).'],
      ["error", "D5", "missing-value", null, null, 'Thiếu "Số hộ nghèo" (Cộng).'],
    ]);
  });

  it("checks no group or total against units with a gap, and no group without figures", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"],
      ["I", "Khu vực thành thị", null, 60], // 20 + a gap: no sum for 60
      [1, "Phường A", 1000, 20],
      [2, "Phường B", 2000, null],
      ["II", "Khu vực nông thôn"], // a title, no figures
      [1, "Xã C", 1000, 100],
      [null, "Tổng cộng", 4000, 180], // households 1,000 + 2,000 + 1,000 = 4,000; poor households have a gap
    ];
    expect(findings(grid(rows))).toEqual([
      ["error", "D4", "missing-value", null, null, 'Thiếu "Số hộ nghèo" (Phường B).'],
      ["error", "C2", "missing-value", null, null, 'Thiếu "Tổng số hộ dân" (Khu vực thành thị).'],
    ]);
  });

  it("does not sum households estimated from a rate, in a group or the total", () => {
    // Phường A's households come from 20 poor at 2 %: 1,000, rounded one unit at a time, so 3,001 is not judged.
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
      ["I", "Khu vực thành thị", 3001, 60, 2],
      [1, "Phường A", null, 20, 2],
      [2, "Phường B", 2000, 40, 2],
      [null, "Tổng cộng", 3001, 60, 2],
    ];
    expect(findings(grid(rows))).toEqual([]);
  });

  it("adds the parts of the poor only when both parts and the whole are there, and says a table has no total", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Hộ nghèo thuộc CS BTXH", "Hộ nghèo thuộc CS giảm nghèo"],
      [1, "Xã A", 1000, 50, null, 29],
      [2, "Xã B", 1000, 50, 20, null],
      [3, "Xã C", 1000, null, 20, 30],
    ];
    expect(findings(grid(rows, { sheet: "Huyện A" }))).toEqual([
      ["error", "D4", "missing-value", null, null, 'Thiếu "Số hộ nghèo" (Xã C).'],
      ["info", null, "no-total-row", null, null, 'Bảng ở trang "Huyện A" không có dòng tổng; phụ lục tự cộng.'],
    ]);
  });

  it("recomputes a plan column only from the figures it needs, at the officer's growth", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tổng số hộ dân dự kiến", "Số hộ nghèo phấn đấu giảm", "Số hộ nghèo dự kiến còn lại"],
      [1, "Xã A", 1000, 100, 1010, 20, 81], // 1,000 × 1.007 = 1,007; 100 − 20 = 80
      [2, "Xã B", null, null, 1010, 20, 80], // no households, no poor households: nothing to recompute
      [3, "Xã C", 1000, 100, 1000, 20, 80], // as many as before is not fewer, but not 1,007 either
    ];
    expect(findings(grid(rows), 0.7)).toEqual([
      ["warning", "E2", "projection-differs", 1010, 1007, "Số hộ dân dự kiến (Xã A) ghi 1.010, tăng 0,7% thì được 1.007; giữ số của bảng."],
      ["warning", "G2", "plan-mismatch", 81, 80, '"Số hộ nghèo dự kiến còn lại" (Xã A) ghi 81, tính lại được 80; phụ lục ghi số tính lại.'],
      ["error", "C3", "missing-value", null, null, 'Thiếu "Tổng số hộ dân" (Xã B).'],
      ["error", "D3", "missing-value", null, null, 'Thiếu "Số hộ nghèo" (Xã B).'],
      ["warning", "E4", "projection-differs", 1000, 1007, "Số hộ dân dự kiến (Xã C) ghi 1.000, tăng 0,7% thì được 1.007; giữ số của bảng."],
      ["info", null, "no-total-row", null, null, 'Bảng ở trang "Sheet1" không có dòng tổng; phụ lục tự cộng.'],
    ]);
  });

  it("takes a rate reduction from the poverty rate as written, and skips the plan rate without a projection", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ nghèo phấn đấu giảm", "Tỷ lệ hộ nghèo dự kiến (%)", "Tỷ lệ nghèo giảm (%)"],
      // 100 / 1,000 is 10 %, not 12; the reduction 12 − 8 = 4 follows the rate written. No projection: 8 % is not judged.
      [1, "Xã A", 1000, 100, 12, 20, 8, 4],
      [2, "Xã B", null, 100, null, 20, 8, 1], // no rate to start from: the reduction is not judged
      [3, "Xã C", 1000, 100, 10, null, 9, 1],
    ];
    expect(findings(grid(rows))).toEqual([
      ["error", "E2", "ratio-mismatch", 12, 10, '"Tỷ lệ hộ nghèo (%)" (Xã A) ghi 12, tính lại từ D2/C2 được 10,00.'],
      ["error", "C3", "missing-value", null, null, 'Thiếu "Tổng số hộ dân" (Xã B).'],
      ["warning", "F4", "missing-target", null, null, 'Thiếu "Số hộ nghèo phấn đấu giảm" (Xã C): khi lấy chỉ tiêu từ cột này, đơn vị không có chỉ tiêu và dòng tổng không cộng được chỉ tiêu. Ghi 0 nếu đơn vị không giảm.'],
      ["info", null, "no-total-row", null, null, 'Bảng ở trang "Sheet1" không có dòng tổng; phụ lục tự cộng.'],
    ]);
  });
});

describe("more of what a rule needs", () => {
  it("recomputes a planned rate only from poor households, a target and the projection, and names its column", () => {
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tổng số hộ dân dự kiến", "Số hộ nghèo phấn đấu giảm", "Tỷ lệ hộ nghèo dự kiến (%)"],
      [1, "Xã A", 1000, 100, 1000, 20, 9], // (100 − 20) / 1,000 = 8 %
      [2, "Xã B", 1000, null, 1000, 20, 9],
      [3, "Xã C", 1000, 100, 1000, null, 9],
      [4, "Xã D", 1000, 100, 1000, 20, null],
    ];
    expect(findings(grid(rows))).toEqual([
      ["warning", "G2", "plan-mismatch", 9, 8, '"Tỷ lệ hộ nghèo kế hoạch (%)" (Xã A) ghi 9, tính lại được 8,00; phụ lục ghi số tính lại.'],
      ["error", "D3", "missing-value", null, null, 'Thiếu "Số hộ nghèo" (Xã B).'],
      ["warning", "F4", "missing-target", null, null, 'Thiếu "Số hộ nghèo phấn đấu giảm" (Xã C): khi lấy chỉ tiêu từ cột này, đơn vị không có chỉ tiêu và dòng tổng không cộng được chỉ tiêu. Ghi 0 nếu đơn vị không giảm.'],
      ["info", null, "no-total-row", null, null, 'Bảng ở trang "Sheet1" không có dòng tổng; phụ lục tự cộng.'],
    ]);
    // A rate reduction with no planned rate to take it from is not judged.
    expect(findings(grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ nghèo giảm (%)"], [1, "Xã A", 1000, 100, 2]])).map((f) => f[2])).toEqual(["no-total-row"]);
  });

  it("gives the recomputed rate to as many decimals as the cell shows, at least two", () => {
    // 100 / 3,000 = 3.3333 %, shown 0.000: 3.333.
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], [1, "Xã A", 3000, 100, 3]], { numberFormats: [[], [null, null, null, null, "0.000"]] });
    expect(findings(g)[0].slice(2, 5)).toEqual(["ratio-mismatch", 3, 3.333]);
  });

  it("calls a rate that fits neither its row nor the units' sum a mismatch, and names the wrong figure as a cause", () => {
    // 2.5 is neither 61 / 3,000 = 2.03 % nor 60 / 3,000 = 2.00 %.
    const rows: Rows = [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
      ["I", "Khu vực thành thị", 3000, 61, 2.5],
      [1, "Phường A", 1000, 20, 2],
      [2, "Phường B", 2000, 40, 2],
      [null, "Tổng cộng", 3000, 60, 2],
    ];
    expect(findings(grid(rows))[0]).toEqual([
      "error",
      "E2",
      "ratio-mismatch",
      2.5,
      2,
      '"Tỷ lệ hộ nghèo (%)" (Khu vực thành thị) ghi 2,5, tính lại từ D2/C2 được 2,00 (do ô D2 khác tổng các đơn vị; sửa ô đó trước).',
    ]);
  });

  it("adds poor and near-poor households only when both are there", () => {
    const rows: Rows = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo", "Tổng số hộ nghèo và hộ cận nghèo"], [1, "Xã A", 1000, null, 30, 80], [2, "Xã B", 1000, 50, null, 80]];
    expect(findings(grid(rows)).map((f) => f.slice(1, 3))).toEqual([["D2", "missing-value"], [null, "no-total-row"]]);
  });
});

describe("a blank cell in a target column (field test 4, P10: no finding, and the total's plan figures blank)", () => {
  const header = ["TT", "Huyện", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm", "Hộ cận nghèo", "Số hộ cận nghèo phấn đấu giảm"];
  const codesAt = (rows: Rows) => findings(grid([header, ...rows])).filter((f) => f[2] === "missing-target").map((f) => f[1]);

  it("is a warning at the cell, for poor and near-poor targets alike, where the unit's count is known", () => {
    expect(
      codesAt([
        [1, "Huyện Bắc Quang", 28760, 3120, 480, 900, 100],
        [2, "Huyện Quang Bình", 15320, 2870, null, 800, null],
      ]),
    ).toEqual(["E3", "G3"]);
  });

  it("is not said for a dash (none), an unreadable cell (its own finding), or a unit whose count is blank too", () => {
    expect(
      codesAt([
        [1, "Huyện Bắc Quang", 28760, 3120, "-", 900, 100],
        [2, "Huyện Quang Bình", 15320, 2870, "chưa giao", 800, 50],
        [3, "Huyện Vị Xuyên", 25410, null, null, null, null],
      ]),
    ).toEqual([]);
  });
});
