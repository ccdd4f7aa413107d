/**
 * The pane as a web page on the officer's .xlsx files. Everything happens in the browser: the files
 * are read, analysed and the appendix written in a worker (xlsx-runner.ts), the result is offered as
 * a Blob download, and nothing is sent anywhere.
 */
import { formatNumber, type Grid, type Message } from "../engine";
import type { AnalysisJob } from "./engine-jobs";
import type { XlsxJob, XlsxJobResult } from "./files-workbooks";
import { type FilesWorkbookHost, type PickedFile, type RowsProgress, HostError } from "./host";
import type { AnalysisRequest } from "./pane-analysis";
import { isCancelled, withGrids as runWithGrids, type XlsxRunner } from "./xlsx-runner";

const SETTINGS_KEY = "poverty-appendix.pane";

/**
 * The largest file the page reads. exceljs holds a whole workbook in memory several times over; past
 * this a browser tab may run out of memory, so a larger file is refused before it is read.
 */
export const MAX_FILE_MB = 50;

interface Picked {
  name: string;
  /** The bytes the grids were read from: the copy with the appendix is made from these. */
  source: Blob;
  /** The file's sheets with data, under their own names. */
  grids: Grid[];
}

export function createFilesHost(runner: XlsxRunner, storage: Storage | null = browserStorage()): FilesWorkbookHost {
  let picked: Picked[] = [];
  const shown = () => shownSheetNames(picked);
  // The picked files' grids under their shown names, numbered so the worker is sent them once.
  let version = 0;
  let sheets: Grid[] | null = null;
  const changed = () => {
    version++;
    sheets = null;
  };
  const allGrids = (): Grid[] => {
    const names = shown();
    // With several files the appendix goes into a new workbook: the engine is told each sheet's file.
    const several = picked.length > 1;
    sheets ??= picked.flatMap((file, i) =>
      file.grids.map((grid, j) => ({ ...grid, sheet: names[i][j], ...(several ? { source: { file: file.name, sheet: grid.sheet } } : {}) })),
    );
    return sheets;
  };
  /** Runs a job on the grids; a worker that lacks them (a fresh one after Cancel) is sent them. */
  const withGrids = async (
    job: (analysis: AnalysisJob) => XlsxJob,
    request: AnalysisRequest,
    onProgress: (progress: RowsProgress) => void = () => undefined,
  ): Promise<XlsxJobResult> => runWithGrids((analysis) => runner.run(job(analysis), onProgress), { version, request }, allGrids);
  return {
    kind: "files",
    displayLanguage: null,
    darkTheme: typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches,
    files(): PickedFile[] {
      const names = shown();
      return picked.map((file, i) => ({ name: file.name, sheets: names[i] }));
    },
    removeFile(name) {
      picked = picked.filter((file) => file.name !== name);
      changed();
    },
    async importWorkbooks(files, onRows) {
      const tooLarge = files.find((file) => file.size > MAX_FILE_MB * 1024 * 1024);
      if (tooLarge) throw new HostError(tooLargeText(tooLarge));
      // Rows read so far, over all the files read at once.
      let rows = 0;
      const counted = (progress: RowsProgress) => onRows?.({ phase: "reading", rows: (rows += progress.rows) });
      // All or nothing: a half-added selection would be hard to tell from a complete one.
      const added = await Promise.all(files.map((file) => readFile(runner, file, counted)));
      const names = new Set(added.map((file) => file.name));
      picked = [...picked.filter((file) => !names.has(file.name)), ...added];
      changed();
      const now = shown();
      return picked.flatMap((file, i) => (names.has(file.name) ? now[i] : []));
    },
    readGrids: async () => allGrids(),
    selectCell: async () => undefined,
    async analyze(request) {
      const result = await withGrids((analysis) => ({ kind: "analyze", ...analysis }), request);
      if (result.kind !== "analyze") throw new Error(`The worker answered an analysis with a ${result.kind}.`);
      return result.analysis;
    },
    async writeAppendix(request, onProgress, onRows, checksLang) {
      if (picked.length === 0) {
        throw new HostError({ vi: "Chưa chọn tệp Excel nào.", en: "No Excel file has been chosen." });
      }
      const single = picked.length === 1 ? picked[0] : null;
      const source = single && { name: single.name, file: single.source };
      const result = await withGrids((analysis) => ({ kind: "write", source, analysis, checks: checksLang }), request, (progress) => onRows?.(progress));
      if (result.kind !== "write") throw new Error(`The worker answered a write with a ${result.kind}.`);
      const { sheetName, checksSheet, workbook: blob } = result;
      onProgress(1);
      const fileName = single ? `${baseName(single.name)} - ${sheetName}.xlsx` : `${sheetName}.xlsx`;
      return { sheetName, checksSheet, leftOut: [], download: { fileName, blob } };
    },
    loadSettings: async () => {
      const text = storage?.getItem(SETTINGS_KEY);
      if (!text) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },
    saveSettings: async (settings) => storage?.setItem(SETTINGS_KEY, JSON.stringify(settings)),
    cancel: () => runner.cancel(),
  };
}

