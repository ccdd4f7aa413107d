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
import type { StepUnit } from "./step-check";
import type { TargetRow, Targets } from "./targets";

/** A row whose plan lowers the rate less than its points (`cell`). */
export interface PointsShortfall {
  name: string;
  cell: string;
  plan: number;
  points: number;
}

export interface PointsColumn {
  /** Each unit's points cell, in the order of the units given. */
  cells: ReadCell[];
  /** The total row's own points, when one table has them. */
  total: ReadCell | null;
  /** The column as the officer sees it: `F ("Tỷ lệ hộ nghèo giảm (%)")`. */
  column: string;
}

/**
 * The column read as targets: every table has it and none has a plan rate column, which would make it
 * the published plan's own reduction (the validator checks that one against the plan rate).
 */
export function pointsColumn(tables: DetectedTable[], units: readonly { sheet: string; row: number }[]): PointsColumn | null {
  const has = (table: DetectedTable, field: "rateReduction" | "remainingRate") => table.columns.find((c) => c.field === field);
  if (!tables.every((t) => has(t, "rateReduction") && !has(t, "remainingRate"))) return null;
  const bySheetRow = new Map<string, ReadCell>();
  for (const table of tables) {
    const col = (has(table, "rateReduction") as ColumnMapping).col;
    for (const unit of table.units) bySheetRow.set(`${table.sheet}!${unit.row}`, unit.cells.rateReduction ?? { cell: toA1(unit.row, col), raw: null, value: null, decimals: 0 });
  }
  const mapping = has(tables[0], "rateReduction") as ColumnMapping;
  return {
    // The units are the tables' own, each found at its sheet and row.
    cells: units.map((unit) => bySheetRow.get(`${unit.sheet}!${unit.row}`) as ReadCell),
    total: tables.length === 1 ? (tables[0].total?.cells.rateReduction ?? null) : null,
    column: `${columnLetters(mapping.col)} ("${mapping.header[mapping.header.length - 1]}")`,
  };
}

/** The units a plan's rows add up (several tables, or --summary's groups), each with its group's or table's number. */
export type SummedUnits = readonly (TargetRow & { group: number | null })[];

/**
 * Each unit's households from its points, rounded up to the step and never more than its poor
 * households (lifting out all of them meets any points up to its rate). Cells that give no target are
 * named: blank, below 0, above the unit's rate, or without households to work a rate from. Where rows
 * add up units, each row's target adds up its units', as its poor households do.
 */
export function pointsTargets(rows: TargetRow[], points: PointsColumn, options: PlanOptions, sheet: string, summed: SummedUnits | null = null): Targets {
  const step = options.roundStep ?? 5;
  const issues: Issue[] = [];
  const units = summed ?? rows;
  const rowOf = summed ? rowsOfUnits(summed) : null;
  if ((options.planYears ?? 1) > 1) {
    issues.push(makeIssue("points-in-period", { sheet, cell: null }, { text: points.column }));
    return { values: rows.map(() => null), source: { kind: "none" }, issues };
  }
  const officerTarget = (row: TargetRow) => options.unitTargets?.[unitTargetKey(row)];
  const capped: StepUnit[] = [];
  const values = units.map((row, i) => officerTarget(row) ?? unitTarget(row, points.cells[i], step, issues, capped));
  issues.unshift(makeIssue("targets-from-points", { sheet, cell: null }, { text: points.column, step, units: capped }));
  if (!rowOf) return { values, source: { kind: "tablePoints", step }, issues };
  const sums = rows.map(() => null as number | null);
  values.forEach((value, i) => {
    if (value !== null) sums[rowOf[i]] = (sums[rowOf[i]] ?? 0) + value;
  });
  return { values: rows.map((row, r) => officerTarget(row) ?? sums[r]), source: { kind: "tablePoints", step }, issues };
}

function unitTarget(row: TargetRow, cell: ReadCell, step: number, issues: Issue[], capped: StepUnit[]): number | null {
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
}

/** Each unit's row: one of its own outside any group, else one for each run of a group's (or table's) units. */
function rowsOfUnits(units: SummedUnits): number[] {
  let row = -1;
  return units.map((unit, i) => {
    if (unit.group === null || i === 0 || units[i - 1].group !== unit.group) row++;
    return row;
  });
}

/**
 * The rows (units, then the total) whose plan lowers the rate less than the table's points say: one
 * warning for all of them, at the first one's cell. `units`: the plan's rows, in the order of the points'
 * cells, when they are the units (none when rows add units up: a group has no points of its own).
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
