/** Validation findings are values (HyperFormula's errors-as-values), never exceptions. */
import type { SourceSheet } from "../cells";

export type Severity = "error" | "warning" | "info";

export interface Message {
  vi: string;
  en: string;
}

/** The sheet of a finding about the plan of several tables as a whole (a goal, the targets): none of theirs. */
export const WHOLE_PLAN = "";

export interface Issue {
  code: string;
  severity: Severity;
  /** The sheet the finding is on, or WHOLE_PLAN. */
  sheet: string;
  /** A1 address of the offending cell, or null when the finding is about a whole sheet. */
  cell: string | null;
  message: Message;
  expected: number | string | null;
  actual: number | string | null;
  /**
   * A finding that follows from another cell's error: that cell (A1, same sheet), to be fixed first.
   * Only where there is one (a rate over a total that differs from its units' sum).
   */
  cause?: string;
  /** The file and the sheet's own name there, for a sheet read from another file than the appendix's workbook (Grid.source). */
  source?: SourceSheet;
}

export type Lang = keyof Message;
