/** The pane inside Excel: every call goes through src/office (Excel.run, document settings). */
import { canImportWorkbooks, IMPORT_UNSUPPORTED_TEXT } from "../office/import-support";
import type { JsonValue } from "../office/settings";
import type { Grid } from "../engine";
import type { AnalysisJob, AnalyzeResult, EngineJob, EngineResult, LayoutsResult } from "./engine-jobs";
import type { AnalysisRequest } from "./pane-analysis";
import type { Capability, ExcelWorkbookHost } from "./host";
import { withGrids, type EngineRunner } from "./xlsx-runner";

const SETTINGS_KEY = "povertyAppendix.pane";
/** A table's title, a header of up to four rows, its column numbers and a first unit lie within these. */
const PEEK_ROWS = 40;

/** The adapter's Excel calls load after the pane's first paint (every opening of the pane pays for its first download). */
const adapter = () => import(/* webpackChunkName: "office" */ "../office/excel-host").then((loaded) => loaded.excelHost);

/** `engine` runs the analyses: the engine worker in Excel, the same jobs in the tests' thread. */
export function createOfficeHost(engine: EngineRunner): ExcelWorkbookHost {
  const canImport: Capability = canImportWorkbooks() ? { ok: true } : { ok: false, reason: IMPORT_UNSUPPORTED_TEXT };
  // The grids the worker was last sent, numbered: every read gives new grids, and they cross once.
  let sent: { grids: Grid[]; version: number } | null = null;
  /** A job on these grids in the engine worker, which answers each job with a result of its kind. */
  const onGrids = (grids: Grid[], request: AnalysisRequest, job: (analysis: AnalysisJob) => EngineJob): Promise<EngineResult> => {
    const current = sent?.grids === grids ? sent : { grids, version: (sent?.version ?? 0) + 1 };
    const held = current === sent;
    sent = current;
    return withGrids((analysis) => engine.run(job(analysis), () => undefined), { version: current.version, request }, () => grids, held);
  };
  return {
    kind: "excel",
    displayLanguage: Office.context.displayLanguage ?? null,
    darkTheme: isDark(Office.context.officeTheme?.bodyBackgroundColor),
    canImport,
    readGrids: async (scope, onLeftOut) => {
      const read = await (await adapter()).readGrids(scope);
      onLeftOut?.(read.leftOut);
      return read.grids;
    },
    importWorkbooks: async (files) =>
      (await adapter()).importWorkbooks(await Promise.all(files.map(async (file) => ({ name: file.name, base64: await toBase64(file) })))),
    analyze: async (grids, request) => ((await onGrids(grids, request, (job) => ({ kind: "analyze", ...job }))) as AnalyzeResult).analysis,
    appendixLayouts: async (grids, request, checksLang) => {
      const { layout, checks } = (await onGrids(grids, request, (job) => ({ kind: "layouts", checksLang, ...job }))) as LayoutsResult;
      return { layout, checks };
    },
    peekSheets: async () => (await (await adapter()).peekSheets(PEEK_ROWS)).grids,
    watchSheets: async (sheets, onChange) => (await adapter()).watchSheets(sheets, onChange),
    selectCell: async (sheet, cell) => (await adapter()).selectCell(sheet, cell),
    writeAppendix: async (layout, onProgress, checks) => {
      const excel = await adapter();
      const written = await excel.writeAppendix(layout, { onProgress });
      if (!checks) return written;
      const checked = await excel.writeAppendix(checks);
      return { sheetName: written.sheetName, checksSheet: checked.sheetName, leftOut: [...new Set([...written.leftOut, ...checked.leftOut])] };
    },
    loadSettings: async () => (await adapter()).readSetting(SETTINGS_KEY),
    saveSettings: async (settings) => (await adapter()).writeSetting(SETTINGS_KEY, settings as unknown as JsonValue),
    cancel: () => {
      engine.cancel();
      // The next worker holds no grids.
      sent = null;
    },
  };
}

/** Office gives the theme's colours only; a dark body background means a dark theme. */
function isDark(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  // In slices: String.fromCharCode takes its bytes as arguments, and arguments are limited.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
