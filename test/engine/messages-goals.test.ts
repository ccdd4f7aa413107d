/**
 * The words of the plan's findings: how a goal was turned into households and shared, what the
 * officer's own targets took, which units rounding left off the step, and what a period lacks.
 * Written out by hand in both languages, numbers in each language's way.
 */
import { makeIssue, type IssueCode, type IssueParams } from "../../src/engine/findings/messages";

type Row = [IssueCode, IssueParams, string, string];

const communes = (count: number, share: number, quota: number) => Array.from({ length: count }, (_, i) => ({ name: `Xã ${i + 1}`, share, quota }));

const sharing: Row[] = [
  ["goal-allocated", { actual: 1200, step: 5 }, "Mục tiêu 1.200 hộ thoát nghèo được chia cho các đơn vị theo số hộ nghèo, bội số 5.", "The goal of 1,200 households was shared among the units by their poor households, in steps of 5."],
  [
    "goal-allocated",
    { actual: 50, step: 5, method: "weights", nearPoor: true },
    "Mục tiêu 50 hộ thoát cận nghèo được chia cho các đơn vị theo số hộ cận nghèo nhân hệ số của từng đơn vị, bội số 5.",
    "The goal of 50 households was shared among the units by their near-poor households times each unit's weight, in steps of 5.",
  ],
  [
    "goal-allocated",
    { actual: 100, step: 5, method: "rate", officerUnits: 1, officerHouseholds: 30 },
    "Mục tiêu 100 hộ thoát nghèo: 30 hộ tự đặt cho 1 đơn vị, còn 70 hộ chia cho các đơn vị khác để mọi đơn vị giảm cùng một mức tỷ lệ, bội số 5.",
    "The goal of 100 households: 30 set by you for 1 unit, the remaining 70 shared among the other units so that every unit lowers its rate by the same points, in steps of 5.",
  ],
  [
    // The officer's own targets past the goal leave nothing to share, never a negative rest.
    "goal-allocated",
    { actual: 100, step: 5, officerUnits: 2, officerHouseholds: 120 },
    "Mục tiêu 100 hộ thoát nghèo: 120 hộ tự đặt cho 2 đơn vị, còn 0 hộ chia cho các đơn vị khác theo số hộ nghèo, bội số 5.",
    "The goal of 100 households: 120 set by you for 2 units, the remaining 0 shared among the other units by their poor households, in steps of 5.",
  ],
  [
    "goal-allocated",
    { actual: 100, step: 5, units: communes(5, 3, 3.2) },
    "Mục tiêu 100 hộ thoát nghèo được chia cho các đơn vị theo số hộ nghèo, bội số 5; không theo bội số 5: Xã 1 (3 hộ), Xã 2 (3 hộ), Xã 3 (3 hộ), Xã 4 (3 hộ), Xã 5 (3 hộ).",
    "The goal of 100 households was shared among the units by their poor households, in steps of 5; not a multiple of 5: Xã 1 (3), Xã 2 (3), Xã 3 (3), Xã 4 (3), Xã 5 (3).",
  ],
  [
    "goal-from-rate",
    { points: 1.5, minimum: 98, step: 5, actual: 1000 },
    "Giảm 1,5 điểm % tỷ lệ hộ nghèo cần ít nhất 98 hộ thoát nghèo; làm tròn lên bội số 5: 1.000 hộ, chia cho các đơn vị theo số hộ nghèo.",
    "Lowering the poverty rate by 1.5 points needs at least 98 households lifted out; rounded up to a multiple of 5: 1,000 households, shared among the units by their poor households.",
  ],
  [
    "goal-from-rate",
    { points: 1, minimum: 66, step: 1, actual: 66 },
    "Giảm 1 điểm % tỷ lệ hộ nghèo cần ít nhất 66 hộ thoát nghèo; làm tròn lên bội số 1: 66 hộ, chia cho các đơn vị theo số hộ nghèo.",
    "Lowering the poverty rate by 1 point needs at least 66 households lifted out; rounded up to a multiple of 1: 66 households, shared among the units by their poor households.",
  ],
  [
    "goal-from-rate",
    { points: 2, minimum: 38, step: 5, actual: 40, nearPoor: true, officerUnits: 1, officerHouseholds: 10, units: [{ name: "Xã B", share: 2, quota: 2.04 }] },
    "Giảm 2 điểm % tỷ lệ hộ cận nghèo cần ít nhất 38 hộ thoát cận nghèo; làm tròn lên bội số 5: 40 hộ; 10 hộ tự đặt cho 1 đơn vị, còn 30 hộ chia cho các đơn vị khác theo số hộ cận nghèo; không theo bội số 5: Xã B (2 hộ).",
    "Lowering the near-poverty rate by 2 points needs at least 38 households lifted out; rounded up to a multiple of 5: 40 households; 10 set by you for 1 unit, the remaining 30 shared among the other units by their near-poor households; not a multiple of 5: Xã B (2).",
  ],
  [
    "step-exceeds-share",
    { step: 10, units: [{ name: "Xã A", share: 0, quota: 7.54 }, { name: "Xã B", share: 10, quota: 7.46 }] },
    "Bội số làm tròn 10 hộ lớn hơn phần chia theo tỷ lệ của 2 đơn vị (hộ nghèo): Xã A (phần chia 7,5 → nhận 0 hộ), Xã B (phần chia 7,5 → nhận 10 hộ). Các đơn vị này nhận 0 hoặc trọn một bội số, lệch xa phần chia của mình; hãy chọn bội số nhỏ hơn (dòng lệnh: --round-step).",
    "The rounding step of 10 households is larger than the proportional share of 2 units (poor households): Xã A (share 7.5 → given 0), Xã B (share 7.5 → given 10). They were given nothing or a whole step, far from their share; choose a smaller step (command line: --round-step).",
  ],
  [
    // At most five units are named; the rest are counted.
    "step-exceeds-share",
    { step: 1000, nearPoor: true, units: communes(6, 0, 400) },
    "Bội số làm tròn 1.000 hộ lớn hơn phần chia theo tỷ lệ của 6 đơn vị (hộ cận nghèo): Xã 1 (phần chia 400 → nhận 0 hộ), Xã 2 (phần chia 400 → nhận 0 hộ), Xã 3 (phần chia 400 → nhận 0 hộ), Xã 4 (phần chia 400 → nhận 0 hộ), Xã 5 (phần chia 400 → nhận 0 hộ) và 1 đơn vị khác. Các đơn vị này nhận 0 hoặc trọn một bội số, lệch xa phần chia của mình; hãy chọn bội số nhỏ hơn (dòng lệnh: --round-step).",
    "The rounding step of 1,000 households is larger than the proportional share of 6 units (near-poor households): Xã 1 (share 400 → given 0), Xã 2 (share 400 → given 0), Xã 3 (share 400 → given 0), Xã 4 (share 400 → given 0), Xã 5 (share 400 → given 0) and 1 more. They were given nothing or a whole step, far from their share; choose a smaller step (command line: --round-step).",
  ],
  [
    "step-exceeds-share",
    { step: 5, units: [{ name: "Xã A", share: 0, quota: 2 }] },
    "Bội số làm tròn 5 hộ lớn hơn phần chia theo tỷ lệ của 1 đơn vị (hộ nghèo): Xã A (phần chia 2 → nhận 0 hộ). Các đơn vị này nhận 0 hoặc trọn một bội số, lệch xa phần chia của mình; hãy chọn bội số nhỏ hơn (dòng lệnh: --round-step).",
    "The rounding step of 5 households is larger than the proportional share of 1 unit (poor households): Xã A (share 2 → given 0). They were given nothing or a whole step, far from their share; choose a smaller step (command line: --round-step).",
  ],
];

