/** From validated tables to the plan: projections, targets, remaining poor, plan rates, totals. */
import { type Issue, makeIssue, WHOLE_PLAN } from "../findings";
import { projectHouseholds, sumOf } from "./plan-math";
import type { Plan, PlanGroup, PlanOptions, PlanRow } from "./plan-types";
import { figure, type DetectedTable } from "../detect";
import { resolveTargets } from "./targets";
import { columnReader, type Leaf, UnitLeaf, UnitPlanRow } from "./unit-rows";
import { nearPoorTargets } from "./near-poor";
import { planYears, yearConflicts, yearGap } from "./years";
import { inYear, planPeriod, type PeriodPlan } from "./period";
import { totalRow, withRates, withWholeHouseholds } from "./plan-rows";
import { OWN_TOTAL_NAME } from "./total-name";
import { applyWeights } from "./weights";
import { pointsColumn, pointsShortfalls, pointsTargets } from "./table-points";

export const DEFAULT_GROWTH_PERCENT = 0.7;

interface GroupHead {
  name: string;
  sheet: string;
  row: number;
  order: string | null;
}

interface Parts {
  leaves: Leaf[];
  heads: GroupHead[];
  /** The units the rows add up, when a row is a table or a group: a unit lacking a count is named, not its row. */
  summed: Leaf[] | null;
}

export function buildPlan(tables: DetectedTable[], options: PlanOptions): { plan: Plan; issues: Issue[]; period: PeriodPlan | null } {
  const growthPercent = planGrowth(tables, options);
  const years = planYears(tables[0], options);
  const { baseYear, planYear, assumed } = years;
  const { leaves, heads, summed } = planParts(tables, options, growthPercent);
  // A goal or the targets of tables on several sheets concern all of them, not the first one's sheet.
  const planSheet = tables.every((table) => table.sheet === tables[0].sheet) ? tables[0].sheet : WHOLE_PLAN;
  const weightIssues = applyWeights(leaves, options.weights ?? {}, planSheet);
  const hasTargetColumn = tables.every((t) => t.columns.some((c) => c.field === "targetReduction"));
  const whole = totalRowHouseholds(tables, growthPercent);
  const points = pointsColumn(tables, summed ?? leaves);
  const goal = options.targetHouseholds !== undefined || options.targetRateReduction !== undefined;
  // A households column or a goal wins over the table's points, which the plan is then compared with.
  const targets = points && !goal && !hasTargetColumn ? pointsTargets(leaves, points, options, planSheet, summed) : resolveTargets(leaves, hasTargetColumn, options, planSheet, whole);
  const nearPoor = nearPoorTargets(tables, leaves, options, whole);
  const units = leaves.map((leaf, i): PlanRow => withRates(new UnitPlanRow(leaf, targets.values[i], nearPoor !== null, nearPoor?.values[i] ?? null)));
  // A total row taken by its sums may have no name of its own.
  const totalName = (tables.length === 1 && tables[0].total?.name) || OWN_TOTAL_NAME;
  const total = totalRow(units, totalName, tables[0].sheet, tables[0].total?.row ?? tables[0].headerTop);
  withWholeHouseholds(total, units, whole);
  const groups = heads.length > 0 ? planGroups(leaves, units, heads) : null;
  const yearIssues = assumed
    ? [makeIssue("year-assumed", { sheet: tables[0].sheet, cell: null }, { actual: baseYear, expected: planYear })]
    : [...yearConflicts(tables, options, years), ...yearGap(tables[0], years, options.planYears ?? 1)];
  const nearPoorTarget = nearPoor?.source ?? null;
  const counted = summed ?? leaves;
  const inRows = summed !== null;
  const missing = [
    ...unitsWithout(counted, (leaf) => leaf.poorHouseholds, planSheet, { goal: options.targetHouseholds !== undefined || options.targetRateReduction !== undefined, inRows }),
    ...(nearPoor ? unitsWithout(counted, (leaf) => leaf.nearPoorHouseholds, planSheet, { goal: nearPoor.source.kind === "households" || nearPoor.source.kind === "rateReduction", nearPoor: true, inRows }) : []),
  ];
  const shortfalls = points && (options.planYears ?? 1) <= 1 ? pointsShortfalls(summed ? [] : units, total, points, tables[0].sheet) : [];
  const issues = (goalIssues: Issue[]) => [...yearIssues, ...weightIssues, ...missing, ...goalIssues, ...shortfalls, ...(nearPoor?.issues ?? [])];
  const plan: Plan = { baseYear, planYear, growthPercent, units, groups, total, target: targets.source, nearPoorTarget };
  if ((options.planYears ?? 1) <= 1) return { plan, issues: issues(targets.issues), period: null };
  const period = planPeriod(plan, leaves.map((leaf) => leaf.weight), options, whole);
  // In a period every year's goal findings say their year, the first's as the later ones'.
  // Refused points already say what a period needs, naming their column; the households column's words would not fit.
  const pointsRefused = targets.issues.some((issue) => issue.code === "points-in-period");
  const periodIssues = pointsRefused ? period.issues.filter((issue) => issue.code !== "period-needs-goal") : period.issues;
  return { plan, issues: [...issues(targets.issues.map((issue) => inYear(issue, planYear))), ...periodIssues], period: period.period };
}

