/** The pane's state and the officer's actions on it, as one small reducer. */
import type { Grid, Lang, ColumnOverride, Message } from "../engine";
import type { RowsProgress, WriteOutcome } from "./host";
import { DEFAULT_SETTINGS, type PaneSettings, type PlanSettings, type ScopeKind } from "./settings";
import { followRenames, sheetRenames } from "./sheet-renames";

export type WriteState =
  | { status: "idle" }
  | { status: "writing"; progress: number }
  | { status: "done"; outcome: WriteOutcome }
  | { status: "failed"; error: unknown };

/** A host call that failed; cleared when the data is read or imported again (a selection failure also by the next finding chosen). */
export type Failure = { action: "read" | "import" | "select" | "settings"; error: unknown };

export interface PaneState {
  settings: PaneSettings;
  /** Settings are saved only after the remembered ones were loaded, so they are never overwritten by defaults. */
  settingsLoaded: boolean;
  grids: Grid[];
  /** What the last read could not give (a sheet's merged cells), for step 1 to say. */
  readLeftOut: Message[];
  /** Bumped whenever the data should be read again (files picked or imported, "read again", "check again"). */
  sourceVersion: number;
  /** The last bump re-checks the sheets the tables were found in ("check again", a cell changed), by name. */
  recheck: boolean;
  busy: "reading" | "importing" | null;
  /** How far the running read or write has got, where the host says so. */
  rows: RowsProgress | null;
  failure: Failure | null;
  /** The finding the officer last went to. */
  selectedIssue: string | null;
  writeAnyway: boolean;
  write: WriteState;
}

export const INITIAL_STATE: PaneState = {
  settings: DEFAULT_SETTINGS,
  settingsLoaded: false,
  grids: [],
  readLeftOut: [],
  sourceVersion: 0,
  recheck: false,
  // The pane reads its settings, then its source, as it opens: nothing to pick or press before that.
  busy: "reading",
  rows: null,
  failure: null,
  selectedIssue: null,
  writeAnyway: false,
  write: { status: "idle" },
};

export type Action =
  | { type: "settingsLoaded"; settings: PaneSettings }
  | { type: "setLang"; lang: Lang }
  | { type: "setScope"; scope: ScopeKind }
  | { type: "setOverride"; override: ColumnOverride }
  | { type: "resetOverrides" }
  | { type: "setPlan"; patch: Partial<PlanSettings> }
  | { type: "setUnitTarget"; key: string; households: number | null }
  | { type: "busy"; busy: "reading" | "importing" }
  /** importedSheets: the imported sheets' names now, when the read found one renamed (by its id). */
  | { type: "gridsRead"; grids: Grid[]; leftOut?: Message[]; importedSheets?: string[] }
  | { type: "imported"; sheets: string[] }
  | { type: "sourcesChanged" }
  | { type: "recheck" }
  | { type: "failed"; failure: Failure }
  | { type: "issueSelected"; key: string }
  | { type: "setWriteAnyway"; writeAnyway: boolean }
  | { type: "setChecksSheet"; checksSheet: boolean }
  | { type: "writeStarted" }
  | { type: "writeProgress"; progress: number }
  | { type: "written"; outcome: WriteOutcome }
  | { type: "writeFailed"; error: unknown }
  | { type: "rows"; rows: RowsProgress }
  /** The officer stopped a read or a write: back to where the pane was, with nothing to report. */
  | { type: "cancelled" };

/** Enough for years of appendices; the settings stay small. */
const MAX_REMEMBERED = 20;

/** A new appendix input makes the last write's result stale (its download would not match the pane). */
function withSettings(state: PaneState, settings: Partial<PaneSettings>): PaneState {
  return { ...state, settings: { ...state.settings, ...settings }, write: { status: "idle" } };
}

export function reduce(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "settingsLoaded":
      return { ...state, settings: action.settings, settingsLoaded: true };
    case "setLang":
      return { ...state, settings: { ...state.settings, lang: action.lang } };
    case "setScope":
      return { ...withSettings(state, { scope: action.scope }), recheck: false };
    case "setOverride": {
      const { sheet, col } = action.override;
      const others = state.settings.overrides.filter((o) => o.sheet !== sheet || o.col !== col);
      return withSettings(state, { overrides: [...others, action.override] });
    }
    case "resetOverrides":
      return withSettings(state, { overrides: [] });
    case "setPlan":
      return withSettings(state, { plan: { ...state.settings.plan, ...action.patch } });
    case "setUnitTarget": {
      const unitTargets = { ...state.settings.plan.unitTargets };
      if (action.households === null) delete unitTargets[action.key];
      else unitTargets[action.key] = action.households;
      return withSettings(state, { plan: { ...state.settings.plan, unitTargets } });
    }
    case "busy":
      return { ...state, busy: action.busy, rows: null, failure: null, readLeftOut: action.busy === "reading" ? [] : state.readLeftOut };
    case "gridsRead": {
      const read = action.importedSheets ? { ...state.settings, importedSheets: action.importedSheets } : state.settings;
      const settings = followRenames(read, sheetRenames(state.grids, action.grids));
      return { ...state, settings, busy: null, grids: action.grids, readLeftOut: action.leftOut ?? [], selectedIssue: null, write: { status: "idle" } };
    }
    case "imported":
      // The officer imported the units' files to work on them: read those sheets next.
      return {
        ...withSettings(state, { scope: "imported", importedSheets: action.sheets }),
        busy: null,
        sourceVersion: state.sourceVersion + 1,
        recheck: false,
      };
    case "sourcesChanged":
      return { ...state, busy: null, sourceVersion: state.sourceVersion + 1, recheck: false };
    case "recheck":
      return { ...state, sourceVersion: state.sourceVersion + 1, recheck: true };
    case "failed": {
      const { action: failedAction } = action.failure;
      const stillBusy = failedAction === "select" || failedAction === "settings" ? state.busy : null;
      return { ...state, busy: stillBusy, failure: action.failure };
    }
    case "issueSelected":
      return { ...state, selectedIssue: action.key, failure: state.failure?.action === "select" ? null : state.failure };
    case "setWriteAnyway":
      return { ...state, writeAnyway: action.writeAnyway };
    case "setChecksSheet":
      return withSettings(state, { checksSheet: action.checksSheet });
    case "writeStarted":
      return { ...state, rows: null, write: { status: "writing", progress: 0 } };
    case "writeProgress":
      return state.write.status === "writing" ? { ...state, write: { status: "writing", progress: action.progress } } : state;
    case "written": {
      const { sheetName } = action.outcome;
      const appendixSheets = [...state.settings.appendixSheets.filter((name) => name !== sheetName), sheetName].slice(-MAX_REMEMBERED);
      return { ...state, settings: { ...state.settings, appendixSheets }, write: { status: "done", outcome: action.outcome } };
    }
    case "writeFailed":
      return { ...state, write: { status: "failed", error: action.error } };
    case "rows":
      return { ...state, rows: action.rows };
    case "cancelled":
      return { ...state, busy: null, rows: null, write: state.write.status === "writing" ? { status: "idle" } : state.write };
  }
}
