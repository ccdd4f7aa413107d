/** Every rule over one detected table; findings are values, in table order. */
import { type Issue, makeIssue } from "../findings";
import { householdsOnTotalOnly, type DetectedTable, type Field, type TableRow } from "../detect";
import { earlierSameNames } from "../cells";
import { checkBounds, checkCells, checkPovertyKinds, checkTargetsGiven, kindsFollowUnits, poorAndNearPoorFixes } from "./validate-cells";
import { aggregateProjections, checkPlanColumns, oneFindingPerColumnWithoutGrowth, remainingFixes } from "./validate-plan-columns";
import { checkRatios, fractionRates, ratioRulesOf } from "./validate-ratios";
import { checkTotals } from "./validate-totals";
import { checkGroups } from "./validate-groups";
import { mistypedHouseholds } from "./validate-households";

/** The plan's own columns, which checkPlanColumns recomputes. */
const PLAN_COLUMNS: Field[] = ["projectedHouseholds", "remainingPoor", "remainingRate", "rateReduction"];

export function validateTable(table: DetectedTable, growthPercent: number): Issue[] {
  const issues: Issue[] = [];
  // The groups' own figures and the total, after the units: where they stand, with no copy of the 10,000 units in one list.
  // A group's figures stand on its title or subtotal row, never a unit's (groupRows).
  const aggregates: TableRow[] = [];
  for (const group of table.groups) if (group.figures) aggregates.push(group.figures);
  if (table.total) aggregates.push(table.total);
  const ratioRules = ratioRulesOf(table);
  const fractions = fractionRates(table, ratioRules, aggregates, issues);
  // Units' figures their own row shows wrong, with the right ones: said once, not again where they are added up or divided by.
  const fixes = mistypedHouseholds(table, fractions, remainingFixes(table, poorAndNearPoorFixes(table)), issues);
  // A total or group figure that is not its units' sum: ratios over it are judged against the sum, and say why.
  const sums = [...checkGroups(table, fixes), ...checkTotals(table, fixes)];
  const corrected = new Map(sums.filter((i) => typeof i.expected === "number" && i.cell).map((i) => [i.cell as string, i.expected as number]));
  // Asked once: for each of 10,000 rows it would scan the units again (issues × units when only the total has households).
  const householdsOnTotal = householdsOnTotalOnly(table);
  // Only a table with its own plan rate needs them: one more pass over the units otherwise.
  const projections = table.columns.some((c) => c.field === "remainingRate") ? aggregateProjections(table, growthPercent) : null;
  // The groups' and the total's kinds are checked only when the units' do not settle them.
  const aggregateKinds = !kindsFollowUnits(table);
  // A check whose columns the table lacks finds nothing: not asked of its 10,000 rows.
  const has = (field: Field) => table.columns.some((c) => c.field === field);
  const hasKinds = has("incomePoor") && has("deprivationPoor");
  const hasPlanColumns = PLAN_COLUMNS.some(has);
  const hasTargets = has("targetReduction") || has("nearPoorTarget");
  const checkRow = (row: TableRow, kinds: boolean) => {
    checkCells(table, row, householdsOnTotal, issues);
    checkBounds(table, row, issues);
    if (kinds && hasKinds) checkPovertyKinds(table, row, issues);
    checkRatios(table, ratioRules, row, corrected, fixes, fractions, issues);
    if (hasPlanColumns) checkPlanColumns(table, row, growthPercent, row === table.total, issues, projections?.get(row));
  };
  for (const row of table.units) {
    checkRow(row, true);
    if (hasTargets) checkTargetsGiven(table, row, issues);
  }
  for (const row of aggregates) checkRow(row, aggregateKinds);
  oneFindingPerColumnWithoutGrowth(issues);
  return [...issues, ...sums, ...checkDuplicateUnits(table)];
}

/** A unit twice in one group; the same district under "Khu vực thành thị" and "Khu vực nông thôn" is two parts. */
function checkDuplicateUnits(table: DetectedTable): Issue[] {
  const { units } = table;
  const earlier = earlierSameNames(
    units.map((unit) => unit.name),
    (index) => units[index].group ?? -1,
  );
  const issues: Issue[] = [];
  units.forEach((unit, index) => {
    if (earlier[index] < 0) return;
    const group = unit.group === null ? undefined : table.groups[unit.group].title.name;
    issues.push(makeIssue("duplicate-unit", { sheet: table.sheet, cell: unit.nameCell }, { name: unit.name, cells: units[earlier[index]].nameCell, text: group }));
  });
  return issues;
}
