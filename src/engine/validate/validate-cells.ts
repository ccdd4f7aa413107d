/** Rules on single cells and rows: readable figures, whole non-negative counts, required values. */
import { isCountField, type Field, figure, type DetectedTable, type TableRow } from "../detect";
import { addressOf, numbersOnly, problemOf, rawOf } from "../detect/row-values";
import { isCellError, isDash, UNCACHED_FORMULA } from "../cells";
import { type Issue, makeIssue } from "../findings";

const REQUIRED: Field[] = ["households", "poorHouseholds"];

/** Where a row check's finding points; a function of the module rather than a closure made per row. */
export function place(table: DetectedTable, cell: string): { sheet: string; cell: string } {
  return { sheet: table.sheet, cell };
}

/**
 * `householdsOnTotal`: the table gives households on its total row only (householdsOnTotalOnly), asked once per table.
 * The row checks add their findings to `issues`: a list and a closure made per check and row were most of what they allocated.
 */
export function checkCells(table: DetectedTable, row: TableRow, householdsOnTotal: boolean, issues: Issue[]): void {
  // A row of numbers has no unreadable or blank cell: only whole and non-negative to ask, with no cell made.
  const numbers = numbersOnly(row);
  if (numbers) {
    for (const { field } of numbers) checkWholeAndSign(table, row, field, figure(row, field) as number, issues);
    return;
  }
  // for…in walks the fields in the same order as Object.entries without a list of pairs per row.
  for (const key in row.cells) {
    const field = key as Field;
    const read = row.cells[field];
    if (!read) continue;
    // The findings' parameters written out in each branch: most cells have none, and 50,000 of them are read.
    if (read.problem === "error-value") {
      const text = isCellError(read.raw) ? read.raw.error : String(read.raw);
      issues.push(makeIssue(text === UNCACHED_FORMULA ? "formula-without-value" : "error-value", place(table, read.cell), { field, name: row.name, text }));
    } else if (read.problem === "not-a-number") {
      issues.push(makeIssue("not-a-number", place(table, read.cell), { field, name: row.name, text: String(read.raw) }));
    } else if (read.value !== null) {
      checkWholeAndSign(table, row, field, read.value, issues);
    }
  }
  for (const field of REQUIRED) {
    if (field === "households" && householdsOnTotal) continue;
    const read = row.cells[field];
    if (read && read.value === null && !read.problem) issues.push(makeIssue("missing-value", place(table, read.cell), { field, name: row.name }));
  }
}

/** A count is whole, and no figure but a rate's reduction is negative; the cell is named only for a finding. */
function checkWholeAndSign(table: DetectedTable, row: TableRow, field: Field, value: number, issues: Issue[]): void {
  if (!Number.isInteger(value) && isCountField(field)) {
    issues.push(makeIssue("not-whole", place(table, addressOf(row, field) as string), { field, name: row.name, actual: value }));
  } else if (value < 0 && field !== "rateReduction") {
    issues.push(makeIssue("negative", place(table, addressOf(row, field) as string), { field, name: row.name, actual: value }));
  }
}

/**
 * A unit's blank cell in a target column, where its poor (near-poor) households are known: the plan
 * would give it no target and the total none, with nothing said (field test 4). A dash is none, and an
 * unreadable cell has its own finding.
 */
export function checkTargetsGiven(table: DetectedTable, row: TableRow, issues: Issue[]): void {
  for (const [target, count] of TARGETS_OF) {
    if (figure(row, target) !== null || figure(row, count) === null) continue;
    const cell = addressOf(row, target);
    if (cell !== undefined && !problemOf(row, target) && !isDash(rawOf(row, target) ?? null)) {
      issues.push(makeIssue("missing-target", place(table, cell), { field: target, name: row.name }));
    }
  }
}

const TARGETS_OF: [Field, Field][] = [
  ["targetReduction", "poorHouseholds"],
  ["nearPoorTarget", "nearPoorHouseholds"],
];

