/**
 * Units under their groups: "I. Khu vực thành thị" over its districts, a district's own row over its
 * communes, "Cộng I" after them. A group's figures stand on its title row or on its subtotal row.
 */
import type { HeaderBlock } from "./header-block";
import type { RowKind } from "./rows";
import type { SheetView } from "../cells";
import type { TableGroup, TableRow } from "./table";

export interface SortedRow {
  read: TableRow;
  kind: RowKind;
}

export interface GroupedRows {
  units: TableRow[];
  groups: TableGroup[];
  total: TableRow | null;
}

const NUMBERED = /^\d+$/;

export function groupRows(view: SheetView, block: HeaderBlock, rows: SortedRow[]): GroupedRows {
  markUnnumberedGroups(view, block, rows);
  const units: TableRow[] = [];
  const groups: TableGroup[] = [];
  let total: TableRow | null = null;
  let open: TableGroup | null = null;
  for (const { read, kind } of rows) {
    if (kind === "group") {
      open = { title: read, order: orderText(view, block, read) || null, figures: hasFigures(read) ? read : null };
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

function orderText(view: SheetView, block: HeaderBlock, row: TableRow): string {
  return block.orderCol === null ? "" : view.text(row.row, block.orderCol);
}

/**
 * A district's row above its communes often has no number of its own while the communes are
 * numbered from 1 again under each district: an unnumbered row with figures, followed by a unit
 * numbered 1, in a table whose units are numbered, opens a group.
 */
function markUnnumberedGroups(view: SheetView, block: HeaderBlock, rows: SortedRow[]): void {
  const units = rows.filter((r) => r.kind === "unit");
  const numbered = units.filter((r) => NUMBERED.test(orderText(view, block, r.read)));
  if (numbered.length < 2 || numbered.length === units.length) return;
  const marked: SortedRow[] = [];
  units.forEach((row, i) => {
    const next = units[i + 1];
    if (orderText(view, block, row.read) === "" && hasFigures(row.read) && next && orderText(view, block, next.read) === "1") marked.push(row);
  });
  // One unnumbered row before the first "1" is no hierarchy: at least two groups, or one that restarts the numbering.
  const restarts = numbered.filter((r) => orderText(view, block, r.read) === "1").length;
  if (marked.length >= 2 || (marked.length === 1 && restarts >= 2)) for (const row of marked) row.kind = "group";
}
