/**
 * The header words officers use and the field each column is read as (src/engine/detect/header-vocabulary.ts).
 * A path is the column's header texts from its group down to its own cell; `before` is the field of the
 * nearest mapped column to its left. Each expected field is what the column holds in the tables sent in.
 */
import { detectTables } from "../../src/engine/detect/detect";
import type { Field } from "../../src/engine/detect/fields";
import fc from "fast-check";
import { tidy } from "../../src/engine/cells";
import { classifyHeader, isNameHeader, isOrderHeader, isPlanPath, mayBeNameHeader } from "../../src/engine/detect/header-vocabulary";
import { grid } from "../helpers/grid";

describe("isOrderHeader", () => {
  it.each(["TT", "STT", "Stt", "Số TT", "Số thứ tự", "Thứ tự", " S T T "])("%j heads the order column", (text) => {
    expect(isOrderHeader(text)).toBe(text !== " S T T ");
  });

  it.each(["TTr", "Số", "Thứ tự ưu tiên", "STT xã", "T"])("%j does not", (text) => {
    expect(isOrderHeader(text)).toBe(false);
  });
});

describe("isNameHeader", () => {
  it.each([
    "Đơn vị", "Tên đơn vị", "Tên các đơn vị", "Các đơn vị", "Địa bàn", "Địa phương", "Tên huyện", "Tên các xã", "Tên phường",
    "Tên quận", "Tên thôn", "Tên tỉnh", "Huyện", "Xã", "Phường", "Thôn", "Tổ dân phố", "Bản", "Làng", "Thành phố", "Thị xã",
    "Quận", "Huyện/thị xã", "Xã, phường", "Huyện - thành phố", "Xã /phường", "Khu vực", "Vùng", "Tỉnh", "Tỉnh, thành phố",
    "Tỉnh/thành phố trực thuộc trung ương", "Tỉnh/Thành phố", "Đơn vị (xã, phường)",
  ])("%j heads the unit column", (text) => {
    expect(isNameHeader(text)).toBe(true);
  });

  it.each([
    "Đơn vị tính: hộ", "Đơn vị tính", "Đơn vị báo cáo", "Đơn vị nhận", "Đơn vị: hộ", "Xã hội", "Huyện A Lưới", "Tên",
    "Đơn vịx", "Khu vực I", "Số hộ nghèo", "Vùng cao",
  ])("%j does not", (text) => {
    expect(isNameHeader(text)).toBe(false);
  });

  it("takes a header of up to 40 characters, not a sentence", () => {
    // "Đơn vị " folds to 7 characters.
    expect(isNameHeader(`Đơn vị ${"x".repeat(33)}`)).toBe(true);
    expect(isNameHeader(`Đơn vị ${"x".repeat(34)}`)).toBe(false);
  });
});

