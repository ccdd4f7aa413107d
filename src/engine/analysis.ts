/** The engine's one entry point for hosts: grids in, tables, findings, plan and appendix layout out. */
import type { Issue } from "./issue";
import type { AppendixLayout } from "./layout";
import type { Plan, PlanOptions } from "./plan-types";
import type { ColumnOverride, DetectedTable } from "./table";

export interface AnalyzeOptions extends PlanOptions {
  /** Only these sheets (default: every sheet holding a unit table). */
  sheets?: string[];
  /** The officer's corrections of the detected column mapping. */
  overrides?: ColumnOverride[];
}

export interface Analysis {
  tables: DetectedTable[];
  /** Detection, validation and planning findings, errors first. */
  issues: Issue[];
  /** null when no unit table was found or the plan cannot be computed (see issues). */
  plan: Plan | null;
  layout: AppendixLayout | null;
  hasErrors: boolean;
}
