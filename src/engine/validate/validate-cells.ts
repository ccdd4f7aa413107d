/** Rules on single cells and rows: readable figures, whole non-negative counts, required values. */
import { isCountField, type Field, figure, type DetectedTable, type TableRow } from "../detect";
import { isCellError, UNCACHED_FORMULA } from "../cells";
import { type Issue, makeIssue } from "../findings";

const REQUIRED: Field[] = ["households", "poorHouseholds"];

/** `householdsOnTotal`: the table gives households on its total row only (householdsOnTotalOnly), asked once per table. */
export function checkCells(table: DetectedTable, row: TableRow, householdsOnTotal: boolean): Issue[] {
  const issues: Issue[] = [];
  const place = (cell: string) => ({ sheet: table.sheet, cell });
  // for…in walks the fields in the same order as Object.entries without a list of pairs per row.
  for (const key in row.cells) {
    const field = key as Field;
    const read = row.cells[field];
    if (!read) continue;
    // The findings' parameters written out in each branch: most cells have none, and 50,000 of them are read.
    if (read.problem === "error-value") {
      const text = isCellError(read.raw) ? read.raw.error : String(read.raw);
      issues.push(makeIssue(text === UNCACHED_FORMULA ? "formula-without-value" : "error-value", place(read.cell), { field, name: row.name, text }));
    } else if (read.problem === "not-a-number") {
      issues.push(makeIssue("not-a-number", place(read.cell), { field, name: row.name, text: String(read.raw) }));
    } else if (read.value !== null && !Number.isInteger(read.value) && isCountField(field)) {
      issues.push(makeIssue("not-whole", place(read.cell), { field, name: row.name, actual: read.value }));
    } else if (read.value !== null && read.value < 0 && field !== "rateReduction") {
      issues.push(makeIssue("negative", place(read.cell), { field, name: row.name, actual: read.value }));
    }
  }
  for (const field of REQUIRED) {
    if (field === "households" && householdsOnTotal) continue;
    const read = row.cells[field];
    if (read && read.value === null && !read.problem) issues.push(makeIssue("missing-value", place(read.cell), { field, name: row.name }));
  }
  return issues;
}

/** Poor households within households, targets within poor households, parts adding up to their whole. */
export function checkBounds(table: DetectedTable, row: TableRow): Issue[] {
  const issues: Issue[] = [];
  const households = figure(row, "households");
  const poor = figure(row, "poorHouseholds");
  const target = figure(row, "targetReduction");
  const at = (field: Field) => ({ sheet: table.sheet, cell: row.cells[field]?.cell ?? row.nameCell });
  if (poor !== null && households !== null && poor > households) {
    issues.push(makeIssue("poor-exceeds-households", at("poorHouseholds"), { name: row.name, actual: poor, expected: households }));
  }
  if (target !== null && poor !== null && target > poor) {
    issues.push(makeIssue("target-exceeds-poor", at("targetReduction"), { name: row.name, actual: target, expected: poor }));
  }
  const socialAssistance = figure(row, "socialAssistancePoor");
  const povertyPolicy = figure(row, "povertyPolicyPoor");
  if (poor !== null && socialAssistance !== null && povertyPolicy !== null && socialAssistance + povertyPolicy !== poor) {
    issues.push(makeIssue("parts-sum", at("socialAssistancePoor"), { name: row.name, actual: socialAssistance + povertyPolicy, expected: poor }));
  }
  const nearPoor = figure(row, "nearPoorHouseholds");
  const both = figure(row, "poorAndNearPoorHouseholds");
  if (both !== null && poor !== null && nearPoor !== null && poor + nearPoor !== both) {
    issues.push(makeIssue("poor-and-near-poor-sum", at("poorAndNearPoorHouseholds"), { name: row.name, actual: both, expected: poor + nearPoor }));
  }
  return issues;
}
