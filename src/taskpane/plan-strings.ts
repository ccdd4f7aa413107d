/**
 * Words of the plan step's targets (the warning about the officer's own targets, the units whose
 * share was computed again, what an empty field means): loaded with the plan step, after the first
 * paint, so they stay out of the pane's first download. Numbers and lists arrive already formatted.
 */
import type { Lang } from "../engine";

const vi = {
  /** "Nam Đông 55 hộ" */
  ownTarget: (unit: string, households: string) => `${unit} ${households} hộ`,
  /** Several units set by the officer, added up. */
  ownTargets: (units: string, households: string) => `${units} đơn vị tự đặt ${households} hộ`,
  overGoal: (own: string, goal: string) => `${own}, vượt mục tiêu chung ${goal} hộ`,
  wholeGoal: (own: string, goal: string) => `${own}, bằng cả mục tiêu chung ${goal} hộ`,
  leftToShare: (own: string, goal: string, rest: string) => `${own} trong mục tiêu chung ${goal} hộ, chỉ còn ${rest} hộ để chia`,
  leftAtZero: (units: string) => `; ${units} được chia 0 hộ`,
  and: "và",
  others: (count: string) => `${count} đơn vị khác`,
  reshared: "chia lại",
  resharedTitle: "Phần còn lại của mục tiêu được chia lại cho đơn vị này sau các chỉ tiêu tự đặt",
  emptyMeans: (value: string) => `Để trống: ${value}`,
};

export type PlanStrings = typeof vi;

const en: PlanStrings = {
  ownTarget: (unit, households) => `${unit}: ${households} households`,
  ownTargets: (units, households) => `${units} units set by you: ${households} households`,
  overGoal: (own, goal) => `${own}, more than the overall goal of ${goal} households`,
  wholeGoal: (own, goal) => `${own}, the whole overall goal of ${goal} households`,
  leftToShare: (own, goal, rest) => `${own} of the overall goal of ${goal} households, leaving only ${rest} to share`,
  leftAtZero: (units) => `; ${units} get 0 households`,
  and: "and",
  others: (count) => `${count} other units`,
  reshared: "re-shared",
  resharedTitle: "This unit's share is what the goal left after the targets you set",
  emptyMeans: (value) => `Empty: ${value}`,
};

export const PLAN_STRINGS: Record<Lang, PlanStrings> = { vi, en };
