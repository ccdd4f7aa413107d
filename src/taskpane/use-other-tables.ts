/**
 * Inside Excel, when the officer chose the active sheet or the selection: the other sheets that
 * hold a table, from the first rows of every sheet, so the pane can say that the plan leaves them out.
 */
import { useEffect, useState } from "react";
import { detectTables, type Grid } from "../engine";
import type { WorkbookHost } from "./host";
import type { PaneState } from "./state";

/** Keeps the list it had when it was already empty: no render for nothing. */
const none = (now: string[]): string[] => (now.length === 0 ? now : []);

export function useOtherTables(host: WorkbookHost, state: PaneState): string[] {
  const [others, setOthers] = useState<string[]>([]);
  const { grids, settings } = state;
  const partial = settings.scope === "active" || settings.scope === "selection";
  const { appendixSheets } = settings;
  useEffect(() => {
    if (host.kind !== "excel" || !partial) {
      setOthers(none);
      return;
    }
    let live = true;
    const read = new Set([...grids.map((grid) => grid.sheet), ...appendixSheets]);
    const holdsTable = (grid: Grid) => {
      const found = detectTables(grid);
      return found.tables.length + found.incomplete.length > 0;
    };
    host.peekSheets().then(
      (peeked) => live && setOthers(peeked.filter((grid) => !read.has(grid.sheet) && holdsTable(grid)).map((grid) => grid.sheet)),
      // Only a hint: without it the pane reads what the officer chose, as before.
      () => live && setOthers(none),
    );
    return () => {
      live = false;
    };
  }, [host, grids, partial, appendixSheets]);
  return others;
}