const goals: Row[] = [
  [
    "no-target",
    {},
    'Chưa có chỉ tiêu giảm hộ nghèo: bảng không có cột "Số hộ nghèo phấn đấu giảm"; hãy nhập mục tiêu giảm tỷ lệ (điểm %) hoặc số hộ (dòng lệnh: --target-rate-reduction hoặc --target-households).',
    'No targets: the table has no "households to lift out" column; give a goal in percentage points or in households (command line: --target-rate-reduction or --target-households).',
  ],
  ["goal-exceeds-poor", { actual: 1500, expected: 1400 }, "Mục tiêu giảm 1.500 hộ vượt số hộ nghèo hiện có (1.400).", "The goal of 1,500 households exceeds the 1,400 poor households."],
  ["goal-exceeds-poor", { actual: 50, expected: 40, nearPoor: true }, "Mục tiêu giảm 50 hộ vượt số hộ cận nghèo hiện có (40).", "The goal of 50 households exceeds the 40 near-poor households."],
  [
    "units-without-figures",
    { names: ["Phường Vỹ Dạ"], goal: true },
    "Chưa có số hộ nghèo của 1 đơn vị (Phường Vỹ Dạ): kế hoạch để trống các ô tính từ số này, mục tiêu chỉ chia cho các đơn vị còn lại; dòng tổng chỉ cộng các đơn vị có số liệu.",
    "No poor households for 1 unit (Phường Vỹ Dạ): the plan leaves the figures computed from them blank, the goal is shared among the other units only; the total adds up the units with figures only.",
  ],
  [
    // Without a goal (targets from the table's column) nothing is shared.
    "units-without-figures",
    { names: ["Xã A", "Xã B"], nearPoor: true },
    "Chưa có số hộ cận nghèo của 2 đơn vị (Xã A, Xã B): kế hoạch để trống các ô tính từ số này; dòng tổng chỉ cộng các đơn vị có số liệu.",
    "No near-poor households for 2 units (Xã A, Xã B): the plan leaves the figures computed from them blank; the total adds up the units with figures only.",
  ],
  [
    "goal-needs-households",
    { points: 0.5, names: ["Huyện đảo Cồn Cỏ"], nearPoor: true },
    "Không tính được mục tiêu giảm 0,5 điểm % tỷ lệ hộ cận nghèo: chưa có số hộ dân của Huyện đảo Cồn Cỏ (bảng không ghi, không ước tính được) và dòng tổng không cho số hộ dân của toàn bảng. Hãy ghi số hộ dân của các đơn vị này, hoặc nhập mục tiêu theo số hộ (dòng lệnh: --target-near-poor-households).",
    "The goal of 0.5 points off the near-poverty rate cannot be worked out: no households for Huyện đảo Cồn Cỏ (neither written nor estimated), and the total row gives none for the whole table. Write these units' households, or give the goal in households (command line: --target-near-poor-households).",
  ],
  [
    "goal-needs-households",
    { points: 1, names: ["Xã 1", "Xã 2", "Xã 3", "Xã 4", "Xã 5", "Xã 6"] },
    "Không tính được mục tiêu giảm 1 điểm % tỷ lệ hộ nghèo: chưa có số hộ dân của Xã 1, Xã 2, Xã 3, Xã 4, Xã 5 và 1 đơn vị khác (bảng không ghi, không ước tính được) và dòng tổng không cho số hộ dân của toàn bảng. Hãy ghi số hộ dân của các đơn vị này, hoặc nhập mục tiêu theo số hộ (dòng lệnh: --target-households).",
    "The goal of 1 point off the poverty rate cannot be worked out: no households for Xã 1, Xã 2, Xã 3, Xã 4, Xã 5 and 1 more (neither written nor estimated), and the total row gives none for the whole table. Write these units' households, or give the goal in households (command line: --target-households).",
  ],
  [
    "goal-rate-without-units",
    { names: ["Huyện đảo Cồn Cỏ"] },
    "Tỷ lệ dùng để tính mục tiêu không kể Huyện đảo Cồn Cỏ: chưa có số hộ dân và không có hộ nghèo nên không nhận chỉ tiêu.",
    "The rate the goal was worked out from leaves out Huyện đảo Cồn Cỏ: no households known and no poor households, so no share of the goal.",
  ],
  [
    "goal-rate-without-units",
    { names: ["Xã A", "Xã B"], nearPoor: true },
    "Tỷ lệ dùng để tính mục tiêu không kể Xã A, Xã B: chưa có số hộ dân và không có hộ cận nghèo nên không nhận chỉ tiêu.",
    "The rate the goal was worked out from leaves out Xã A, Xã B: no households known and no near-poor households, so no share of the goal.",
  ],
  [
    "allocation-needs-households",
    {},
    "Chia để mọi đơn vị giảm cùng một mức tỷ lệ cần số hộ dân của từng đơn vị; bảng thiếu số này nên đã chia theo số hộ nghèo.",
    "Sharing for the same rate reduction needs every unit's households; the table lacks them, so the goal was shared by poor households.",
  ],
  [
    "minimum-exceeds-goal",
    { actual: 10, expected: 1005 },
    "Mức tối thiểu 10 hộ cho mỗi đơn vị vượt mục tiêu còn lại (1.005 hộ): đã chia không theo mức tối thiểu.",
    "A minimum of 10 households per unit exceeds the goal left to share (1,005): shared without the minimum.",
  ],
  [
    "period-needs-goal",
    { expected: 2027 },
    'Kế hoạch nhiều năm cần mục tiêu cho từng năm (cột "Số hộ nghèo phấn đấu giảm" chỉ cho năm đầu): hãy nhập mục tiêu giảm tỷ lệ (điểm % mỗi năm) hoặc số hộ mỗi năm (dòng lệnh: --target-rate-reduction hoặc --target-households) để lập từ năm 2027.',
    'A plan over several years needs a goal for each year (the "Số hộ nghèo phấn đấu giảm" column covers the first year only): give a rate reduction (points a year) or households a year (command line: --target-rate-reduction or --target-households) to plan from 2027 on.',
  ],
  [
    "period-poor-only",
    {},
    "Kế hoạch nhiều năm chỉ lập cho hộ nghèo: phụ lục giai đoạn không có các cột hộ cận nghèo.",
    "A plan over several years covers poor households only: the period appendix has no near-poor columns.",
  ],
  ["period-too-long", { actual: 12, expected: 10 }, "Kế hoạch dài nhất 10 năm: đã lập 10 năm thay cho 12.", "A plan covers at most 10 years: 10 were planned instead of 12."],
  [
    "period-unit-out-of-poor",
    { name: "Xã B", expected: 2027 },
    "Xã B không còn hộ nghèo sau năm 2027: các năm sau đơn vị này không có chỉ tiêu, mục tiêu chia cho các đơn vị khác.",
    "Xã B has no poor households left after 2027: it gets no target in the later years, whose goals fall on the other units.",
  ],
  ["weight-unknown-unit", { name: "Xã Z" }, 'Hệ số cho "Xã Z" không ứng với đơn vị nào trong bảng; đơn vị không có hệ số thì lấy hệ số 1.', 'The weight for "Xã Z" matches no unit of the table; a unit without a weight takes 1.'],
];

const texts = (rows: Row[]) => rows.map(([code, params]) => [code, makeIssue(code, { sheet: "Huyện A", cell: null }, params).message]);
const expected = (rows: Row[]) => rows.map(([code, , vi, en]) => [code, { vi, en }]);

describe("the plan's findings' words", () => {
  it("say how a goal was shared, what the officer's own targets took and which units rounding left off the step", () => {
    expect(texts(sharing)).toEqual(expected(sharing));
  });

  it("say what a goal or a period lacks", () => {
    expect(texts(goals)).toEqual(expected(goals));
  });
});
