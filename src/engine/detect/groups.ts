/**
 * Units under their groups: "I. Khu vực thành thị" over its districts, a district's own row over its
 * communes, "Cộng I" after them. A group's figures stand on its title row or on its subtotal row.
 */
import type { RowKind } from "./rows";
import type { TableGroup, TableRow } from "./table";
import { hasFigures } from "./row-values";

/**
 * A row read under the header, with its kind. A class, not an object literal: V8 moves the objects a
 * literal makes straight into the old generation once most of them outlive a collection (allocation-site
 * pretenuring), and 10,000 such rows a run, garbage after each analysis, kept its collector marking
 * through repeated analyses (with Leaf's and the plan rows' literals: 79 -> 24 ms a run at 10,600 units).
 */
export class SortedRow {
  constructor(
    readonly read: TableRow,
    public kind: RowKind,
    /** The order column's text ("" without one), read once. */
    readonly order: string,
  ) {}
}

export interface GroupedRows {
  units: TableRow[];
  groups: TableGroup[];
  total: TableRow | null;
  /** The "Trong đó: …" rows passed over, and the unnumbered rows that complete them. */
  breakdown: TableRow[];
}

const NUMBERED = /^\d+$/;

export function groupRows(rows: SortedRow[]): GroupedRows {
  markUnnumberedGroups(rows);
  const breakdown = markBreakdowns(rows);
  const totalAt = tableTotalIndex(rows);
  const units: TableRow[] = [];
  const groups: TableGroup[] = [];
  let total: TableRow | null = null;
  let open: TableGroup | null = null;
  // The units since the last group, subtotal or total, and the heading above the first of them.
  let runStart = 0;
  let heading: TableRow | null = null;
  let runHeading: TableRow | null = null;
  rows.forEach(({ read, kind, order }, index) => {
    if (kind === "heading") heading = read;
    else if (kind === "group") {
      open = { title: read, order: order || null, figures: hasFigures(read) ? read : null };
      groups.push(open);
    } else if (kind === "unit") {
      if (units.length === runStart) runHeading = heading;
      // Set on the row read for this table alone (a copy per unit cost more than the rest of the grouping).
      read.group = open ? groups.length - 1 : null;
      units.push(read);
    } else if (index === totalAt) {
      total = read;
      open = null;
    } else if (kind === "subtotal" || kind === "total") {
      // A bare "Cộng" is a group's subtotal only where the group has none of its own figures.
      if (open && (kind === "subtotal" || open.figures === null)) open.figures = read;
      // "Huyện Hướng Hóa" above its communes, "Cộng huyện Hướng Hóa" (or "Cộng") after them: a group.
      else if (runHeading && units.length > runStart) {
        groups.push({ title: runHeading, order: null, figures: read });
        for (let u = runStart; u < units.length; u++) units[u].group = groups.length - 1;
      }
      open = null;
    }
    if (kind !== "unit" && kind !== "heading" && kind !== "skip") {
      runStart = units.length;
      heading = null;
      runHeading = null;
    }
  });
  // A table of areas only (groups with figures, nothing under them): the areas are its units.
  if (units.length === 0 && groups.length > 0 && groups.every((g) => g.figures)) {
    return { units: groups.map((g) => g.figures as TableRow), groups: [], total, breakdown };
  }
  return { units, groups, total, breakdown };
}

/**
 * Which total-like row is the table's: one above every unit (provinces often write the total first),
 * else the last one; the others ("Cộng" after each district's communes) are subtotals. A table's only
 * summary row, named like a subtotal ("Tổng số huyện A Lưới") and below its units, is its total.
 */
function tableTotalIndex(rows: SortedRow[]): number {
  let firstUnit = -1;
  let lastUnit = -1;
  let first = -1;
  let last = -1;
  const subtotals: number[] = [];
  rows.forEach(({ kind }, index) => {
    if (kind === "unit") {
      if (firstUnit < 0) firstUnit = index;
      lastUnit = index;
    }
    if (kind === "total") {
      if (first < 0) first = index;
      last = index;
    }
    if (kind === "subtotal") subtotals.push(index);
  });
  if (first >= 0 && (firstUnit < 0 || first < firstUnit)) return first;
  if (last >= 0) return last;
  return subtotals.length === 1 && lastUnit >= 0 && subtotals[0] > lastUnit && !rows.some((r) => r.kind === "group") ? subtotals[0] : -1;
}

/**
 * A "Trong đó" row, and the unnumbered rows right after it ("Các xã còn lại" completing "Trong đó: các
 * xã ĐBKK", or "- Các xã ĐBKK" under a bare "Trong đó:"), detail the total: none of them is a unit.
 * The rows after it are taken as its parts when numbered units follow them (a total at the top), or
 * when it comes after the total and no unit follows (a total at the bottom). A bare "Trong đó:" with
 * no such parts is a line of text.
 */
function markBreakdowns(rows: SortedRow[]): TableRow[] {
  const found: TableRow[] = [];
  let totalSeen = false;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].kind === "total") totalSeen = true;
    if (rows[i].kind !== "breakdown") continue;
    let next = i + 1;
    while (next < rows.length && rows[next].kind === "unit" && !NUMBERED.test(rows[next].order)) next++;
    const unitsFollow = next < rows.length && rows[next].kind === "unit";
    const parts = next > i + 1 && (unitsFollow || (totalSeen && !hasUnitFrom(rows, next)));
    if (!parts && !hasFigures(rows[i].read)) {
      rows[i].kind = "skip";
      continue;
    }
    found.push(rows[i].read);
    if (parts) {
      for (let k = i + 1; k < next; k++) {
        rows[k].kind = "breakdown";
        found.push(rows[k].read);
      }
    }
    i = next - 1;
  }
  return found;
}

function hasUnitFrom(rows: SortedRow[], start: number): boolean {
  for (let i = start; i < rows.length; i++) if (rows[i].kind === "unit") return true;
  return false;
}

/**
 * A district's row above its communes often has no number of its own while the communes are
 * numbered from 1 again under each district: an unnumbered row with figures, followed by a unit
 * numbered 1, in a table whose units are numbered, opens a group.
 * Counted in one pass, with no list of the 10,000 units or of the numbered ones made.
 */
function markUnnumberedGroups(rows: SortedRow[]): void {
  let units = 0;
  let numbered = 0;
  let restarts = 0;
  const marked: SortedRow[] = [];
  let previous: SortedRow | null = null;
  for (const row of rows) {
    if (row.kind !== "unit") continue;
    units++;
    if (NUMBERED.test(row.order)) numbered++;
    if (row.order === "1") {
      restarts++;
      if (previous && previous.order === "" && hasFigures(previous.read)) marked.push(previous);
    }
    previous = row;
  }
  if (numbered < 2 || numbered === units) return;
  // One unnumbered row before the first "1" is no hierarchy: at least two groups, or one that restarts the numbering.
  if (marked.length >= 2 || (marked.length === 1 && restarts >= 2)) for (const row of marked) row.kind = "group";
}
