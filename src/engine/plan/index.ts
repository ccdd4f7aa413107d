export { difference, growthFraction, percent, projectHouseholds, sum } from "./plan-math";
export { unitTargetKey } from "./plan-types";
export type { Plan, PlanOptions, PlanRow } from "./plan-types";
export { buildPlan, planGrowth } from "./plan";
export type { AllocationMethod } from "./sharing";
export { MAX_PLAN_YEARS } from "./period";
export type { PeriodPlan } from "./period";
export { OWN_TOTAL_NAME, shownTotalName } from "./total-name";
