/**
 * What the pane asks of the place it runs in: Excel (Office.js) or the officer's .xlsx files in the
 * browser. Plain async functions, as in Microsoft's React task-pane template, so the components
 * never touch Office.js or exceljs and tests hand them a fake.
 */
import type { Grid, Lang, Message, AppendixLayout } from "../engine";
import type { AnalysisRequest, PaneAnalysis } from "./pane-analysis";
import type { PaneSettings } from "./settings";

/**
 * Where the data is read from; "sheets" names the sheets just imported, or those a re-check reads again
 * (then with the ids they had, ids[i] for names[i], so a sheet renamed since is still found); "area" is a
 * selection read before, read again where it was (its sheet found by id, else by name).
 */
export type SourceScope =
  | { kind: "active" }
  | { kind: "selection" }
  | { kind: "all" }
  | { kind: "sheets"; names: string[]; ids?: (string | undefined)[] }
  | { kind: "area"; sheet: string; sheetId?: string; address: string };

/** Whether something can be done here, and if not, why and what to do instead (in the officer's words). */
export type Capability = { ok: true } | { ok: false; reason: Message };

export interface WriteOutcome {
  /** The appendix sheet's name (the layout's, or with " (2)" when taken). */
  sheetName: string;
  /** Parts this host could not write (e.g. "print setup" before ExcelApi 1.9). */
  leftOut: string[];
  /** The checks sheet's name, when one was asked for. */
  checksSheet?: string;
  /** Files host: the workbook with the appendix, for the officer to save. */
  download?: { fileName: string; blob: Blob };
}

/** How far a long read or write has got, in the officer's terms. */
export interface RowsProgress {
  phase: "reading" | "writing";
  rows: number;
  /** Rows the write will have in all, when known. */
  total?: number;
}

interface HostBase {
  /** Office's display language ("vi-VN"), when the host has one. */
  displayLanguage: string | null;
  darkTheme: boolean;
  /** `onLeftOut` hears what the read could not give (a sheet's merged cells Excel refused), before the grids arrive. */
  readGrids(scope: SourceScope, onLeftOut?: (notes: Message[]) => void): Promise<Grid[]>;
  /** Adds the units' workbooks; returns the names their sheets got. */
  importWorkbooks(files: File[], onRows?: (progress: RowsProgress) => void): Promise<string[]>;
  /** Takes the officer to a finding's cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The remembered settings, unchecked (they come from a document or the browser). */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /**
   * Stops what runs off the pane's thread (the web page's read or write, the engine worker inside
   * Excel); what waits on it rejects with CancelledError. The next call starts a fresh worker.
   */
  cancel(): void;
}

export interface ExcelWorkbookHost extends HostBase {
  kind: "excel";
  canImport: Capability;
  /** The first rows of every sheet: enough to tell which sheets hold a table. */
  peekSheets(): Promise<Grid[]>;
  /**
   * Analyses grids the pane read off its thread, in the engine worker, which is sent each read's grids
   * once and keeps the appendix's layout.
   */
  analyze(grids: Grid[], request: AnalysisRequest): Promise<PaneAnalysis>;
  /**
   * The layouts a write needs, made by the engine worker (its analysis reused when the request is the
   * one it last analysed): the appendix's (null when the plan makes none), and the checks sheet's in
   * `checksLang` when asked for. Only their records cross to the pane, whose thread the engine never holds.
   */
  appendixLayouts(grids: Grid[], request: AnalysisRequest, checksLang?: Lang): Promise<{ layout: AppendixLayout | null; checks?: AppendixLayout }>;
  /** Calls onChange whenever a cell of these sheets changes; resolves to how to stop. */
  watchSheets(sheets: string[], onChange: () => void): Promise<() => Promise<void>>;
  /** `checks`: the checks sheet "Kiểm tra", written after the appendix when the officer asks for it. */
  writeAppendix(layout: AppendixLayout, onProgress: (fraction: number) => void, checks?: AppendixLayout): Promise<WriteOutcome>;
}

export interface PickedFile {
  name: string;
  /** The sheets' names as the pane shows them (prefixed by the file's name where two files clash). */
  sheets: string[];
}

export interface FilesWorkbookHost extends HostBase {
  kind: "files";
  /** The files picked so far, in the order picked. */
  files(): PickedFile[];
  removeFile(name: string): void;
  /** Analyses the picked files off the page's thread (in the worker, which keeps the appendix's layout). */
  analyze(request: AnalysisRequest): Promise<PaneAnalysis>;
  /**
   * Writes the appendix of the analysis asked for (the worker's, made again only if the request changed),
   * and the checks sheet in `checksLang` when the officer asks for it.
   */
  writeAppendix(
    request: AnalysisRequest,
    onProgress: (fraction: number) => void,
    onRows?: (progress: RowsProgress) => void,
    checksLang?: Lang,
  ): Promise<WriteOutcome>;
}

export type WorkbookHost = ExcelWorkbookHost | FilesWorkbookHost;

/** A host failure told in both languages (OfficeHostError has the same `text`). */
export class HostError extends Error {
  readonly text: Message;

  constructor(text: Message, cause?: unknown) {
    super(text.en, cause === undefined ? undefined : { cause });
    this.name = "HostError";
    this.text = text;
  }
}

/**
 * The sheets a failed import inserted all the same (Excel can insert a file's sheets and still
 * report an error, OfficeDev/office-js#3179): the Excel adapter's ImportFailedError lists them.
 */
export function sheetsArrived(error: unknown): string[] {
  const arrived = (error as { arrived?: unknown } | null)?.arrived;
  return Array.isArray(arrived) ? arrived.filter((name): name is string => typeof name === "string") : [];
}

/** The officer-facing text of anything a host threw. */
export function errorText(error: unknown, lang: Lang): string {
  const text = (error as { text?: Partial<Message> } | null)?.text;
  if (text && typeof text[lang] === "string") return text[lang];
  return error instanceof Error ? error.message : String(error);
}
