/** From validated tables to the plan: projections, targets, remaining poor, plan rates, totals. */
import type { Issue } from "../findings";
import { difference, percent, projectHouseholds, sum } from "./plan-math";
import type { Plan, PlanGroup, PlanOptions, PlanRow } from "./plan-types";
import { figure, type DetectedTable, type TableRow } from "../detect";
import { resolveTargets, type TargetRow } from "./targets";

export const DEFAULT_GROWTH_PERCENT = 0.7;

interface Leaf extends TargetRow {
  row: number;
  poorPersons: number | null;
  socialAssistancePoor: number | null;
  povertyPolicyPoor: number | null;
  /** Index of the table the leaf belongs to. */
  table: number;
}

export function buildPlan(tables: DetectedTable[], options: PlanOptions): { plan: Plan; issues: Issue[] } {
  const growthPercent = planGrowth(tables, options);
  const { baseYear, planYear } = planYears(tables[0], options);
  const perUnit = tables.length === 1 || options.detail === true;
  const leaves = perUnit
    ? tables.flatMap((table, index) => table.units.map((unit) => unitLeaf(table, index, unit, growthPercent)))
    : tables.map((table, index) => tableLeaf(table, index, growthPercent));
  const hasTargetColumn = tables.every((t) => t.columns.some((c) => c.field === "targetReduction"));
  const targets = resolveTargets(leaves, hasTargetColumn, options, tables[0].sheet);
  const units = leaves.map((leaf, i) => planRow(leaf, targets.values[i]));
  const groups: PlanGroup[] | null =
    perUnit && tables.length > 1
      ? tables.map((table, index) => ({
          subtotal: totalRow(units.filter((_, i) => leaves[i].table === index), tableName(table), table.sheet, table.total?.row ?? table.headerTop),
          units: units.filter((_, i) => leaves[i].table === index),
        }))
      : null;
  const totalName = tables.length === 1 && tables[0].total ? tables[0].total.name : "Tổng cộng";
  const total = totalRow(units, totalName, tables[0].sheet, tables[0].total?.row ?? tables[0].headerTop);
  return { plan: { baseYear, planYear, growthPercent, units, groups, total, target: targets.source }, issues: targets.issues };
}

/** The officer's growth, else the table's ("tăng khoảng 0,7%"), else 0.7 %. */
export function planGrowth(tables: DetectedTable[], options: PlanOptions): number {
  return options.growthPercent ?? tables[0].growthPercent ?? DEFAULT_GROWTH_PERCENT;
}

export function tableName(table: DetectedTable): string {
  return table.titleUnit ?? table.sheet;
}

function planYears(table: DetectedTable, options: PlanOptions): { baseYear: number; planYear: number } {
  const planYear =
    options.planYear ??
    (options.baseYear !== undefined ? options.baseYear + 1 : null) ??
    table.planYear ??
    (table.baseYear !== null ? table.baseYear + 1 : null) ??
    options.currentYear ??
    new Date().getFullYear();
  return { planYear, baseYear: options.baseYear ?? planYear - 1 };
}

function unitLeaf(table: DetectedTable, index: number, unit: TableRow, growthPercent: number): Leaf {
  const households = figure(unit, "households");
  const own = figure(unit, "projectedHouseholds");
  return {
    name: unit.name,
    sheet: table.sheet,
    row: unit.row,
    table: index,
    households,
    poorHouseholds: figure(unit, "poorHouseholds"),
    poorPersons: figure(unit, "poorPersons"),
    socialAssistancePoor: figure(unit, "socialAssistancePoor"),
    povertyPolicyPoor: figure(unit, "povertyPolicyPoor"),
    projectedHouseholds: own ?? (households === null ? null : projectHouseholds(households, growthPercent)),
    tableTarget: figure(unit, "targetReduction"),
  };
}

/** One district's table as one row: its units' sums. */
function tableLeaf(table: DetectedTable, index: number, growthPercent: number): Leaf {
  const units = table.units.map((unit) => unitLeaf(table, index, unit, growthPercent));
  const total = (field: keyof Leaf) => sum(units.map((u) => u[field] as number | null));
  return {
    name: tableName(table),
    sheet: table.sheet,
    row: table.total?.row ?? table.headerTop,
    table: index,
    households: total("households"),
    poorHouseholds: total("poorHouseholds"),
    poorPersons: total("poorPersons"),
    socialAssistancePoor: total("socialAssistancePoor"),
    povertyPolicyPoor: total("povertyPolicyPoor"),
    projectedHouseholds: total("projectedHouseholds"),
    tableTarget: total("tableTarget"),
  };
}

function planRow(leaf: Leaf, target: number | null): PlanRow {
  const remainingPoor = difference(leaf.poorHouseholds, target);
  return withRates({
    name: leaf.name,
    sheet: leaf.sheet,
    row: leaf.row,
    households: leaf.households,
    poorHouseholds: leaf.poorHouseholds,
    poorPersons: leaf.poorPersons,
    socialAssistancePoor: leaf.socialAssistancePoor,
    povertyPolicyPoor: leaf.povertyPolicyPoor,
    projectedHouseholds: leaf.projectedHouseholds,
    targetReduction: target,
    remainingPoor,
  });
}

type Counts = Omit<PlanRow, "poorRate" | "remainingRate" | "rateReduction">;

/** Ratios always from the row's own counts: a total's rates come from its sums. */
function withRates(counts: Counts): PlanRow {
  const poorRate = percent(counts.poorHouseholds, counts.households);
  const remainingRate = percent(counts.remainingPoor, counts.projectedHouseholds);
  return { ...counts, poorRate, remainingRate, rateReduction: difference(poorRate, remainingRate, 2) };
}

type SummedField =
  | "households"
  | "poorHouseholds"
  | "poorPersons"
  | "socialAssistancePoor"
  | "povertyPolicyPoor"
  | "projectedHouseholds"
  | "targetReduction"
  | "remainingPoor";

const SUMMED: SummedField[] = [
  "households",
  "poorHouseholds",
  "poorPersons",
  "socialAssistancePoor",
  "povertyPolicyPoor",
  "projectedHouseholds",
  "targetReduction",
  "remainingPoor",
];

export function totalRow(rows: PlanRow[], name: string, sheet: string, row: number): PlanRow {
  const sums = Object.fromEntries(SUMMED.map((field) => [field, sum(rows.map((r) => r[field]))])) as Record<SummedField, number | null>;
  return withRates({ name, sheet, row, ...sums });
}
