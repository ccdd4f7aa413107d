/** The engine's one entry point for hosts: grids in, tables, findings, plan and appendix layout out. */
import { appendixLayout, type AppendixLayout } from "./appendix";
import { MAX_CHART_UNITS, withChart } from "./appendix/chart";
import { detectTables, keepOneSheetOfSameUnits, type Field, type ColumnOverride, type DetectedTable, type IncompleteTable } from "./detect";
import { addAll, type Grid, decodeTcvn3Grid } from "./cells";
import { type Issue, makeIssue } from "./findings";
import { buildPlan, planGrowth, type PeriodPlan, type Plan, type PlanOptions } from "./plan";
import { periodLayout } from "./appendix/period-layout";
import { validateTable } from "./validate";
import { nameTablesAfterFiles, placeInFiles, sourcesOf } from "./source-files";

export interface AnalyzeOptions extends PlanOptions {
  /** Only these sheets (default: every sheet holding a unit table). */
  sheets?: string[];
  /** The officer's corrections of the detected column mapping. */
  overrides?: ColumnOverride[];
  /** Columns assigned on every sheet read (the command line's --map), as letters' numbers. */
  columnMap?: { field: Field; col: number }[];
  /** The chart of the units' rates beside the appendix (default true). */
  chart?: boolean;
}

export interface Analysis {
  tables: DetectedTable[];
  /** Unit tables found without all their required columns: the officer can map them (overrides). */
  incomplete: IncompleteTable[];
  /** Detection, validation and planning findings, errors first. */
  issues: Issue[];
  /** null when no unit table was found or the plan cannot be computed (see issues). */
  plan: Plan | null;
  /** A plan over several years (options.planYears > 1), whose first year is `plan`; its appendix is `layout`. */
  period?: PeriodPlan | null;
  layout: AppendixLayout | null;
  hasErrors: boolean;
}

const SEVERITY_ORDER: Record<Issue["severity"], number> = { error: 0, warning: 1, info: 2 };

export function analyze(grids: Grid[], options: AnalyzeOptions = {}): Analysis {
  const sources = sourcesOf(grids);
  const detected = detectAll(grids, options, (sheet) => sources.get(sheet)?.file);
  const { incomplete, checkedOnly, issues } = detected;
  const { tables, issues: named } = nameTablesAfterFiles(detected.tables, sources);
  addAll(issues, named);
  // A table lacking households cannot be planned, but a count it states wrong is still said.
  for (const table of checkedOnly) addAll(issues, validateTable(table, planGrowth([table], options)));
  let plan: Plan | null = null;
  let period: PeriodPlan | null = null;
  let layout: AppendixLayout | null = null;
  if (tables.length > 0) {
    const growth = planGrowth(tables, options);
    for (const table of tables) addAll(issues, validateTable(table, growth));
    const built = buildPlan(tables, options);
    addAll(issues, built.issues);
    plan = built.plan;
    period = built.period;
    layout = period ? periodLayout(period) : appendixLayout(plan);
    // The chart compares one year's plan rates with the baseline: a period appendix has none yet.
    if (options.chart !== false && !period) {
      const charted = withChart(layout, plan);
      layout = charted.layout;
      if (charted.units > MAX_CHART_UNITS) {
        issues.push(makeIssue("chart-too-many-units", { sheet: layout.sheetName, cell: null }, { actual: charted.units, limit: MAX_CHART_UNITS }));
      }
    }
  }
  placeInFiles(issues, sources);
  // Array sort is stable: within a severity the findings keep the tables' order.
  issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { tables, incomplete, issues, plan, period, layout, hasErrors: issues.some((i) => i.severity === "error") };
}

function detectAll(grids: Grid[], options: AnalyzeOptions, fileOf: (sheet: string) => string | undefined): { tables: DetectedTable[]; incomplete: IncompleteTable[]; checkedOnly: DetectedTable[]; issues: Issue[] } {
  const explicit = options.sheets !== undefined;
  const chosen = explicit ? grids.filter((g) => options.sheets?.includes(g.sheet)) : grids;
  const issues: Issue[] = [];
  const incomplete: IncompleteTable[] = [];
  const checkedOnly: DetectedTable[] = [];
  let tables: DetectedTable[] = [];
  for (const sheet of options.sheets ?? []) {
    if (!grids.some((g) => g.sheet === sheet)) issues.push(makeIssue("no-table", { sheet, cell: null }, { sheet }));
  }
  for (const given of chosen) {
    const decoded = decodeTcvn3Grid(given);
    if (decoded) issues.push(makeIssue("tcvn3-decoded", { sheet: given.sheet, cell: null }, { sheet: given.sheet }));
    const grid = decoded ?? given;
    const mapped = (options.columnMap ?? []).map((m) => ({ sheet: grid.sheet, ...m }));
    const detection = detectTables(grid, [...(options.overrides ?? []), ...mapped]);
    addAll(tables, detection.tables);
    addAll(incomplete, detection.incomplete);
    addAll(checkedOnly, detection.checkedOnly);
    addAll(issues, detection.issues);
    if (explicit && detection.tables.length === 0 && detection.issues.length === 0) {
      issues.push(makeIssue("no-table", { sheet: grid.sheet, cell: null }, { sheet: grid.sheet }));
    }
  }
  // An appendix written earlier is no unit table to plan from, unless it is all there is.
  if (!explicit && tables.some((t) => !t.isAppendix)) {
    for (const appendix of tables.filter((t) => t.isAppendix)) {
      issues.push(makeIssue("appendix-skipped", { sheet: appendix.sheet, cell: null }, { sheet: appendix.sheet }));
    }
    tables = tables.filter((t) => !t.isAppendix);
  }
  const oneOfSameUnits = keepOneSheetOfSameUnits(tables, fileOf);
  addAll(issues, oneOfSameUnits.issues);
  tables = oneOfSameUnits.tables;
  if (tables.length === 0 && issues.length === 0) {
    for (const g of chosen) issues.push(makeIssue("no-table", { sheet: g.sheet, cell: null }, { sheet: g.sheet }));
  }
  return { tables, incomplete, checkedOnly, issues };
}
