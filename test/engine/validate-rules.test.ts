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

  it("asks no households of the units when the table gives them on its total row only", () => {
    const rows: Rows = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã A", null, 20], [2, "Xã B", null, 40], [null, "Tổng cộng", 3000, 60]];
    expect(findings(grid(rows))).toEqual([]);
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
