/**
 * The pane's state bound to its host: loads and saves the settings, reads the data whenever the
 * source changes (inside Excel also when a cell of a source sheet changes), re-analyses on every
 * input and runs the host calls. In both hosts a worker analyses (the engine worker inside Excel, the
 * xlsx worker on the web page), and an edit of the plan waits for typing to pause (use-settled-request.ts).
 */
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Grid, Issue, Lang, Message } from "../engine";
import { HostError, type ExcelWorkbookHost, type WorkbookHost, type WriteOutcome } from "./host";
import { NO_ANALYSIS, type AnalysisRequest, type PaneAnalysis } from "./pane-analysis";
import { DEFAULT_SETTINGS, planOptions, readSettings, sourceScope, type PaneSettings } from "./settings";
import { readSources, rememberSources, renamedSheets, type SourceSheets } from "./read-sources";
import { INITIAL_STATE, reduce, type Action, type PaneState } from "./state";
import { useSettledRequest } from "./use-settled-request";
import { isCancelled } from "./xlsx-runner";

export interface Pane {
  state: PaneState;
  lang: Lang;
  analysis: PaneAnalysis;
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

/** A write's progress and the checks sheet's language, when the officer asks for one. */
interface WriteCall {
  onProgress(fraction: number): void;
  checksLang?: Lang;
}

/**
 * Inside Excel the engine worker makes the layout, for the settings as they are now (even if typing
 * has not paused), and the pane writes it: Office.js writes from the pane's thread.
 */
async function writeInExcel(host: ExcelWorkbookHost, grids: Grid[], request: AnalysisRequest, { onProgress, checksLang }: WriteCall): Promise<WriteOutcome> {
  const { layout, checks } = await host.appendixLayouts(grids, request, checksLang);
  if (!layout) throw new HostError(NO_APPENDIX);
  return host.writeAppendix(layout, onProgress, checks);
}

/** The plan as typed since the last analysis makes no appendix (a goal being typed over, say). */
const NO_APPENDIX = {
  vi: "Chưa tạo được phụ lục với kế hoạch vừa nhập. Hãy xem lại mục Kế hoạch.",
  en: "The plan as just entered makes no appendix. Please look at the plan again.",
};

function analyzeOn(host: WorkbookHost, grids: Grid[], request: AnalysisRequest): Promise<PaneAnalysis> {
  return host.kind === "excel" ? host.analyze(grids, request) : host.analyze(request);
}

/**
 * The analysis the settings ask for on these grids. Only the pane's own appendix sheets that are among
 * the grids count, so writing a new one (which is not read) does not change the request.
 */
function analysisRequest(
  grids: Grid[],
  { appendixSheets, plan, overrides }: Pick<PaneSettings, "appendixSheets" | "plan" | "overrides">,
  currentYear: number,
): AnalysisRequest {
  return {
    skipSheets: appendixSheets.filter((name) => grids.some((grid) => grid.sheet === name)),
    options: { ...planOptions(plan, currentYear), overrides },
  };
}

/** The worker's analysis, and what it was made from. */
interface Analysed {
  grids: Grid[];
  key: string;
  analysis: PaneAnalysis;
}

export function usePane(host: WorkbookHost): Pane {
  const [state, dispatch] = useReducer(reduce, INITIAL_STATE);
  const { settings, settingsLoaded, grids, sourceVersion } = state;
  const loaded = useRef<PaneSettings | null>(null);
  // What the last analysis found, for the next read; a ref, since finding it is no reason to read again.
  const known = useRef<SourceSheets>({ sheets: [], appendixSheets: [] });
  const recheck = useRef(false);
  recheck.current = state.recheck;
  const currentYear = useMemo(() => new Date().getFullYear(), []);
  const [analysed, setAnalysed] = useState<Analysed | null>(null);
  // The read below analyses with the settings of its end, not of its start.
  const latest = useRef(settings);
  latest.current = settings;

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

  // The imported sheets' names are not in the key: they change with an import, which reads again anyway,
  // or with a rename the read itself found, which is no reason to read again.
  const scopeKind = settings.scope;
  useEffect(() => {
    if (!settingsLoaded) return;
    let live = true;
    dispatch({ type: "busy", busy: "reading" });
    let leftOut: Message[] = [];
    const scope = sourceScope(latest.current);
    const before = known.current;
    const readHere = () => readSources(host, scope, before, recheck.current, (notes) => (leftOut = notes));
    // The data is analysed before it is shown, while the pane still says it is reading.
    const read = async (): Promise<void> => {
      const grids = await readHere();
      const request = analysisRequest(grids, latest.current, currentYear);
      const analysis = grids.length > 0 ? await analyzeOn(host, grids, request) : NO_ANALYSIS;
      if (!live) return;
      setAnalysed({ grids, key: JSON.stringify(request), analysis });
      const renamed = scope.kind === "sheets" ? renamedSheets(scope.names, before, grids) : null;
      dispatch({ type: "gridsRead", grids, leftOut, ...(renamed && { importedSheets: renamed }) });
    };
    read().catch((error: unknown) => {
      if (live) dispatch(isCancelled(error) ? { type: "cancelled" } : { type: "failed", failure: { action: "read", error } });
    });
    return () => {
      live = false;
    };
  }, [host, settingsLoaded, scopeKind, sourceVersion, currentYear]);

  useEffect(() => {
    // Nothing to save until the officer changes something: saving marks the workbook as edited.
    if (!settingsLoaded || settings === loaded.current) return;
    const timer = setTimeout(() => {
      host.saveSettings(settings).catch((error: unknown) => dispatch({ type: "failed", failure: { action: "settings", error } }));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, settings, settingsLoaded]);

  const { appendixSheets, plan, overrides } = settings;
  const request = useMemo(
    () => analysisRequest(grids, { appendixSheets, plan, overrides }, currentYear),
    [grids, appendixSheets, plan, overrides, currentYear],
  );
  // `request` is the settings as they are now (what a write uses); the pane shows the settled one.
  const settledKey = useSettledRequest(grids, request);

  // The worker analyses the settled request.
  useEffect(() => {
    if (!analysed || analysed.grids !== grids || analysed.key === settledKey) return;
    let live = true;
    analyzeOn(host, grids, JSON.parse(settledKey) as AnalysisRequest).then(
      (analysis) => live && setAnalysed({ grids, key: settledKey, analysis }),
      (error: unknown) => live && !isCancelled(error) && dispatch({ type: "failed", failure: { action: "read", error } }),
    );
    return () => {
      live = false;
    };
  }, [host, grids, settledKey, analysed]);

  const analysis = analysed?.analysis ?? NO_ANALYSIS;

  const sourceSheets = [...new Set([...analysis.tables, ...analysis.incomplete].map((table) => table.sheet))];
  known.current = rememberSources(grids, sourceSheets, settings.appendixSheets);
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
      // With the last file gone, the units' own targets and column choices went with it: the next
      // file, whose units and columns may share their names, starts from its own table.
      if (host.files().length === 0) {
        dispatch({ type: "setPlan", patch: { unitTargets: {} } });
        dispatch({ type: "resetOverrides" });
      }
      dispatch({ type: "sourcesChanged" });
    },
    selectIssue(issue, key) {
      dispatch({ type: "issueSelected", key });
      if (issue.cell === null) return;
      host.selectCell(issue.sheet, issue.cell).catch((error: unknown) => dispatch({ type: "failed", failure: { action: "select", error } }));
    },
    async writeAppendix() {
      if (!analysis.layout) return;
      const onProgress = (progress: number) => dispatch({ type: "writeProgress", progress });
      const checksLang = settings.checksSheet ? lang : undefined;
      dispatch({ type: "writeStarted" });
      try {
        // The settings as they are now, even if typing has not paused yet.
        const outcome =
          host.kind === "files"
            ? await host.writeAppendix(request, onProgress, (rows) => dispatch({ type: "rows", rows }), checksLang)
            : await writeInExcel(host, grids, request, { onProgress, checksLang });
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
