/** From a grid to its unit tables: header, column mapping, unit rows and total row. */
import { columnLetters, toA1, type Grid, SheetView } from "../cells";
import { isCountField, type Field } from "./fields";
import { findHeaderBlocks, type HeaderBlock } from "./header-block";
import { isPoorGroup } from "./header-vocabulary";
import { mapColumns } from "./map-columns";
import { type Issue, makeIssue } from "../findings";
import { sum } from "../plan";
import { figure } from "./row-values";
import { classifyRow, orderTextOf, readRow, rowReading } from "./rows";
import { groupRows, SortedRow } from "./groups";
import { householdsFindings } from "./households";
import { canEstimateHouseholds } from "./estimate-households";
import type { ColumnMapping, ColumnOverride, DetectedTable, IncompleteTable, TableRow } from "./table";
import { readTableContext } from "./table-context";
import { isBreakdown } from "./same-units";
import { recogniseUnlabelledTotal, unnamedLastRow } from "./unlabelled-total";

export interface Detection {
  tables: DetectedTable[];
  /** Unit tables whose required columns were not all recognised: the officer can map them. */
  incomplete: IncompleteTable[];
  /** Incomplete tables that have their poor households: no plan without households, but their rows are checked. */
  checkedOnly: DetectedTable[];
  issues: Issue[];
}

export function detectTables(grid: Grid, overrides: ColumnOverride[] = []): Detection {
  const view = new SheetView(grid);
  const tables: DetectedTable[] = [];
  const incomplete: IncompleteTable[] = [];
  const checkedOnly: DetectedTable[] = [];
  const issues: Issue[] = [];
  const blocks = findHeaderBlocks(view);
  blocks.forEach((block, index) => {
    // A second table on the same sheet ends the first one.
    const lastRow = index + 1 < blocks.length ? blocks[index + 1].top - 1 : view.bottom;
    const sheetOverrides = overrides.filter((o) => o.sheet === grid.sheet);
    const mapped = mapColumns(view, block, sheetOverrides);
    for (const issue of mapped.issues) issues.push(issue);
    const fields = mapped.columns.map((c) => c.field);
    // A unit header with no figures under it is a line of text, not a table.
    if (!fields.some(isCountField) && !hasFiguresBelow(view, block, lastRow)) return;
    const nameCell = toA1(block.top, block.nameCol);
    // "Hộ nghèo" over columns none of which is read as the count: the poor are there, unplaced.
    const poorGroup = fields.includes("poorHouseholds") ? null : poorGroupCell(view, block);
    // Near-poor only when no figure column is left unplaced: "SHN", "TLHN" beside "Hộ cận nghèo" are the poor, abbreviated.
    const nearPoorOnly = !fields.includes("poorHouseholds") && fields.includes("nearPoorHouseholds") && poorGroup === null;
    if (nearPoorOnly && sheetOverrides.length === 0 && !hasUnplacedFigures(view, block, mapped.columns, lastRow)) {
      issues.push(makeIssue("near-poor-table", { sheet: grid.sheet, cell: nameCell }, { sheet: grid.sheet }));
      return;
    }
    const missing = missingFields(fields);
    if (missing.length > 0 && isBreakdown(view, block, lastRow, tables)) {
      issues.push(makeIssue("breakdown-table", { sheet: grid.sheet, cell: nameCell }, { sheet: grid.sheet, field: missing[0], cells: nameCell }));
      return;
    }
    if (missing.length > 0) {
      incomplete.push({ sheet: grid.sheet, headerTop: block.top, headerBottom: block.bottom, nameCell, columns: mapped.columns, missing });
      const unplaced = unplacedColumns(block, mapped.columns);
      for (const field of missing) {
        const cell = field === "poorHouseholds" ? (poorGroup ?? nameCell) : nameCell;
        issues.push(makeIssue("missing-column", { sheet: grid.sheet, cell }, { sheet: grid.sheet, field, text: unplaced }));
      }
      if (!missing.includes("poorHouseholds")) {
        const read = readTable(view, block, mapped.columns, lastRow, titleTop(view, blocks, index));
        checkedOnly.push(read.table);
        for (const issue of read.notes) issues.push(issue);
      }
      return;
    }
    const { table, unnamedLast, notes } = readTable(view, block, mapped.columns, lastRow, titleTop(view, blocks, index));
    for (const issue of [...notes, ...recogniseUnlabelledTotal(table, unnamedLast), ...recogniseTotalBySum(table), ...householdsFindings(table)]) issues.push(issue);
    if (table.units.length === 0) issues.push(makeIssue("no-units", { sheet: grid.sheet, cell: toA1(Math.min(block.firstDataRow, view.bottom), block.nameCol) }, { sheet: grid.sheet }));
    else tables.push(table);
  });
  return { tables, incomplete, checkedOnly, issues };
}

