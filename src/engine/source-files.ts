/**
 * Sheets read from the web page's several files (Grid.source). Districts mostly send "Sheet1", so a
 * finding names its file too, and a table whose title names no unit is named after its file
 * ("Hải Lăng.xlsx" → "Hải Lăng") rather than printed as "Sheet1" in the appendix.
 */
import type { Grid, SourceSheet } from "./cells";
import type { DetectedTable } from "./detect";
import { type Issue, makeIssue } from "./findings";

/** Each sheet's file and own name there, by the name the engine knows it under; empty for one workbook. */
export function sourcesOf(grids: Grid[]): Map<string, SourceSheet> {
  const sources = new Map<string, SourceSheet>();
  for (const grid of grids) if (grid.source) sources.set(grid.sheet, grid.source);
  return sources;
}

/** A file's name without its extension, as the officer calls the district that sent it. */
const fileUnit = (file: string) => file.replace(/\.xlsx$/i, "").trim();

/**
 * Tables whose title names no unit, named after their file when it is the file's only table (two tables
 * of one file would get one name); each one said in a note, so the officer can check the name.
 */
export function nameTablesAfterFiles(tables: DetectedTable[], sources: Map<string, SourceSheet>): { tables: DetectedTable[]; issues: Issue[] } {
  if (sources.size === 0) return { tables, issues: [] };
  const perFile = new Map<string, number>();
  for (const table of tables) {
    const file = sources.get(table.sheet)?.file;
    if (file !== undefined) perFile.set(file, (perFile.get(file) ?? 0) + 1);
  }
  const issues: Issue[] = [];
  const named = tables.map((table) => {
    const source = sources.get(table.sheet);
    if (table.titleUnit !== null || !source || perFile.get(source.file) !== 1 || fileUnit(source.file) === "") return table;
    const name = fileUnit(source.file);
    issues.push(makeIssue("table-named-after-file", { sheet: table.sheet, cell: null }, { sheet: source.sheet, text: source.file, name }));
    return { ...table, titleUnit: name };
  });
  return { tables: named, issues };
}

/** Each finding on a sheet read from a file is given that file and the sheet's own name there. */
export function placeInFiles(issues: Issue[], sources: Map<string, SourceSheet>): void {
  if (sources.size === 0) return;
  for (const issue of issues) {
    const source = sources.get(issue.sheet);
    if (source) issue.source = source;
  }
}