/** Poor households within households, targets within poor (or near-poor) households, parts adding up to their whole. */
export function checkBounds(table: DetectedTable, row: TableRow, issues: Issue[]): void {
  const households = figure(row, "households");
  const poor = figure(row, "poorHouseholds");
  const target = figure(row, "targetReduction");
  if (poor !== null && households !== null && poor > households) {
    issues.push(makeIssue("poor-exceeds-households", place(table, addressOf(row, "poorHouseholds") ?? row.nameCell), { name: row.name, actual: poor, expected: households }));
  }
  if (target !== null && poor !== null && target > poor) {
    issues.push(makeIssue("target-exceeds-poor", place(table, addressOf(row, "targetReduction") ?? row.nameCell), { name: row.name, actual: target, expected: poor }));
  }
  const nearPoorTarget = figure(row, "nearPoorTarget");
  const nearPoor = figure(row, "nearPoorHouseholds");
  if (nearPoorTarget !== null && nearPoor !== null && nearPoorTarget > nearPoor) {
    issues.push(makeIssue("target-exceeds-near-poor", place(table, addressOf(row, "nearPoorTarget") ?? row.nameCell), { name: row.name, actual: nearPoorTarget, expected: nearPoor }));
  }
  const socialAssistance = figure(row, "socialAssistancePoor");
  const povertyPolicy = figure(row, "povertyPolicyPoor");
  if (poor !== null && socialAssistance !== null && povertyPolicy !== null && socialAssistance + povertyPolicy !== poor) {
    issues.push(makeIssue("parts-sum", place(table, addressOf(row, "socialAssistancePoor") ?? row.nameCell), { name: row.name, actual: socialAssistance + povertyPolicy, expected: poor }));
  }
  const both = figure(row, "poorAndNearPoorHouseholds");
  if (both !== null && poor !== null && nearPoor !== null && poor + nearPoor !== both) {
    issues.push(makeIssue("poor-and-near-poor-sum", place(table, addressOf(row, "poorAndNearPoorHouseholds") ?? row.nameCell), { name: row.name, actual: both, expected: poor + nearPoor }));
  }
}

/** The poor by income and by lack of basic social services, the two kinds the poor households are split into. */
const POVERTY_KINDS: Field[] = ["poorHouseholds", "incomePoor", "deprivationPoor"];

/**
 * Whether an aggregate row's kinds follow from its units': every unit gives them and its poor households,
 * so a difference on a group or total row is a unit's own or a sum's, each said where it is.
 */
export function kindsFollowUnits(table: DetectedTable): boolean {
  return table.units.every((unit) => POVERTY_KINDS.every((field) => figure(unit, field) !== null));
}

/** The two kinds of the poor add up to the poor households; the finding names both cells. */
export function checkPovertyKinds(table: DetectedTable, row: TableRow, issues: Issue[]): void {
  const poor = figure(row, "poorHouseholds");
  const income = figure(row, "incomePoor");
  const lacking = figure(row, "deprivationPoor");
  if (poor === null || income === null || lacking === null || income + lacking === poor) return;
  const lackingCell = addressOf(row, "deprivationPoor") as string;
  issues.push(
    makeIssue("poverty-kinds-sum", place(table, lackingCell), {
      field: "incomePoor",
      other: "deprivationPoor",
      name: row.name,
      cells: `${addressOf(row, "incomePoor")} + ${lackingCell}`,
      actual: income + lacking,
      expected: poor,
    }),
  );
}

/**
 * Units' poor + near-poor counts their own row shows wrong, by cell, with poor + near-poor: the total
 * that adds the right count and the rate over it are right, and the one error is said once.
 */
export function poorAndNearPoorFixes(table: DetectedTable): Map<string, number> {
  const fixes = new Map<string, number>();
  if (!table.columns.some((c) => c.field === "poorAndNearPoorHouseholds")) return fixes;
  for (const unit of table.units) {
    const both = figure(unit, "poorAndNearPoorHouseholds");
    const poor = figure(unit, "poorHouseholds");
    const nearPoor = figure(unit, "nearPoorHouseholds");
    if (both !== null && poor !== null && nearPoor !== null && both !== poor + nearPoor) fixes.set(addressOf(unit, "poorAndNearPoorHouseholds") as string, poor + nearPoor);
  }
  return fixes;
}
