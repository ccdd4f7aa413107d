/**
 * Every header column of a detected table, mapped or not, so the officer can map a column the
 * engine skipped and undo an "(ignore)". Header texts come from the engine's own header reading.
 */
import { columnLetters, type Field, type Grid, findHeaderBlocks, SheetView, type ColumnOverride, type DetectedTable } from "../engine";

export interface TableColumn {
  col: number;
  letter: string;
  /** Header texts from the top group down to the column's own. */
  header: string[];
  field: Field | null;
  corrected: boolean;
}

/** A table found, complete or still missing a required column. */
export type TableShape = Pick<DetectedTable, "sheet" | "headerTop" | "headerBottom" | "columns">;

export function tableColumns(table: TableShape, grids: Grid[], overrides: ColumnOverride[]): TableColumn[] {
  const grid = grids.find((g) => g.sheet === table.sheet);
  // The table's name header is no lower than its header's bottom row: no need to look further down.
  const block = grid ? findHeaderBlocks(new SheetView(grid), table.headerBottom).find((b) => b.top === table.headerTop) : undefined;
  const paths = new Map(block?.paths);
  for (const mapping of table.columns) paths.set(mapping.col, mapping.header);
  return [...paths.entries()]
    .filter(([, header]) => header.length > 0)
    .sort(([a], [b]) => a - b)
    .map(([col, header]) => ({
      col,
      letter: columnLetters(col),
      header,
      field: table.columns.find((c) => c.col === col)?.field ?? null,
      corrected: overrides.some((o) => o.sheet === table.sheet && o.col === col),
    }));
}