/** Numbers in the first rows under the header: a table, whatever its columns are called. */
function hasFiguresBelow(view: SheetView, block: HeaderBlock, lastRow: number): boolean {
  for (let row = block.firstDataRow; row <= Math.min(lastRow, block.firstDataRow + 2); row++) {
    let figures = 0;
    for (let col = block.nameCol + 1; col <= view.right; col++) if (typeof view.value(row, col) === "number") figures++;
    if (figures >= 2) return true;
  }
  return false;
}

/** The first header cell over other columns that names the poor ("Hộ nghèo" over "Tỷ lệ | Số hộ"), or null. */
function poorGroupCell(view: SheetView, block: HeaderBlock): string | null {
  for (let row = block.top; row < block.bottom; row++) {
    for (const [col, path] of block.paths) {
      const text = view.headerText(row, col);
      const at = path.indexOf(text);
      if (at >= 0 && at < path.length - 1 && isPoorGroup(text)) return toA1(row, col);
    }
  }
  return null;
}

/** A header column no field was found for, with numbers in the first rows under the header. */
function hasUnplacedFigures(view: SheetView, block: HeaderBlock, columns: ColumnMapping[], lastRow: number): boolean {
  const placed = new Set(columns.map((c) => c.col));
  for (const [col, path] of block.paths) {
    if (placed.has(col) || col === block.nameCol || col === block.orderCol || path.length === 0) continue;
    for (let row = block.firstDataRow; row <= Math.min(lastRow, block.firstDataRow + 2); row++) if (typeof view.value(row, col) === "number") return true;
  }
  return false;
}

/** Poor households are needed, and households unless a count and its rate give them. */
function missingFields(fields: Field[]): Field[] {
  const missing: Field[] = fields.includes("poorHouseholds") ? [] : ["poorHouseholds"];
  if (!fields.includes("households") && !canEstimateHouseholds(fields)) missing.push("households");
  return missing;
}

/** "E (HN), F (SHN)": the header columns no field was found for, to say where the missing one may be. */
function unplacedColumns(block: HeaderBlock, columns: ColumnMapping[]): string {
  const placed = new Set(columns.map((c) => c.col));
  return [...block.paths]
    .filter(([col, path]) => !placed.has(col) && path.length > 0)
    .map(([col, path]) => `${columnLetters(col)} (${path[path.length - 1]})`)
    .join(", ");
}

/**
 * Where a table's title may start: the sheet's top, or under the last figure of the table above it on
 * the sheet (a second year's review under the first has its own title, "… NĂM 2023").
 */
function titleTop(view: SheetView, blocks: HeaderBlock[], index: number): number {
  if (index === 0) return view.top;
  const above = blocks[index - 1];
  for (let row = blocks[index].top - 1; row >= above.firstDataRow; row--) {
    for (let col = view.left; col <= view.right; col++) if (typeof view.value(row, col) === "number") return row + 1;
  }
  return above.firstDataRow;
}

function readTable(view: SheetView, block: HeaderBlock, columns: ColumnMapping[], lastRow: number, top: number): { table: DetectedTable; unnamedLast: TableRow | null; notes: Issue[] } {
  const rows: SortedRow[] = [];
  const reading = rowReading(view, block, columns);
  for (let row = block.firstDataRow; row <= lastRow; row++) {
    if (view.isBlankRow(row)) continue;
    const order = orderTextOf(view, block, row);
    const read = readRow(reading, row, order);
    rows.push(new SortedRow(read, classifyRow(view, block, read, order), order));
  }
  const { units, groups, total, breakdown } = groupRows(rows);
  const table: DetectedTable = {
    sheet: view.sheet,
    ...readTableContext(view, block, columns, top),
    headerTop: block.top,
    headerBottom: block.bottom,
    columns,
    units,
    groups,
    total,
  };
  const notes = breakdown.length === 0 ? [] : [breakdownNote(view.sheet, breakdown)];
  return { table, unnamedLast: unnamedLastRow(rows), notes };
}

function breakdownNote(sheet: string, rows: TableRow[]): Issue {
  return makeIssue("breakdown-rows", { sheet, cell: rows[0].nameCell }, { name: rows[0].name, rows: rows.length - 1 });
}

/**
 * A total labelled in a way we do not know ("Cộng toàn khu") would be read as one more unit and
 * double every sum: a row whose households and poor households both equal the other units' sums is
 * taken as the total, and the officer is told.
 */
function recogniseTotalBySum(table: DetectedTable): Issue[] {
  if (table.total || table.units.length < 3) return [];
  const fields: Field[] = ["households", "poorHouseholds"];
  // own = sum of the others  ⇔  2 × own = sum of all rows.
  const sums = fields.map((field) => sum(table.units.map((u) => figure(u, field))));
  const found = table.units.find((candidate) =>
    fields.every((field, i) => {
      const own = figure(candidate, field);
      return own !== null && own !== 0 && sums[i] !== null && 2 * own === sums[i];
    }),
  );
  if (!found) return [];
  table.units = table.units.filter((u) => u !== found);
  table.total = found;
  return [makeIssue("total-by-sum", { sheet: table.sheet, cell: found.nameCell }, { name: found.name })];
}
