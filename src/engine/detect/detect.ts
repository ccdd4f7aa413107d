/** From a grid to its unit tables: header, column mapping, unit rows and total row. */
import { columnLetters, toA1, type Grid, SheetView } from "../cells";
import { isCountField, type Field } from "./fields";
import { findHeaderBlocks, type HeaderBlock } from "./header-block";
import { classifyHeader } from "./header-vocabulary";
import { type Issue, makeIssue } from "../findings";
import { sum } from "../plan";
import { figure } from "./row-values";
import { classifyRow, readRow } from "./rows";
import type { ColumnMapping, ColumnOverride, DetectedTable } from "./table";
import { readTableContext, yearIn } from "./table-context";

export interface Detection {
  tables: DetectedTable[];
  issues: Issue[];
}

const REQUIRED: Field[] = ["households", "poorHouseholds"];

export function detectTables(grid: Grid, overrides: ColumnOverride[] = []): Detection {
  const view = new SheetView(grid);
  const tables: DetectedTable[] = [];
  const issues: Issue[] = [];
  const blocks = findHeaderBlocks(view);
  blocks.forEach((block, index) => {
    // A second table on the same sheet ends the first one.
    const lastRow = index + 1 < blocks.length ? blocks[index + 1].top - 1 : view.bottom;
    const mapped = mapColumns(view, block, overrides.filter((o) => o.sheet === grid.sheet));
    issues.push(...mapped.issues);
    const missing = REQUIRED.filter((field) => !mapped.columns.some((c) => c.field === field));
    // A unit header with no figure column at all is a line of text, not a table.
    if (!mapped.columns.some((c) => isCountField(c.field))) return;
    if (missing.includes("poorHouseholds") && mapped.columns.some((c) => c.field === "nearPoorHouseholds")) {
      issues.push(makeIssue("near-poor-table", { sheet: grid.sheet, cell: toA1(block.top, block.nameCol) }, { sheet: grid.sheet }));
      return;
    }
    if (missing.length > 0) {
      for (const field of missing) issues.push(makeIssue("missing-column", { sheet: grid.sheet, cell: toA1(block.top, block.nameCol) }, { sheet: grid.sheet, field }));
      return;
    }
    const table = readTable(view, block, mapped.columns, lastRow);
    issues.push(...recogniseTotalBySum(table));
    if (table.units.length === 0) issues.push(makeIssue("no-units", { sheet: grid.sheet, cell: toA1(block.firstDataRow, block.nameCol) }, { sheet: grid.sheet }));
    else tables.push(table);
  });
  return { tables, issues };
}

function mapColumns(view: SheetView, block: HeaderBlock, overrides: ColumnOverride[]) {
  const columns: ColumnMapping[] = [];
  const issues: Issue[] = [];
  let before: Field | null = null;
  for (const [col, header] of block.paths) {
    const override = overrides.find((o) => o.col === col);
    const field: Field | null = override ? override.field : col === block.nameCol ? "name" : classifyHeader(header, before);
    if (!field) continue;
    const first = columns.find((c) => c.field === field);
    if (first && !override && headerYear(header) > headerYear(first.header)) {
      // "Số hộ nghèo năm 2023" then "… năm 2024": the latest figures are the review's.
      issues.push(makeIssue("duplicate-column", { sheet: view.sheet, cell: toA1(block.bottom, first.col) }, { field, text: columnLetters(col) }));
      columns.splice(columns.indexOf(first), 1, { field, col, header });
    } else if (first) {
      issues.push(makeIssue("duplicate-column", { sheet: view.sheet, cell: toA1(block.bottom, col) }, { field, text: columnLetters(first.col) }));
      continue;
    } else {
      columns.push({ field, col, header });
    }
    before = field;
  }
  return { columns, issues };
}

function headerYear(header: string[]): number {
  return Math.max(0, ...header.map((text) => yearIn(text) ?? 0));
}

function readTable(view: SheetView, block: HeaderBlock, columns: ColumnMapping[], lastRow: number): DetectedTable {
  const units = [];
  let total = null;
  for (let row = block.firstDataRow; row <= lastRow; row++) {
    if (view.isBlankRow(row)) continue;
    const read = readRow(view, block, columns, row);
    const kind = classifyRow(view, block, read);
    if (kind === "unit") units.push(read);
    else if (kind === "total" && total === null) total = read;
  }
  return {
    sheet: view.sheet,
    ...readTableContext(view, block, columns),
    headerTop: block.top,
    headerBottom: block.bottom,
    columns,
    units,
    total,
  };
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
