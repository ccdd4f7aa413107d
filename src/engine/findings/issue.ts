/** Validation findings are values (HyperFormula's errors-as-values), never exceptions. */
import type { SourceSheet } from "../cells";

export type Severity = "error" | "warning" | "info";

export interface Message {
  vi: string;
  en: string;
}

export interface Issue {
  code: string;
  severity: Severity;
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
