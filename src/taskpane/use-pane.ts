/**
 * The pane's state bound to its host: loads and saves the settings, reads the data whenever the
 * source changes (inside Excel also when a cell of a source sheet changes), re-analyses on every
 * input (analyze is fast and pure) and runs the host calls.
 */
import { useEffect, useMemo, useReducer, useRef } from "react";
import type { Analysis, Issue, Lang, Message } from "../engine";
import type { WorkbookHost } from "./host";
import { DEFAULT_SETTINGS, planOptions, readSettings, sourceScope, type PaneSettings } from "./settings";
import { readSources, type SourceSheets } from "./read-sources";
import { INITIAL_STATE, reduce, type Action, type PaneState } from "./state";
import { isCancelled } from "./xlsx-runner";

export interface Pane {
  state: PaneState;
  lang: Lang;
  analysis: Analysis;
  dispatch(action: Action): void;
  importFiles(files: File[]): Promise<void>;
  removeFile(name: string): void;
  selectIssue(issue: Issue, key: string): void;
  writeAppendix(): Promise<void>;
  /** Stops the files host's running read or write (Excel's own calls cannot be stopped). */
  cancel(): void;
}

/** Vietnamese unless Office says the officer works in another language. */
function defaultLang(displayLanguage: string | null): Lang {
  return displayLanguage && !/^vi\b/i.test(displayLanguage) ? "en" : "vi";
}

const SAVE_DELAY_MS = 400;
/** An officer typing a row of figures changes several cells in a few seconds: one re-check after the last. */
const RECHECK_DELAY_MS = 1000;

type Engine = typeof import("../engine");
let engine: Engine | null = null;

/**
 * The engine arrives after the pane's first paint, while the data is being read: the first paint
 * needs neither, and inside Excel every opening of the pane pays for its first download.
 */
function loadEngine(): Promise<Engine> {
  return import(/* webpackChunkName: "engine" */ "../engine").then((loaded) => (engine = loaded));
}

/** What the engine makes of no data, until it is loaded (there is no data before then either). */
const NO_ANALYSIS: Analysis = { tables: [], incomplete: [], issues: [], plan: null, layout: null, hasErrors: false };

export function usePane(host: WorkbookHost): Pane {
  const [state, dispatch] = useReducer(reduce, INITIAL_STATE);
  const { settings, settingsLoaded, grids, sourceVersion } = state;
  const loaded = useRef<PaneSettings | null>(null);
  // What the last analysis found, for the next read; a ref, since finding it is no reason to read again.
  const known = useRef<SourceSheets>({ sheets: [], appendixSheets: [] });
  const recheck = useRef(false);
  recheck.current = state.recheck;

  useEffect(() => {
    let live = true;
    host.loadSettings().then(readSettings, () => DEFAULT_SETTINGS).then((remembered) => {
      if (!live) return;
      loaded.current = remembered;
      dispatch({ type: "settingsLoaded", settings: remembered });
    });
    return () => {
      live = false;
    };
  }, [host]);

  const scopeKey = JSON.stringify(sourceScope(settings));
  useEffect(() => {
    if (!settingsLoaded) return;
    let live = true;
    dispatch({ type: "busy", busy: "reading" });
    let leftOut: Message[] = [];
    Promise.all([readSources(host, JSON.parse(scopeKey), known.current, recheck.current, (notes) => (leftOut = notes)), loadEngine()]).then(
      ([read]) => live && dispatch({ type: "gridsRead", grids: read, leftOut }),
      (error: unknown) => live && dispatch({ type: "failed", failure: { action: "read", error } }),
    );
    return () => {
      live = false;
    };
  }, [host, settingsLoaded, scopeKey, sourceVersion]);

  useEffect(() => {
    // Nothing to save until the officer changes something: saving marks the workbook as edited.
    if (!settingsLoaded || settings === loaded.current) return;
    const timer = setTimeout(() => {
      host.saveSettings(settings).catch((error: unknown) => dispatch({ type: "failed", failure: { action: "settings", error } }));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, settings, settingsLoaded]);

  const currentYear = useMemo(() => new Date().getFullYear(), []);
  const analysis = useMemo(() => {
    const data = grids.filter((grid) => !settings.appendixSheets.includes(grid.sheet));
    if (!engine) return NO_ANALYSIS;
    return engine.analyze(data, { ...planOptions(settings.plan, currentYear), overrides: settings.overrides });
  }, [grids, settings.appendixSheets, settings.plan, settings.overrides, currentYear]);

  const sourceSheets = [...new Set([...analysis.tables, ...analysis.incomplete].map((table) => table.sheet))];
  known.current = { sheets: sourceSheets, appendixSheets: settings.appendixSheets };
  const watchedKey = JSON.stringify(sourceSheets);
  useEffect(() => {
    const sheets: string[] = JSON.parse(watchedKey);
    if (host.kind !== "excel" || sheets.length === 0) return;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => dispatch({ type: "recheck" }), RECHECK_DELAY_MS);
    };
    // Without the events (a sheet gone meanwhile) the findings still refresh with "check again".
    const ignore = () => undefined;
    host.watchSheets(sheets, changed).then((stopWatching) => {
      if (live) stop = stopWatching;
      else stopWatching().catch(ignore);
    }, ignore);
    return () => {
      live = false;
      clearTimeout(timer);
      stop?.().catch(ignore);
    };
  }, [host, watchedKey]);

  const lang = settings.lang ?? defaultLang(host.displayLanguage);

  return {
    state,
    lang,
    analysis,
    dispatch,
    async importFiles(files) {
      dispatch({ type: "busy", busy: "importing" });
      try {
        const sheets = await host.importWorkbooks(files, (rows) => dispatch({ type: "rows", rows }));
        // Inside Excel the new sheets become the source; the files host reads every picked file anyway.
        dispatch(host.kind === "excel" && sheets.length > 0 ? { type: "imported", sheets } : { type: "sourcesChanged" });
      } catch (error) {
        dispatch(isCancelled(error) ? { type: "cancelled" } : { type: "failed", failure: { action: "import", error } });
      }
    },
    removeFile(name) {
      if (host.kind !== "files") return;
      host.removeFile(name);
      dispatch({ type: "sourcesChanged" });
    },
    selectIssue(issue, key) {
      dispatch({ type: "issueSelected", key });
      if (issue.cell === null) return;
      host.selectCell(issue.sheet, issue.cell).catch((error: unknown) => dispatch({ type: "failed", failure: { action: "select", error } }));
    },
    async writeAppendix() {
      const { layout } = analysis;
      if (!layout) return;
      dispatch({ type: "writeStarted" });
      try {
        const checks = settings.checksSheet && engine ? engine.checksLayout(analysis.tables, analysis.issues, lang) : undefined;
        const outcome = await host.writeAppendix(
          layout,
          (progress) => dispatch({ type: "writeProgress", progress }),
          (rows) => dispatch({ type: "rows", rows }),
          checks,
        );
        dispatch({ type: "written", outcome });
      } catch (error) {
        dispatch(isCancelled(error) ? { type: "cancelled" } : { type: "writeFailed", error });
      }
    },
    cancel() {
      if (host.kind === "files") host.cancel();
    },
  };
}
