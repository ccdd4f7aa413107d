/**
 * What a read asks the host for. Writing the appendix makes it the active sheet, with its own
 * selection, so "the active sheet" or "the selection" read again after writing would be the appendix,
 * which is never data: the sheets the tables were found in, or the area the officer had selected, are
 * remembered and read instead, for a re-check always, for "read again" when what is read turns out to be
 * an appendix this pane wrote. Sheets are remembered by name and, inside Excel, by id (Worksheet.id),
 * which stays when the officer renames the sheet. The imported sheets ("sheets" scope) are read by name and by
 * the id they were last read with; ids live only as long as the pane (they change when the workbook reopens),
 * so a sheet found by id under a new name gives the settings its new name.
 */
import type { Grid, Message } from "../engine";
import type { SourceScope, WorkbookHost } from "./host";

/** A sheet as last read: its name then, and the host's id of it when the host has one. */
export interface SheetRef {
  name: string;
  id?: string;
}

export interface SourceSheets {
  /** The sheets the last analysis found tables in, appendix sheets left out. */
  sheets: SheetRef[];
  /** Appendix sheets this pane wrote. */
  appendixSheets: string[];
  /** The area last read from the officer's selection, outside the appendix sheets. */
  selection?: SheetRef & { address: string };
  /** Every sheet the last read gave, appendix or not, with or without a table. */
  read?: SheetRef[];
}

/** The sheets tables were found in, each with the id its grid was read with, and the selection read, if any. */
export function rememberSources(grids: Grid[], tableSheets: string[], appendixSheets: string[]): SourceSheets {
  const sheets = tableSheets.map((name) => ({ name, id: grids.find((grid) => grid.sheet === name)?.sheetId }));
  const selected = grids.find((grid) => grid.selection !== undefined && !appendixSheets.includes(grid.sheet));
  const selection = selected?.selection === undefined ? undefined : { name: selected.sheet, id: selected.sheetId, address: selected.selection };
  const read = grids.map((grid) => ({ name: grid.sheet, id: grid.sheetId }));
  return { sheets, appendixSheets, selection, read };
}

export async function readSources(
  host: WorkbookHost,
  scope: SourceScope,
  known: SourceSheets,
  recheck: boolean,
  onLeftOut?: (notes: Message[]) => void,
): Promise<Grid[]> {
  const remembered = rememberedScope(scope, known);
  if (recheck && remembered) return host.readGrids(remembered, onLeftOut);
  const grids = await host.readGrids(withReadIds(scope, known), onLeftOut);
  const onlyAppendix = grids.length > 0 && grids.every((grid) => known.appendixSheets.includes(grid.sheet));
  return onlyAppendix && remembered ? host.readGrids(remembered, onLeftOut) : grids;
}

/** Only the active sheet and the selection move under the officer's feet; the other scopes name what they read. */
function rememberedScope(scope: SourceScope, { sheets, selection }: SourceSheets): SourceScope | null {
  if (scope.kind === "active" && sheets.length > 0) return sheetsScope(sheets);
  if (scope.kind === "selection" && selection) return { kind: "area", sheet: selection.name, sheetId: selection.id, address: selection.address };
  return null;
}

function sheetsScope(sheets: SheetRef[]): SourceScope {
  const names = sheets.map((sheet) => sheet.name);
  return sheets.some((sheet) => sheet.id !== undefined) ? { kind: "sheets", names, ids: sheets.map((sheet) => sheet.id) } : { kind: "sheets", names };
}

/** Named sheets with the ids they were last read with, so that one renamed since is still found. */
function withReadIds(scope: SourceScope, known: SourceSheets): SourceScope {
  if (scope.kind !== "sheets") return scope;
  const ids = readIds(scope.names, known);
  return ids.some((id) => id !== undefined) ? { ...scope, ids } : scope;
}

function readIds(names: string[], { read = [] }: SourceSheets): (string | undefined)[] {
  return names.map((name) => read.find((sheet) => sheet.name === name)?.id);
}

/** The named sheets under the names the grids were read with (`known` as before the read), or null when none was renamed. */
export function renamedSheets(names: string[], known: SourceSheets, grids: Grid[]): string[] | null {
  const ids = readIds(names, known);
  const now = names.map((name, i) => grids.find((grid) => ids[i] !== undefined && grid.sheetId === ids[i])?.sheet ?? name);
  return now.some((name, i) => name !== names[i]) ? now : null;
}
