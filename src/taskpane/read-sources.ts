/**
 * What a read asks the host for. Writing the appendix makes it the active sheet, so "the active
 * sheet" read again after writing would be the appendix, which is never data: the sheets the tables
 * were found in are remembered by name and read instead, for a re-check always, for "read again"
 * when the active sheet turns out to be an appendix this pane wrote.
 */
import type { Grid, Message } from "../engine";
import type { SourceScope, WorkbookHost } from "./host";

export interface SourceSheets {
  /** The sheets the last analysis found tables in, appendix sheets left out. */
  sheets: string[];
  /** Appendix sheets this pane wrote. */
  appendixSheets: string[];
}

export async function readSources(
  host: WorkbookHost,
  scope: SourceScope,
  known: SourceSheets,
  recheck: boolean,
  onLeftOut?: (notes: Message[]) => void,
): Promise<Grid[]> {
  // Only the active sheet moves under the officer's feet; the other scopes name what they read.
  const byName: SourceScope | null = scope.kind === "active" && known.sheets.length > 0 ? { kind: "sheets", names: known.sheets } : null;
  if (recheck && byName) return host.readGrids(byName, onLeftOut);
  const grids = await host.readGrids(scope, onLeftOut);
  const onlyAppendix = grids.length > 0 && grids.every((grid) => known.appendixSheets.includes(grid.sheet));
  return onlyAppendix && byName ? host.readGrids(byName, onLeftOut) : grids;
}
