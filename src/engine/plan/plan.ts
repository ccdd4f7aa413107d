/** From validated tables to the plan: projections, targets, remaining poor, plan rates, totals. */
import { type Issue, makeIssue } from "../findings";
import { nameKey } from "../cells";
import { difference, projectHouseholds, sumOf } from "./plan-math";
import type { Plan, PlanGroup, PlanOptions, PlanRow } from "./plan-types";
import { figure, householdsOnTotalOnly, type DetectedTable, type TableRow } from "../detect";
import { resolveTargets, type TargetRow } from "./targets";
import { nearPoorTargets } from "./near-poor";
import { planYears, yearConflicts } from "./years";
import { inYear, planPeriod, type PeriodPlan } from "./period";
import { totalRow, withRates } from "./plan-rows";
import { OWN_TOTAL_NAME } from "./total-name";

export const DEFAULT_GROWTH_PERCENT = 0.7;

interface Leaf extends TargetRow {
  row: number;
  nearPoorHouseholds: number | null;
  nearPoorTableTarget: number | null;
  householdsEstimated: boolean;
  poorPersons: number | null;
  socialAssistancePoor: number | null;
  povertyPolicyPoor: number | null;
  /** Index into the plan's group list, or null outside any group. */
  group: number | null;
}

interface GroupHead {
  name: string;
  sheet: string;
  row: number;
  order: string | null;
}

interface Parts {
  leaves: Leaf[];
  heads: GroupHead[];
}

export function buildPlan(tables: DetectedTable[], options: PlanOptions): { plan: Plan; issues: Issue[]; period: PeriodPlan | null } {
  const growthPercent = planGrowth(tables, options);
  const years = planYears(tables[0], options);
  const { baseYear, planYear, assumed } = years;
  const { leaves, heads } = planParts(tables, options, growthPercent);
  const weightIssues = applyWeights(leaves, options.weights ?? {}, tables[0].sheet);
  const hasTargetColumn = tables.every((t) => t.columns.some((c) => c.field === "targetReduction"));
  const whole = totalOnlyHouseholds(tables, growthPercent);
  const targets = resolveTargets(leaves, hasTargetColumn, options, tables[0].sheet, whole);
  const nearPoor = nearPoorTargets(tables, leaves, options, whole);
  const units = leaves.map((leaf, i) => planRow(leaf, targets.values[i], nearPoor !== null, nearPoor?.values[i] ?? null));
  const totalName = tables.length === 1 && tables[0].total ? tables[0].total.name : OWN_TOTAL_NAME;
  const total = totalRow(units, totalName, tables[0].sheet, tables[0].total?.row ?? tables[0].headerTop);
  if (whole && total.households === null) Object.assign(total, withRates({ ...total, ...whole }));
  const groups = heads.length > 0 ? planGroups(leaves, units, heads) : null;
  const yearIssues = assumed ? [makeIssue("year-assumed", { sheet: tables[0].sheet, cell: null }, { actual: baseYear, expected: planYear })] : yearConflicts(tables, options, years);
  const nearPoorTarget = nearPoor?.source ?? null;
  const issues = (goalIssues: Issue[]) => [...yearIssues, ...weightIssues, ...goalIssues, ...(nearPoor?.issues ?? [])];
  const plan: Plan = { baseYear, planYear, growthPercent, units, groups, total, target: targets.source, nearPoorTarget };
  if ((options.planYears ?? 1) <= 1) return { plan, issues: issues(targets.issues), period: null };
  const period = planPeriod(plan, leaves.map((leaf) => leaf.weight), options, whole);
  // In a period every year's goal findings say their year, the first's as the later ones'.
  return { plan, issues: [...issues(targets.issues.map((issue) => inYear(issue, planYear))), ...period.issues], period: period.period };
}

/** The officer's weights by unit name, where the table has no weight column; a name matching no unit is said. */
function applyWeights(leaves: Leaf[], weights: Record<string, number>, sheet: string): Issue[] {
  const byName = new Map(Object.entries(weights).map(([name, weight]) => [nameKey(name), { name, weight, used: false }]));
  if (byName.size === 0) return [];
  for (const leaf of leaves) {
    const given = byName.get(nameKey(leaf.name));
    if (!given) continue;
    given.used = true;
    leaf.weight ??= given.weight;
  }
  return [...byName.values()].filter((w) => !w.used).map((w) => makeIssue("weight-unknown-unit", { sheet, cell: null }, { name: w.name }));
}

/** Which rows the plan has: units, units under groups, or one row per table or group. */
function planParts(tables: DetectedTable[], options: PlanOptions, growthPercent: number): Parts {
  const unitsOf = (table: DetectedTable, index: number) => table.units.map((unit) => unitLeaf(table, unit, growthPercent, index));
  if (tables.length > 1) {
    const heads = tables.map((table) => ({ name: tableName(table), sheet: table.sheet, row: table.total?.row ?? table.headerTop, order: null }));
    if (options.detail === true) return { leaves: tables.flatMap(unitsOf), heads };
    return { leaves: tables.map((table, index) => sumLeaf(heads[index], unitsOf(table, index), null)), heads: [] };
  }
  const table = tables[0];
  const leaves = table.units.map((unit) => unitLeaf(table, unit, growthPercent, unit.group));
  if (table.groups.length === 0) {
    // Set on the leaves just made rather than spread into a copy of each (10,600 objects of 15 fields).
    for (const leaf of leaves) leaf.group = null;
    return { leaves, heads: [] };
  }
  const heads = table.groups.map((group) => {
    const source = group.figures ?? group.title;
    return { name: group.title.name.replace(/^([IVXLC]+|[A-H])[.)-]\s*/, ""), sheet: table.sheet, row: source.row, order: group.order };
  });
  if (options.summary !== true) return { leaves, heads };
  // One row per group, in the source's order, with the units outside any group as they stand.
  const summary: Leaf[] = [];
  leaves.forEach((leaf, i) => {
    if (leaf.group === null) summary.push(leaf);
    else if (i === 0 || leaves[i - 1].group !== leaf.group) summary.push(sumLeaf(heads[leaf.group], leaves.filter((l) => l.group === leaf.group), null));
  });
  return { leaves: summary, heads: [] };
}