async function readFile(runner: XlsxRunner, file: File, onProgress: (progress: RowsProgress) => void): Promise<Picked> {
  try {
    const result = await runner.run({ kind: "read", name: file.name, file }, onProgress);
    if (result.kind !== "read") throw new Error(`The worker answered a read with a ${result.kind}.`);
    return { name: file.name, source: result.source, grids: result.grids };
  } catch (cause) {
    if (isCancelled(cause)) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    // The reader's own words when it has them in both languages (a limit it enforces, say).
    const told = cause instanceof HostError ? cause.text : null;
    throw new HostError(
      {
        vi: `Không đọc được tệp "${file.name}": ${told?.vi ?? "tệp phải là sổ Excel .xlsx (tệp .xls cũ: mở bằng Excel rồi lưu lại dạng .xlsx)."} Chưa tệp nào được thêm.`,
        en: `Could not read "${file.name}": ${told?.en ?? reason} No file was added.`,
      },
      cause,
    );
  }
}

function tooLargeText(file: File): Message {
  const size = (lang: "vi" | "en") => formatNumber(Math.round((file.size / 1024 / 1024) * 10) / 10, lang);
  return {
    vi: `Tệp "${file.name}" nặng ${size("vi")} MB, quá giới hạn ${MAX_FILE_MB} MB của trang này, nên không được đọc. Hãy bỏ bớt các trang không cần (như danh sách hộ) rồi lưu lại, hoặc dùng dòng lệnh. Chưa tệp nào được thêm.`,
    en: `"${file.name}" is ${size("en")} MB, over this page's limit of ${MAX_FILE_MB} MB, so it was not read. Remove the sheets that are not needed (such as household lists) and save it again, or use the command line. No file was added.`,
  };
}

/**
 * Sheet names as the pane shows them: a name that several files use ("Sheet1" in every district's
 * file) gets its file's name in front, so findings and corrections point at one sheet.
 */
function shownSheetNames(picked: Picked[]): string[][] {
  const key = (name: string) => name.normalize("NFC").toLocaleUpperCase();
  const filesUsing = new Map<string, number>();
  for (const file of picked) {
    for (const sheet of new Set(file.grids.map((grid) => key(grid.sheet)))) filesUsing.set(sheet, (filesUsing.get(sheet) ?? 0) + 1);
  }
  const used = new Set<string>();
  return picked.map((file) =>
    file.grids.map((grid) => {
      const base = (filesUsing.get(key(grid.sheet)) ?? 0) > 1 ? `${baseName(file.name)} - ${grid.sheet}` : grid.sheet;
      let name = base;
      for (let n = 2; used.has(key(name)); n++) name = `${base} (${n})`;
      used.add(key(name));
      return name;
    }),
  );
}

function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "");
}

/** The browser's storage, or none where the page may not use it (some privacy settings throw). */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
