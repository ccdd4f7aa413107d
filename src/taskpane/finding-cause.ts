/**
 * The cell a knock-on finding follows from (Issue.cause, e.g. a total that differs from its units'
 * sum), with its column's field in the officer's words, so the pane can show it as a field of its
 * own and, inside Excel, take the officer to it. Loaded with step 2, where the engine is.
 */
import { FIELD_LABELS, parseArea, type Issue, type Lang } from "../engine";
import type { PaneAnalysis } from "./pane-analysis";

export interface FindingCause {
  /** The causing cell, on the finding's sheet. */
  cell: string;
  /** Its column's field ("Số hộ nghèo"), when a table on the sheet maps that column. */
  column: string | null;
}

export function causeOf(analysis: PaneAnalysis, issue: Issue, lang: Lang): FindingCause | null {
  if (issue.cause === undefined) return null;
  const col = parseArea(issue.cause).left;
  const mapping = analysis.tables
    .filter((table) => table.sheet === issue.sheet)
    .flatMap((table) => table.columns)
    .find((column) => column.col === col);
  return { cell: issue.cause, column: mapping ? FIELD_LABELS[mapping.field][lang] : null };
}