describe("mayBeNameHeader", () => {
  const NAME_WORDS = [
    "Tên", "các", "Các", "Đơn vị", "ĐƠN VỊ", "Địa bàn", "Địa phương", "huyện", "Huyện", "Xã", "xã", "Phường", "Thôn", "Tổ dân phố", "Bản",
    "Làng", "Thành phố", "Thị xã", "Quận", "Khu vực", "Vùng", "Tỉnh", "trực thuộc trung ương", "tính", "/", ",", "-", " /", "(xã, phường)",
  ];
  const OTHER_WORDS = ["Hồng", "Thủy", "1", "A", "Lưới", "Ia", "hội", "cao", "I", ":", "."];
  const words = fc.array(fc.oneof(fc.constantFrom(...NAME_WORDS, ...OTHER_WORDS), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 });
  const text = fc.tuple(words, fc.constantFrom(" ", "")).map(([parts, between]) => tidy(parts.join(between)));

  it("lets through every tidy text that heads the unit column", () => {
    let headers = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (!isNameHeader(t)) return;
        headers++;
        expect(mayBeNameHeader(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(headers).toBeGreaterThan(100);
  });

  it("tells a unit's name of several words from a header without folding it", () => {
    expect(["Xã Hồng Thủy", "Phường 1", "Huyện A Lưới", "Xã 10600"].map(mayBeNameHeader)).toEqual([false, false, false, false]);
    expect(["Xã", "Huyện/thị xã", "Xã, phường", "Huyện - thành phố", "Đơn vị", "Tên các xã", "Khu vực"].map(mayBeNameHeader)).toEqual([true, true, true, true, true, true, true]);
  });
});

describe("isPlanPath", () => {
  it.each([
    [["Phấn đấu năm 2022", "Số hộ"], true],
    [["Dự kiến", "Số hộ dân"], true],
    [["Kế hoạch năm 2022", "Tỷ lệ"], true],
    [["Chỉ tiêu", "Số hộ"], true],
    [["Mục tiêu", "Số hộ"], true],
    [["Năm kế tiếp", "Số hộ"], true],
    [["Số hộ dân tăng khoảng 0,7%"], true],
    [["Số hộ dân tăng 1%"], true],
    [["Số hộ dân dự kiến"], true],
    [["Kết quả rà soát năm 2021", "Số hộ dân"], false],
    [["Số hộ dân"], false],
    [["Số hộ dân tăng thêm"], false],
    [[], false],
  ])("%j is a plan column: %s", (path, plan) => {
    expect(isPlanPath(path)).toBe(plan);
  });
});

describe("classifyHeader", () => {
  it.each<[string[], Field | null]>([
    [["STT"], "order"],
    [["Tên đơn vị"], "name"],
    [["Tổng số hộ dân"], "households"],
    [["Số hộ dân"], "households"],
    [["Hộ tự nhiên"], "households"],
    [["Hộ dân cư"], "households"],
    [["Tổng hộ"], "households"],
    [["Số hộ chung"], "households"],
    [["Dự kiến năm 2022", "Tổng số hộ dân"], "projectedHouseholds"],
    [["Số hộ dân tăng khoảng 0,7%"], "projectedHouseholds"],
    [["Số hộ nghèo"], "poorHouseholds"],
    [["Hộ nghèo"], "poorHouseholds"],
    [["Tổng số hộ nghèo"], "poorHouseholds"],
    [["Hộ nghèo", "Số hộ"], "poorHouseholds"],
    [["Hộ nghèo", "Tổng số"], "poorHouseholds"],
    [["Hộ nghèo", "Số lượng"], "poorHouseholds"],
    [["Hộ nghèo", "Số hộ (hộ)"], "poorHouseholds"],
    [["Kết quả rà soát hộ nghèo năm 2024", "Hộ nghèo", "Số hộ"], "poorHouseholds"],
    [["Kết quả rà soát hộ nghèo năm 2024", "Số hộ"], null],
    [["Hộ nghèo", "Số khẩu"], "poorPersons"],
    [["Số khẩu nghèo"], "poorPersons"],
    [["Số khẩu"], null],
    [["Tỷ lệ hộ nghèo (%)"], "poorRate"],
    [["Tỷ lệ hộ nghèo", "(%)"], "poorRate"],
    [["Hộ nghèo", "Tỷ lệ (%)"], "poorRate"],
    [["Hộ nghèo", "%"], "poorRate"],
    [["Hộ nghèo", "(%)"], "poorRate"],
    [["Hộ cận nghèo", "%"], "nearPoorRate"],
    [["Hộ nghèo và hộ cận nghèo", "(%)"], "poorAndNearPoorRate"],
    [["Kế hoạch năm 2022", "Hộ nghèo", "%"], "remainingRate"],
    [["Hộ nghèo", "(hộ)"], "poorHouseholds"],
    [["Hộ cận nghèo", "Số hộ"], "nearPoorHouseholds"],
    [["Số hộ cận nghèo"], "nearPoorHouseholds"],
    [["Tỷ lệ hộ cận nghèo"], "nearPoorRate"],
    [["Số khẩu cận nghèo"], null],
    [["Hộ nghèo và hộ cận nghèo", "Số hộ"], "poorAndNearPoorHouseholds"],
    [["Hộ nghèo và hộ cận nghèo", "Số khẩu"], null],
    [["Hộ nghèo và hộ cận nghèo", "Số người"], null],
    [["Tỷ lệ nghèo đa chiều"], "poorAndNearPoorRate"],
    [["Tỷ lệ hộ nghèo đa chiều"], "poorRate"],
    [["Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều"], "poorRate"],
    [["Hộ nghèo thuộc diện BTXH"], "socialAssistancePoor"],
    [["Hộ nghèo được bảo trợ xã hội"], "socialAssistancePoor"],
    [["Tỷ lệ hộ nghèo BTXH"], "socialAssistanceShare"],
    [["Hộ nghèo thuộc CS giảm nghèo"], "povertyPolicyPoor"],
    [["Hộ nghèo thuộc chính sách giảm nghèo"], "povertyPolicyPoor"],
    [["Tỷ lệ hộ nghèo thuộc CS giảm nghèo (%)"], "povertyPolicyShare"],
    [["Chỉ tiêu giảm hộ nghèo"], "targetReduction"],
    [["Phấn đấu giảm số hộ nghèo"], "targetReduction"],
    [["Số hộ giảm"], "targetReduction"],
    [["Giảm hộ nghèo"], "targetReduction"],
    [["Số hộ thoát nghèo"], null],
    [["Kế hoạch năm 2022", "Số hộ thoát nghèo"], "targetReduction"],
    [["Số hộ nghèo còn lại"], "remainingPoor"],
    [["Tỷ lệ hộ nghèo còn lại"], "remainingRate"],
    [["Tỷ lệ hộ nghèo giảm (%)"], "rateReduction"],
    [["Mức giảm tỷ lệ hộ nghèo"], "rateReduction"],
    [["Giảm tỷ lệ hộ nghèo"], "rateReduction"],
    [["Phấn đấu giảm hộ cận nghèo"], "nearPoorTarget"],
    [["Hộ cận nghèo", "Chỉ tiêu giảm"], "nearPoorTarget"],
    [["Tỷ lệ hộ cận nghèo giảm"], null],
    [["Số hộ cận nghèo còn lại"], null],
    // At the start of the plan year the poor are the review's: read when no end-of-year column is there (map-columns).
    [["Số hộ nghèo đầu năm"], "poorHouseholds"],
    [["Số hộ nghèo đầu năm 2024"], "poorHouseholds"],
    [["Số hộ nghèo đầu kỳ"], "poorHouseholds"],
    [["Số hộ nghèo cuối năm 2024 (dự kiến)"], "remainingPoor"],
    [["Kế hoạch năm 2024", "Số hộ nghèo cuối năm"], "remainingPoor"],
    [["Số hộ nghèo dự kiến giảm"], null],
    [["Số hộ nghèo cuối năm"], "poorHouseholds"],
    [["Hộ nghèo phát sinh"], null],
    [["Hộ tái nghèo"], null],
    [["Số hộ nghèo DTTS"], null],
    [["Hộ nghèo người dân tộc thiểu số"], null],
    [["Hộ nghèo về thu nhập"], "incomePoor"],
    [["Hộ nghèo", "Chia ra", "Hộ nghèo về thu nhập"], "incomePoor"],
    [["Hộ nghèo", "Trong đó", "Theo thu nhập"], "incomePoor"],
    [["Hộ nghèo thiếu hụt đa chiều"], "deprivationPoor"],
    [["Hộ nghèo", "Trong đó", "Hộ nghèo thiếu hụt các dịch vụ xã hội cơ bản"], "deprivationPoor"],
    [["Hộ nghèo", "Chia ra", "Thiếu hụt dịch vụ xã hội cơ bản"], "deprivationPoor"],
    [["Tỷ lệ hộ nghèo về thu nhập"], null],
    [["Hộ cận nghèo", "Thu nhập"], null],
    [["Thu nhập bình quân"], null],
    [["Hộ nghèo", "Thu nhập bình quân"], null],
    [["Hộ nghèo", "Thiếu hụt y tế"], null],
    [["Hệ số phân bổ"], "allocationWeight"],
    [["Trọng số"], "allocationWeight"],
    [["Hệ số ưu tiên"], "allocationWeight"],
    [["Kế hoạch năm 2022", "Tỷ lệ hộ nghèo"], "remainingRate"],
    [["Kế hoạch năm 2022", "Số hộ nghèo"], null],
    [["Kế hoạch năm 2022", "Hộ nghèo", "Số hộ"], null],
    [["Ghi chú"], null],
    [[""], null],
    [[], null],
  ])("%j is %s", (path, field) => {
    expect(classifyHeader(path, null)).toBe(field);
  });

  it.each<[Field | null, boolean, Field | null]>([
    ["poorHouseholds", false, "poorRate"],
    ["poorPersons", false, "poorRate"],
    ["poorHouseholds", true, "remainingRate"],
    ["socialAssistancePoor", false, "socialAssistanceShare"],
    ["povertyPolicyPoor", false, "povertyPolicyShare"],
    ["nearPoorHouseholds", false, "nearPoorRate"],
    ["poorAndNearPoorHouseholds", false, "poorAndNearPoorRate"],
    ["projectedHouseholds", true, "remainingRate"],
    ["targetReduction", true, "remainingRate"],
    ["remainingPoor", false, "remainingRate"],
    ["households", false, null],
    [null, false, null],
  ])("a bare 'Tỷ lệ' after %s (in the plan: %s) is %s", (before, inPlan, field) => {
    const path = inPlan ? ["Kế hoạch năm 2022", "Tỷ lệ"] : ["Tỷ lệ"];
    expect(classifyHeader(path, before)).toBe(field);
    expect(classifyHeader(inPlan ? ["Kế hoạch năm 2022", "Tỉ lệ (%)"] : ["TL (%)"], before)).toBe(field);
  });
});

test("a '%' column under 'Hộ nghèo', next to its 'Số hộ', is the poor rate, not the poor households a second time", () => {
  const g = grid(
    [
      ["TT", "Đơn vị", "Tổng số hộ dân", "Hộ nghèo", null],
      [null, null, null, "Số hộ", "%"],
      [1, "Xã A", 1000, 50, 5],
      [2, "Xã B", 2000, 40, 2],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] },
  );
  const { tables, issues } = detectTables(g);
  expect(issues).toEqual([]);
  expect(tables[0].columns.map((c) => [c.field, c.col])).toEqual([
    ["order", 1], ["name", 2], ["households", 3], ["poorHouseholds", 4], ["poorRate", 5],
  ]);
});