/** Consecutive leaves of one group under its row; leaves outside any group under none. */
function planGroups(leaves: Leaf[], units: PlanRow[], heads: GroupHead[]): PlanGroup[] {
  const runs: { group: number | null; units: PlanRow[] }[] = [];
  leaves.forEach((leaf, i) => {
    if (i > 0 && leaves[i - 1].group === leaf.group) runs[runs.length - 1].units.push(units[i]);
    else runs.push({ group: leaf.group, units: [units[i]] });
  });
  return runs.map(({ group, units: members }) => {
    if (group === null) return { subtotal: null, order: null, units: members };
    const head = heads[group];
    return { subtotal: totalRow(members, head.name, head.sheet, head.row), order: head.order, units: members };
  });
}

/** Households the table gives on its total row only: the province's households for the total and a goal. */
function totalOnlyHouseholds(tables: DetectedTable[], growthPercent: number): { households: number; projectedHouseholds: number } | null {
  if (tables.length !== 1 || !householdsOnTotalOnly(tables[0])) return null;
  const households = figure(tables[0].total as TableRow, "households") as number;
  const own = figure(tables[0].total as TableRow, "projectedHouseholds");
  return { households, projectedHouseholds: own ?? projectHouseholds(households, growthPercent) };
}

/** The officer's growth, else the table's ("tăng khoảng 0,7%"), else 0.7 %. */
export function planGrowth(tables: DetectedTable[], options: PlanOptions): number {
  return options.growthPercent ?? tables[0].growthPercent ?? DEFAULT_GROWTH_PERCENT;
}

export function tableName(table: DetectedTable): string {
  return table.titleUnit ?? table.sheet;
}

function unitLeaf(table: DetectedTable, unit: TableRow, growthPercent: number, group: number | null): Leaf {
  const households = figure(unit, "households");
  const own = figure(unit, "projectedHouseholds");
  return {
    name: unit.name,
    sheet: table.sheet,
    row: unit.row,
    group,
    households,
    householdsEstimated: unit.cells.households?.estimate !== undefined,
    poorHouseholds: figure(unit, "poorHouseholds"),
    poorPersons: figure(unit, "poorPersons"),
    socialAssistancePoor: figure(unit, "socialAssistancePoor"),
    povertyPolicyPoor: figure(unit, "povertyPolicyPoor"),
    projectedHouseholds: own ?? (households === null ? null : projectHouseholds(households, growthPercent)),
    tableTarget: figure(unit, "targetReduction"),
    weight: figure(unit, "allocationWeight"),
    nearPoorHouseholds: figure(unit, "nearPoorHouseholds"),
    nearPoorTableTarget: figure(unit, "nearPoorTarget"),
  };
}

/** A table or a group as one row: its units' sums. */
function sumLeaf(head: GroupHead, units: Leaf[], group: number | null): Leaf {
  const total = (field: keyof Leaf) => sumOf(units, (u) => u[field] as number | null);
  return {
    name: head.name,
    sheet: head.sheet,
    row: head.row,
    group,
    households: total("households"),
    householdsEstimated: units.some((u) => u.householdsEstimated),
    poorHouseholds: total("poorHouseholds"),
    poorPersons: total("poorPersons"),
    socialAssistancePoor: total("socialAssistancePoor"),
    povertyPolicyPoor: total("povertyPolicyPoor"),
    projectedHouseholds: total("projectedHouseholds"),
    tableTarget: total("tableTarget"),
    weight: null,
    nearPoorHouseholds: total("nearPoorHouseholds"),
    nearPoorTableTarget: total("nearPoorTableTarget"),
  };
}

/** Near-poor counts are kept for every unit once the plan has near-poor columns, even where a unit's own target is unknown. */
function planRow(leaf: Leaf, target: number | null, nearPoorPlanned: boolean, nearPoorTarget: number | null): PlanRow {
  // The rates' keys are in the literal, after the counts as withRates would add them, so each row is made in its final shape.
  const row: PlanRow = {
    name: leaf.name,
    sheet: leaf.sheet,
    row: leaf.row,
    households: leaf.households,
    householdsEstimated: leaf.householdsEstimated,
    poorHouseholds: leaf.poorHouseholds,
    poorPersons: leaf.poorPersons,
    socialAssistancePoor: leaf.socialAssistancePoor,
    povertyPolicyPoor: leaf.povertyPolicyPoor,
    projectedHouseholds: leaf.projectedHouseholds,
    targetReduction: target,
    remainingPoor: difference(leaf.poorHouseholds, target),
    nearPoorHouseholds: nearPoorPlanned ? leaf.nearPoorHouseholds : null,
    nearPoorTarget,
    nearPoorRemaining: difference(nearPoorPlanned ? leaf.nearPoorHouseholds : null, nearPoorTarget),
    poorRate: null,
    remainingRate: null,
    rateReduction: null,
    nearPoorRate: null,
    nearPoorRemainingRate: null,
    nearPoorRateReduction: null,
  };
  return withRates(row);
}
