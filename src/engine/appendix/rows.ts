/**
 * Where each plan row goes on an appendix sheet: units numbered, group rows above their units with
 * their SUMs, a total row summing the groups and the units outside any group. The single-year
 * appendix and the period appendix place their rows alike, so a unit keeps its row in both.
 */
import { columnLetters } from "../cells";
import type { Plan } from "../plan";
import type { StyleName } from "./appendix-styles";
import type { LayoutCell } from "./layout";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

export type RowKind = "unit" | "subtotal" | "total";
/** A part of what a subtotal's or total's count sums, in the count's column: one row, or rows first to last. */
export type SumPart = number | [first: number, last: number];

/** A sheet row of the plan, with its figures: plain data, its cells made when a host reads them. */
export interface PlacedRow<T> {
  row: number;
  /** The TT column: the unit's number, the group's label ("I", "A"), empty for the total. */
  order: string;
  kind: RowKind;
  data: T;
  /** What the counts of a subtotal or total row sum. */
  sum?: SumPart[];
  /**
   * The runs of unit rows, among those a subtotal or total adds up, where a unit's poor (near-poor)
   * households are unknown (blank): its rates over them leave those units' households out. Absent when none.
   */
  blankPoor?: UnitRun[];
  blankNearPoor?: UnitRun[];
}

export type UnitRun = [first: number, last: number];

/**
 * A unit's row on the sheet. A class, not an object literal: V8 moves the objects a literal makes
 * straight into the old generation once most of them outlive a collection, and 10,000 a run, garbage at
 * the next analysis, kept its collector marking through repeated analyses (see plan/unit-rows.ts).
 */
class UnitPlace<T> implements PlacedRow<T> {
  readonly row: number;
  readonly order: string;
  readonly kind: RowKind;
  readonly data: T;

  /** Its keys assigned in the order the other rows have them. */
  constructor(row: number, order: string, data: T) {
    this.row = row;
    this.order = order;
    this.kind = "unit";
    this.data = data;
  }
}

/** Whether a unit's poor (near-poor) households are unknown, for the rates of the rows that add it up; asked once a unit, with no object made for the answer. */
export interface UnknownCounts<T> {
  poor: (unit: T) => boolean;
  nearPoor: (unit: T) => boolean;
}

/**
 * The rows from firstRow on, in sheet order (a group's row before its units); the total row last.
 * dataOf gives a row's figures from its index into plan.units, into plan.groups for a subtotal.
 */
export function placeRows<T>(plan: Plan, firstRow: number, dataOf: (kind: RowKind, index: number) => T, unknown: UnknownCounts<T>): PlacedRow<T>[] {
  const placed: PlacedRow<T>[] = [];
  let row = firstRow;
  let unitIndex = 0;
  // What the total row sums: each group's row, and the units outside any group.
  const totalParts: SumPart[] = [];
  const totalBlanks: { poor: UnitRun[]; nearPoor: UnitRun[] } = { poor: [], nearPoor: [] };
  /** Places a run of units; the run, under each count some unit of it lacks. */
  const placeUnits = (count: number, numberOf: (i: number) => string) => {
    const first = row;
    const blanks: { poor: UnitRun[]; nearPoor: UnitRun[] } = { poor: [], nearPoor: [] };
    for (let i = 0; i < count; i++) {
      const data = dataOf("unit", unitIndex++);
      if (blanks.poor.length === 0 && unknown.poor(data)) blanks.poor.push([first, first + count - 1]);
      if (blanks.nearPoor.length === 0 && unknown.nearPoor(data)) blanks.nearPoor.push([first, first + count - 1]);
      placed.push(new UnitPlace(row++, numberOf(i), data));
    }
    for (const run of blanks.poor) totalBlanks.poor.push(run);
    for (const run of blanks.nearPoor) totalBlanks.nearPoor.push(run);
    return blanks;
  };
  if (plan.groups) {
    let groupNumber = 0;
    let looseNumber = 0;
    plan.groups.forEach((group, g) => {
      if (group.subtotal) {
        const order = group.order ?? ROMAN[groupNumber] ?? String(groupNumber + 1);
        const subtotal: PlacedRow<T> = { row: row++, order, kind: "subtotal", data: dataOf("subtotal", g) };
        groupNumber++;
        placed.push(subtotal);
        const first = row;
        withBlanks(subtotal, placeUnits(group.units.length, (i) => String(i + 1)));
        subtotal.sum = [[first, row - 1]];
        totalParts.push(subtotal.row);
      } else {
        const first = row;
        placeUnits(group.units.length, () => String(++looseNumber));
        totalParts.push([first, row - 1]);
      }
    });
  } else {
    placeUnits(plan.units.length, (i) => String(i + 1));
    totalParts.push([firstRow, row - 1]);
  }
  placed.push(withBlanks({ row, order: "", kind: "total", data: dataOf("total", 0), sum: totalParts }, totalBlanks));
  return placed;
}

