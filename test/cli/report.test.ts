/** The command line's printed summary, from a real analysis of a small table. */
import { analyze, type Grid } from "../../src/engine";
import { humanReport } from "../../src/cli/report";

// Three communes and no total row: the appendix adds its own total ("Tổng cộng") and says so in a note;
// no year is stated (a warning) and 24 is shared in steps of 5 (a note).
const communes: Grid = {
  sheet: "Xã",
  origin: "A1",
  values: [
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"],
    [1, "Xã A", 1000, 100],
    [2, "Xã B", 2000, 100],
    [3, "Xã C", 1000, 40],
  ],
};

const written = { sheet: "Phụ lục 2026", file: "xa.xlsx" };

test("in English the tool's own total label is English and each count agrees with its number", () => {
  const report = humanReport(analyze([communes], { targetHouseholds: 24 }), "en", written);
  // 4,000 households, 240 poor (6%); 24 lifted out leave 216 of 4,028 projected households (5.36%).
  expect(report).toContain("Total: 4,000 households, 240 poor (6.00%) → lift out 24, 216 remain (5.36%), rate down 0.64 points");
  expect(report).toContain("Check: 0 errors, 1 warning, 2 notes");
});

test("in Vietnamese the same total keeps the appendix's label", () => {
  const report = humanReport(analyze([communes], { targetHouseholds: 24 }), "vi", written);
  expect(report).toContain("Tổng cộng: 4.000 hộ, 240 hộ nghèo (6,00%) → phấn đấu giảm 24 hộ, còn 216 hộ (5,36%), tỷ lệ nghèo giảm 0,64 điểm %");
  expect(report).toContain("Kết quả kiểm tra: 0 lỗi, 1 cảnh báo, 2 thông tin");
});

test("a source's own total label is data, shown as written in either language", () => {
  const withTotal: Grid = { ...communes, values: [...communes.values, [null, "Toàn xã", 4000, 240]] };
  const report = humanReport(analyze([withTotal], { targetHouseholds: 24 }), "en", written);
  expect(report).toContain("Toàn xã: 4,000 households");
  expect(report).toContain("Check: 0 errors, 1 warning, 1 note");
});

test("a workbook with no table to plan from ends by saying nothing was written, in either language", () => {
  // A near-poor-only table is passed over with a note: no error, yet no appendix (exit 2).
  const nearPoorOnly: Grid = { sheet: "Cận nghèo", origin: "A1", values: [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ cận nghèo"], [1, "Xã A", 1000, 80]] };
  const analysis = analyze([nearPoorOnly]);
  expect(humanReport(analysis, "vi", null).trim().split("\n").pop()).toBe(
    "Chưa ghi phụ lục: không tìm thấy bảng hộ nghèo nào để lập chỉ tiêu (xem các dòng ở trên; chọn trang bằng --sheet, hoặc chỉ cột bằng --map TRƯỜNG=CỘT).",
  );
  expect(humanReport(analysis, "en", null).trim().split("\n").pop()).toMatch(/^No appendix written: no table of poor households was found/);
});
