/**
 * Units under their groups: "I. Khu vực thành thị" over its districts, a district's own row over its
 * communes, "Cộng I" after them. A group's figures stand on its title row or on its subtotal row.
 */
import type { RowKind } from "./rows";
import type { TableGroup, TableRow } from "./table";

export interface SortedRow {
  read: TableRow;
  kind: RowKind;
  /** The order column's text ("" without one), read once. */
  order: string;
}

export interface GroupedRows {
  units: TableRow[];
  groups: TableGroup[];
  total: TableRow | null;
}

const NUMBERED = /^\d+$/;

export function groupRows(rows: SortedRow[]): GroupedRows {
  markUnnumberedGroups(rows);
  const units: TableRow[] = [];
  const groups: TableGroup[] = [];
  let total: TableRow | null = null;
  let open: TableGroup | null = null;
  for (const { read, kind, order } of rows) {
    if (kind === "group") {
      open = { title: read, order: order || null, figures: hasFigures(read) ? read : null };
      groups.push(open);
    } else if (kind === "subtotal") {
      if (open) open.figures = read;
      open = null;
    } else if (kind === "unit") {
      // Set on the row read for this table alone (a copy per unit cost more than the rest of the grouping).
      read.group = open ? groups.length - 1 : null;
      units.push(read);
    } else if (kind === "total" && total === null) {
      total = read;
      open = null;
    }
  }
  // A table of areas only (groups with figures, nothing under them): the areas are its units.
  if (units.length === 0 && groups.length > 0 && groups.every((g) => g.figures)) {
    return { units: groups.map((g) => g.figures as TableRow), groups: [], total };
  }
  return { units, groups, total };
}

export function hasFigures(row: TableRow): boolean {
  return Object.values(row.cells).some((cell) => cell?.value !== null && cell?.value !== undefined);
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
