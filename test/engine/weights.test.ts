/**
 * The officer's weights by unit name (src/engine/plan/weights.ts), typed by hand the way officers
 * type them: without "Xã", without the table's "(xã ĐBKK)" note, without marks. Each goal of 100
 * households is shared by poor households × weight, so a weight that is matched moves the shares.
 */
import { analyze } from "../../src/engine";
import { simpleTable } from "../helpers/grid";

const HEADER = ["TT", "Xã, thị trấn", "Tổng số hộ", "Số hộ nghèo"];
const ROWS = [
  [1, "Xã Hướng Tân (xã ĐBKK)", 1000, 100],
  [2, "Xã Tân Long", 1000, 100],
  [3, "Xã Tân Hợp", 1000, 100],
  [4, "Xã Ia Băng", 1000, 100],
  [5, "Xã Ia Bang", 1000, 100],
];

function plan(weights: Record<string, number>) {
  const analysis = analyze([simpleTable(HEADER, ROWS)], { targetHouseholds: 100, allocation: "weights", weights, roundStep: 1 });
  return {
    targets: analysis.plan?.units.map((u) => u.targetReduction),
    notes: analysis.issues.filter((i) => i.code.startsWith("weight-")).map((i) => `${i.code} ${i.message.vi}`),
  };
}

describe("weights typed by hand", () => {
  it("matches a name without its kind word, without the table's note, or without marks, and says which unit it took", () => {
    // Poor × weight: 300, 200, 150, 100, 100 (850). Shares of 100: 35.29, 23.53, 17.65, 11.76, 11.76;
    // the floors make 97, and the three largest remainders (.76, .76, .65) add one each: 35, 23, 18, 12, 12.
    expect(plan({ "Xã Hướng Tân": 3, "Tân Long": 2, "xa tan hop": 1.5 })).toEqual({
      targets: [35, 23, 18, 12, 12],
      notes: [
        'weight-matched-loosely Hệ số cho "Xã Hướng Tân" được áp cho đơn vị "Xã Hướng Tân (xã ĐBKK)" (tên gần đúng, chỉ một đơn vị khớp).',
        'weight-matched-loosely Hệ số cho "Tân Long" được áp cho đơn vị "Xã Tân Long" (tên gần đúng, chỉ một đơn vị khớp).',
        'weight-matched-loosely Hệ số cho "xa tan hop" được áp cho đơn vị "Xã Tân Hợp" (tên gần đúng, chỉ một đơn vị khớp).',
      ],
    });
  });

  it("takes the unit's own name silently, and never guesses between two units that differ only by their marks", () => {
    expect(plan({ "Xã Ia Băng": 2, "ia bang": 5 })).toEqual({
      // Ia Băng 2 by its own name; "ia bang" is Ia Bang's name without "Xã": 100 × 3, 200, 500 of 1000.
      targets: [10, 10, 10, 20, 50],
      notes: ['weight-matched-loosely Hệ số cho "ia bang" được áp cho đơn vị "Xã Ia Bang" (tên gần đúng, chỉ một đơn vị khớp).'],
    });
    expect(plan({ "ia bẵng": 5 }).notes).toEqual(['weight-unknown-unit Hệ số cho "ia bẵng" không ứng với đơn vị nào trong bảng; đơn vị không có hệ số thì lấy hệ số 1.']);
  });
});

describe("a name typed without its apostrophe or hyphen (field test 4)", () => {
  it("matches \"Ia HDrai\" to \"Huyện Ia H'Drai\" and \"Dak To\" to \"Huyện Đăk-Tô\", saying so", () => {
    const rows = [
      [1, "Huyện Ia H'Drai", 1000, 100],
      [2, "Huyện Đăk-Tô", 1000, 100],
      [3, "Huyện Sa Thầy", 1000, 100],
    ];
    const analysis = analyze([simpleTable(["TT", "Huyện", "Tổng số hộ", "Số hộ nghèo"], rows)], { targetHouseholds: 100, allocation: "weights", weights: { "Ia HDrai": 3, "Dak To": 1 }, roundStep: 1 });
    // Poor × weight: 300, 100, 100 (Sa Thầy takes 1): 60, 20, 20.
    expect(analysis.plan?.units.map((u) => u.targetReduction)).toEqual([60, 20, 20]);
    expect(analysis.issues.filter((i) => i.code.startsWith("weight-")).map((i) => i.message.vi)).toEqual([
      'Hệ số cho "Ia HDrai" được áp cho đơn vị "Huyện Ia H\'Drai" (tên gần đúng, chỉ một đơn vị khớp).',
      'Hệ số cho "Dak To" được áp cho đơn vị "Huyện Đăk-Tô" (tên gần đúng, chỉ một đơn vị khớp).',
    ]);
  });
});