/** Which rows the plan has: units, units under groups, or one row per table or group. */
function planParts(tables: DetectedTable[], options: PlanOptions, growthPercent: number): Parts {
  const unitsOf = (table: DetectedTable, index: number) => {
    const read = columnReader(table);
    return table.units.map((unit) => new UnitLeaf(table, unit, growthPercent, index, read));
  };
  if (tables.length > 1) {
    const heads = tables.map((table) => ({ name: tableName(table), sheet: table.sheet, row: table.total?.row ?? table.headerTop, order: null }));
    if (options.detail === true) return { leaves: tables.flatMap(unitsOf), heads, summed: null };
    const units = tables.map(unitsOf);
    return { leaves: tables.map((_, index) => sumLeaf(heads[index], units[index], null)), heads: [], summed: units.flatMap((members, index) => members.map((leaf) => within(leaf, heads[index]))) };
  }
  const table = tables[0];
  const read = columnReader(table);
  const leaves: Leaf[] = table.units.map((unit) => new UnitLeaf(table, unit, growthPercent, unit.group, read));
  if (table.groups.length === 0) {
    // Set on the leaves just made rather than spread into a copy of each (10,600 objects of 15 fields).
    for (const leaf of leaves) leaf.group = null;
    return { leaves, heads: [], summed: null };
  }
  const heads = table.groups.map((group) => {
    const source = group.figures ?? group.title;
    return { name: group.title.name.replace(/^([IVXLC]+|[A-H])[.)-]\s*/, ""), sheet: table.sheet, row: source.row, order: group.order };
  });
  if (options.summary !== true) return { leaves, heads, summed: null };
  // One row per group, in the source's order, with the units outside any group as they stand.
  const summary: Leaf[] = [];
  leaves.forEach((leaf, i) => {
    if (leaf.group === null) summary.push(leaf);
    else if (i === 0 || leaves[i - 1].group !== leaf.group) summary.push(sumLeaf(heads[leaf.group], leaves.filter((l) => l.group === leaf.group), null));
  });
  return { leaves: summary, heads: [], summed: leaves.map((leaf) => (leaf.group === null ? leaf : within(leaf, heads[leaf.group]))) };
}

/** A unit as named under its table's or group's row: "Xã Vĩnh Khê (Huyện Vĩnh Linh)". */
function within(leaf: Leaf, head: GroupHead): Leaf {
  return { ...leaf, name: `${leaf.name} (${head.name})` };
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

/**
 * The households on the table's total row (read, or estimated from its own rate) where some units lack
 * theirs (none given, or one that could not be estimated): the province's households for the total and a goal.
 */
function totalRowHouseholds(tables: DetectedTable[], growthPercent: number): { households: number; projectedHouseholds: number } | null {
  const total = tables.length === 1 ? tables[0].total : null;
  const households = total ? figure(total, "households") : null;
  if (!total || households === null || tables[0].units.every((unit) => figure(unit, "households") !== null)) return null;
  const own = figure(total, "projectedHouseholds");
  return { households, projectedHouseholds: own ?? projectHouseholds(households, growthPercent) };
}

/** Units lacking a count the plan needs: named once, as they are left blank and the totals add up the others; on their sheet when they share one. */
function unitsWithout(leaves: Leaf[], count: (leaf: Leaf) => number | null, planSheet: string, params: { goal: boolean; nearPoor?: boolean; inRows: boolean }): Issue[] {
  const lacking = leaves.filter((leaf) => count(leaf) === null);
  if (lacking.length === 0) return [];
  const sheet = lacking.every((leaf) => leaf.sheet === lacking[0].sheet) ? lacking[0].sheet : planSheet;
  return [makeIssue("units-without-figures", { sheet, cell: null }, { names: lacking.map((leaf) => leaf.name), ...params })];
}

/** The officer's growth, else the table's ("tăng khoảng 0,7%"), else 0.7 %. */
export function planGrowth(tables: DetectedTable[], options: PlanOptions): number {
  return options.growthPercent ?? tables[0].growthPercent ?? DEFAULT_GROWTH_PERCENT;
}

export function tableName(table: DetectedTable): string {
  return table.titleUnit ?? table.sheet;
}

/**
 * A table or a group as one row: its units' sums. Its poor (near-poor) households and targets add up
 * the units whose poor (near-poor) households are known, as a total row does: one blank commune no
 * longer blanks its whole district, and so the province's poor (the goal is shared without the district).
 */
function sumLeaf(head: GroupHead, units: Leaf[], group: number | null): Leaf {
  const total = (field: keyof Leaf, over = units) => sumOf(over, (u) => u[field] as number | null);
  const poorKnown = units.filter((u) => u.poorHouseholds !== null);
  const nearPoorKnown = units.filter((u) => u.nearPoorHouseholds !== null);
  return {
    name: head.name,
    sheet: head.sheet,
    row: head.row,
    group,
    households: total("households"),
    householdsEstimated: units.some((u) => u.householdsEstimated),
    poorHouseholds: total("poorHouseholds", poorKnown),
    poorPersons: total("poorPersons"),
    socialAssistancePoor: total("socialAssistancePoor"),
    povertyPolicyPoor: total("povertyPolicyPoor"),
    projectedHouseholds: total("projectedHouseholds"),
    tableTarget: total("tableTarget", poorKnown),
    weight: null,
    nearPoorHouseholds: total("nearPoorHouseholds", nearPoorKnown),
    nearPoorTableTarget: total("nearPoorTableTarget", nearPoorKnown),
  };
}
