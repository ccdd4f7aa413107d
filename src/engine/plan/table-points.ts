/**
 * A resolution's targets in points per unit ("Tỷ lệ hộ nghèo giảm (%)": Mường Nhé 4,5, Điện Biên Phủ
 * 0,3): each unit's households to lift out, worked out as a province goal in points is, and the plan's
 * rate reductions compared with them.
 */
import { columnLetters, toA1 } from "../cells";
import type { DetectedTable } from "../detect";
import type { ColumnMapping, ReadCell } from "../detect/table";
import { type Issue, makeIssue } from "../findings";
import { householdsForPoints, percent } from "./plan-math";
import { unitTargetKey, type PlanOptions, type PlanRow } from "./plan-types";
import type { TargetRow, Targets } from "./targets";

/** A row whose plan lowers the rate less than its points (`cell`). */
export interface PointsShortfall {
  name: string;
  cell: string;
  plan: number;
  points: number;
}

export interface PointsColumn {
  /** Each plan row's points cell, by position; null for a row that sums several units. */
  cells: (ReadCell | null)[];
  /** The total row's own points, when one table has them. */
  total: ReadCell | null;
  /** The column as the officer sees it: `F ("Tỷ lệ hộ nghèo giảm (%)")`. */
  column: string;
}

/**
 * The column read as targets: every table has it and none has a plan rate column, which would make it
 * the published plan's own reduction (the validator checks that one against the plan rate).
 */
export function pointsColumn(tables: DetectedTable[], rows: readonly { sheet: string; row: number }[]): PointsColumn | null {
  const has = (table: DetectedTable, field: "rateReduction" | "remainingRate") => table.columns.find((c) => c.field === field);
  if (!tables.every((t) => has(t, "rateReduction") && !has(t, "remainingRate"))) return null;
  const bySheetRow = new Map<string, ReadCell>();
  for (const table of tables) {
    const col = (has(table, "rateReduction") as ColumnMapping).col;
    for (const unit of table.units) bySheetRow.set(`${table.sheet}!${unit.row}`, unit.cells.rateReduction ?? { cell: toA1(unit.row, col), raw: null, value: null, decimals: 0 });
  }
  const mapping = has(tables[0], "rateReduction") as ColumnMapping;
  return {
    cells: rows.map((r) => bySheetRow.get(`${r.sheet}!${r.row}`) ?? null),
    total: tables.length === 1 ? (tables[0].total?.cells.rateReduction ?? null) : null,
    column: `${columnLetters(mapping.col)} ("${mapping.header[mapping.header.length - 1]}")`,
  };
}

/**
 * Each unit's households from its points, rounded up to the step and never more than its poor
 * households (lifting out all of them meets any points up to its rate). Cells that give no target are
 * named: blank, below 0, above the unit's rate, or without households to work a rate from.
 */
export function pointsTargets(rows: TargetRow[], points: PointsColumn, options: PlanOptions, sheet: string): Targets {
  const step = options.roundStep ?? 5;
  const issues: Issue[] = [];
  // A sum of several units' rows has no points of its own: the column's points are per unit.
  if (points.cells.some((cell) => cell === null)) {
    issues.push(makeIssue("points-per-unit-only", { sheet, cell: null }, { text: points.column }));
    return { values: rows.map(() => null), source: { kind: "none" }, issues };
  }
  if ((options.planYears ?? 1) > 1) {
    issues.push(makeIssue("points-in-period", { sheet, cell: null }, { text: points.column }));
    return { values: rows.map(() => null), source: { kind: "none" }, issues };
  }
  const capped: { name: string; share: number; quota: number }[] = [];
  const values = rows.map((row, i) => {
    const own = options.unitTargets?.[unitTargetKey(row)];
    if (own !== undefined) return own;
    const cell = points.cells[i] as ReadCell;
    const poor = row.poorHouseholds;
    // Units without poor households are named once by the plan; an unreadable cell by the validator.
    if (poor === null || cell.problem) return null;
    const place = { sheet: row.sheet, cell: cell.cell };
    if (cell.value === null) {
      if (poor === 0) return 0;
      issues.push(makeIssue("points-blank", place, { name: row.name }));
      return null;
    }
    if (cell.value < 0) {
      issues.push(makeIssue("points-negative", place, { name: row.name, actual: cell.value }));
      return null;
    }
    const rate = percent(poor, row.households);
    if (rate === null || row.projectedHouseholds === null) {
      issues.push(makeIssue("points-need-households", place, { name: row.name, points: cell.value }));
      return null;
    }
    const { minimum, households } = householdsForPoints(poor, rate, row.projectedHouseholds, cell.value, step);
    // More points than the unit's rate: not even lifting out every poor household gets there.
    if (minimum > poor) {
      issues.push(makeIssue("points-exceed-poor", place, { name: row.name, points: cell.value, actual: minimum, expected: poor }));
      return null;
    }
    if (households <= poor) return households;
    capped.push({ name: row.name, share: poor, quota: minimum });
    return poor;
  });
  issues.unshift(makeIssue("targets-from-points", { sheet, cell: null }, { text: points.column, step, units: capped }));
  return { values, source: { kind: "tablePoints", step }, issues };
}

/**
 * The rows (units, then the total) whose plan lowers the rate less than the table's points say: one
 * warning for all of them, at the first one's cell.
 */
export function pointsShortfalls(units: PlanRow[], total: PlanRow, points: PointsColumn, sheet: string): Issue[] {
  const short: PointsShortfall[] = [];
  const compare = (row: PlanRow, cell: ReadCell | null) => {
    if (cell?.value == null || cell.value < 0 || row.rateReduction === null) return;
    // A stated target is a floor, not a rounded measurement: 1.71 falls short of a typed 2.
    if (row.rateReduction < cell.value - 1e-9) short.push({ name: row.name, cell: cell.cell, plan: row.rateReduction, points: cell.value });
  };
  units.forEach((row, i) => compare(row, points.cells[i]));
  compare(total, points.total);
  if (short.length === 0) return [];
  return [makeIssue("plan-short-of-points", { sheet, cell: short[0].cell }, { text: points.column, shortfalls: short, actual: short[0].plan, expected: short[0].points })];
}
