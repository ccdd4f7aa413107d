/** Validation findings are values (HyperFormula's errors-as-values), never exceptions. */

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
}

export type Lang = keyof Message;