function withBlanks<T>(sumRow: PlacedRow<T>, blanks: { poor: UnitRun[]; nearPoor: UnitRun[] }): PlacedRow<T> {
  if (blanks.poor.length > 0) sumRow.blankPoor = blanks.poor;
  if (blanks.nearPoor.length > 0) sumRow.blankNearPoor = blanks.nearPoor;
  return sumRow;
}

/**
 * A sum row's households (column `whole`) less those beside its units' blank count (column `count`):
 * what its rates over that count are over, as its count adds up the other units. `(C11-SUMIF(D8:D10,"",C8:C10))`.
 */
export function lessBlanks(row: number, whole: number, count: number, runs: UnitRun[] | undefined): string {
  const [w, c] = [letters(whole), letters(count)];
  if (!runs) return `${w}${row}`;
  return `(${w}${row}${runs.map(([first, last]) => `-SUMIF(${c}${first}:${c}${last},"",${w}${first}:${w}${last})`).join("")})`;
}

/** Column letters by number, made once: a national appendix asks for them 300,000 times. */
const LETTERS: string[] = [];
const letters = (col: number): string => (LETTERS[col] ??= columnLetters(col));

/** The SUM a subtotal's or total's count holds in one column. */
function sumFormula(parts: SumPart[], col: number): string {
  const c = letters(col);
  return `SUM(${parts.map((part) => (typeof part === "number" ? `${c}${part}` : `${c}${part[0]}:${c}${part[1]}`)).join(",")})`;
}

/** The TT and Đơn vị cells: a group's label and name in bold, the total's name across both. */
export function pushOrderAndName(cells: LayoutCell[], row: number, kind: RowKind, order: string, name: string): void {
  cells.push({ row, col: 1, value: kind === "total" ? name : order, style: kind === "total" ? "totalName" : kind === "subtotal" ? "groupOrder" : "order" });
  cells.push({ row, col: 2, value: kind === "total" ? null : name, style: kind === "subtotal" ? "groupName" : kind === "total" ? "totalName" : "name" });
}

/** How one row's figures are written: counts as values (SUMs in subtotal and total rows), derived cells as formulas. */
export function rowWriter(cells: LayoutCell[], row: number, kind: RowKind, sum?: SumPart[]) {
  const plain = kind === "unit";
  const countStyle: StyleName = plain ? "count" : "totalCount";
  return {
    ref: (col: number) => `${letters(col)}${row}`,
    countStyle,
    rateStyle: (plain ? "rate" : "totalRate") as StyleName,
    estimatedStyle: (plain ? "estimatedCount" : "totalEstimatedCount") as StyleName,
    /** A count: a value in unit rows, a SUM in subtotal and total rows (unless the figure is the table's own, not its units' sum). */
    count: (col: number, value: number | null, formula?: string, style: StyleName = countStyle, summed = true) => {
      const summedFormula = sum && summed && value !== null ? sumFormula(sum, col) : undefined;
      cells.push(layoutCell(row, col, value, style, summedFormula ?? formula));
    },
    /** A figure computed from others: blank, without a formula, when an input is unknown. */
    derived: (col: number, value: number | null, formula: string, style: StyleName, inputsKnown: boolean) =>
      cells.push(layoutCell(row, col, inputsKnown ? value : null, style, inputsKnown ? formula : undefined)),
  };
}

/**
 * A cell's formula from its template (formula`ROUND(${a}/${b}*100,2)`), joined piece by piece: String.raw
 * took three times as long as making the rest of the row's cells (a national appendix makes 75,000 as
 * it is written). Plain text: formulas have no escapes to read.
 */
export function formula(parts: TemplateStringsArray, ...values: (string | number)[]): string {
  let text = parts[0];
  for (let i = 0; i < values.length; i++) text += values[i] + parts[i + 1];
  return text;
}

/** Both inputs of a derived cell are known (two arguments, not a rest list: it is asked 100,000 times for a national appendix). */
export function known(a: number | null, b: number | null): boolean {
  return a !== null && b !== null;
}

/**
 * The table gives its households on the total row only (its units have none): summing the empty unit
 * cells would recalculate to 0, so the total's households are written as given and projected from them.
 */
export function householdsGivenOnTotal(units: { households: number | null }[]): boolean {
  return units.some((unit) => unit.households === null);
}

/** A cell, with its formula when it has one: written out, as spreading `{ formula }` in costs more than the cell itself. */
function layoutCell(row: number, col: number, value: number | null, style: StyleName, formula: string | undefined): LayoutCell {
  return formula ? { row, col, value, style, formula } : { row, col, value, style };
}
