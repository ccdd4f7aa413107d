/** From a grid to its unit tables: header, column mapping, unit rows and total row. */
import { columnLetters, toA1 } from "./address";
import type { Field } from "./fields";
import type { Grid } from "./grid";
import { findHeaderBlocks, type HeaderBlock } from "./header-block";
import { classifyHeader } from "./header-vocabulary";
import type { Issue } from "./issue";
import { makeIssue } from "./messages";
import { classifyRow, readRow } from "./rows";
import { SheetView } from "./sheet-view";
import type { ColumnMapping, ColumnOverride, DetectedTable } from "./table";
import { readTableContext } from "./table-context";

export interface Detection {
  tables: DetectedTable[];
  issues: Issue[];
}

const REQUIRED: Field[] = ["households", "poorHouseholds"];

export function detectTables(grid: Grid, overrides: ColumnOverride[] = []): Detection {
  const view = new SheetView(grid);
  const tables: DetectedTable[] = [];
  const issues: Issue[] = [];
  for (const block of findHeaderBlocks(view)) {
    const mapped = mapColumns(view, block, overrides.filter((o) => o.sheet === grid.sheet));
    issues.push(...mapped.issues);
    const missing = REQUIRED.filter((field) => !mapped.columns.some((c) => c.field === field));
    if (missing.length > 0) {
      for (const field of missing) issues.push(makeIssue("missing-column", { sheet: grid.sheet, cell: toA1(block.top, block.nameCol) }, { sheet: grid.sheet, field }));
      continue;
    }
    const table = readTable(view, block, mapped.columns);
    if (table.units.length === 0) issues.push(makeIssue("no-units", { sheet: grid.sheet, cell: toA1(block.firstDataRow, block.nameCol) }, { sheet: grid.sheet }));
    else tables.push(table);
  }
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
    if (first) {
      issues.push(makeIssue("duplicate-column", { sheet: view.sheet, cell: toA1(block.bottom, col) }, { field, text: columnLetters(first.col) }));
      continue;
    }
    columns.push({ field, col, header });
    before = field;
  }
  return { columns, issues };
}

function readTable(view: SheetView, block: HeaderBlock, columns: ColumnMapping[]): DetectedTable {
  const units = [];
  let total = null;
  for (let row = block.firstDataRow; row <= view.bottom; row++) {
    if (view.isBlankRow(row)) continue;
    const read = readRow(view, block, columns, row);
    const kind = classifyRow(view, block, read);
    if (kind === "unit") units.push(read);
    else if (kind === "total" && total === null) total = read;
  }
  return {
    sheet: view.sheet,
    ...readTableContext(view, block),
    headerTop: block.top,
    headerBottom: block.bottom,
    columns,
    units,
    total,
  };
}
