/** A fake WorkbookHost over grids built in the test, and the pane rendered on it. */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../src/engine/cells/grid";
import { analyze } from "../../src/engine/analysis";
import { checksLayout } from "../../src/engine/appendix/checks-layout";
import type { ExcelWorkbookHost, FilesWorkbookHost, PickedFile, WriteOutcome } from "../../src/taskpane/host";
import { sourceGrids, type AnalysisRequest } from "../../src/taskpane/pane-analysis";
import { summarize } from "../../src/taskpane/summarize";
import { ANALYZE_DELAY_MS } from "../../src/taskpane/use-settled-request";
import { App } from "../../src/taskpane/components/App";

export interface FakeOptions {
  grids?: Grid[];
  settings?: unknown;
  displayLanguage?: string | null;
  canImport?: ExcelWorkbookHost["canImport"];
  outcome?: Partial<WriteOutcome>;
}

/** What a worker gives the pane for an analysis: the real engine's, summarised as the worker does. */
const summaryOf = (grids: Grid[], request: AnalysisRequest) => summarize(analyze(sourceGrids(grids, request), request.options));

/** Grids are copied on every read, as a host would give fresh ones; the engine worker's analyses run in the test's thread. */
export function fakeExcelHost(options: FakeOptions = {}) {
  const grids = options.grids ?? [];
  const host = {
    kind: "excel" as const,
    displayLanguage: options.displayLanguage === undefined ? "vi-VN" : options.displayLanguage,
    darkTheme: false,
    canImport: options.canImport ?? { ok: true as const },
    readGrids: jest.fn<ReturnType<ExcelWorkbookHost["readGrids"]>, Parameters<ExcelWorkbookHost["readGrids"]>>(async () =>
      JSON.parse(JSON.stringify(grids)) as Grid[],
    ),
    importWorkbooks: jest.fn<Promise<string[]>, [File[]]>(async () => []),
    selectCell: jest.fn<Promise<void>, [string, string]>(async () => undefined),
    analyze: jest.fn<ReturnType<ExcelWorkbookHost["analyze"]>, Parameters<ExcelWorkbookHost["analyze"]>>(async (grids, request) => summaryOf(grids, request)),
    appendixLayouts: jest.fn<ReturnType<ExcelWorkbookHost["appendixLayouts"]>, Parameters<ExcelWorkbookHost["appendixLayouts"]>>(async (grids, request, checksLang) => {
      const { layout, tables, issues } = analyze(sourceGrids(grids, request), request.options);
      return { layout, ...(checksLang && { checks: checksLayout(tables, issues, checksLang) }) };
    }),
    peekSheets: jest.fn(async (): Promise<Grid[]> => []),
    watchSheets: jest.fn<ReturnType<ExcelWorkbookHost["watchSheets"]>, Parameters<ExcelWorkbookHost["watchSheets"]>>(async () => async () => undefined),
    writeAppendix: jest.fn<ReturnType<ExcelWorkbookHost["writeAppendix"]>, Parameters<ExcelWorkbookHost["writeAppendix"]>>(
      async (layout, onProgress) => {
        onProgress(1);
        return { sheetName: layout.sheetName, leftOut: [], ...options.outcome };
      },
    ),
    loadSettings: jest.fn(async (): Promise<unknown> => options.settings ?? null),
    saveSettings: jest.fn<Promise<void>, Parameters<ExcelWorkbookHost["saveSettings"]>>(async () => undefined),
    cancel: jest.fn<void, []>(),
  } satisfies ExcelWorkbookHost;
  return host;
}

/**
 * The files host's worker analyses with the real engine and summarises as the worker does; a write
 * answers with the sheet name of the appendix the request makes.
 */
export function fakeFilesHost(options: FakeOptions & { files?: PickedFile[] } = {}) {
  const excel = fakeExcelHost({ ...options, displayLanguage: options.displayLanguage ?? null });
  const files = options.files ?? [];
  // The grids the pane was last given, as the real host analyses its own.
  const analysed = async (request: Parameters<FilesWorkbookHost["analyze"]>[0]) => {
    const grids = (await excel.readGrids.mock.results.at(-1)?.value) ?? [];
    return analyze(sourceGrids(grids, request), request.options);
  };
  const host = {
    kind: "files" as const,
    displayLanguage: excel.displayLanguage,
    darkTheme: excel.darkTheme,
    readGrids: excel.readGrids,
    importWorkbooks: excel.importWorkbooks,
    selectCell: excel.selectCell,
    analyze: jest.fn<ReturnType<FilesWorkbookHost["analyze"]>, Parameters<FilesWorkbookHost["analyze"]>>(async (request) => summarize(await analysed(request))),
    writeAppendix: jest.fn<ReturnType<FilesWorkbookHost["writeAppendix"]>, Parameters<FilesWorkbookHost["writeAppendix"]>>(
      async (request, onProgress) => {
        onProgress(1);
        return { sheetName: (await analysed(request)).layout?.sheetName ?? "", leftOut: [], ...options.outcome };
      },
    ),
    loadSettings: excel.loadSettings,
    saveSettings: excel.saveSettings,
    files: jest.fn(() => files),
    removeFile: jest.fn<void, [string]>(),
    cancel: jest.fn<void, []>(),
  } satisfies FilesWorkbookHost;
  return host;
}

/**
 * Waits as long as the pane waits for typing to pause: an edit typed before has then been analysed
 * (its timer, set earlier with the same delay, runs first), so "nothing changed" means something.
 */
export async function typingPaused(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, ANALYZE_DELAY_MS)));
}

/** `userOptions`: e.g. `{ advanceTimers: jest.advanceTimersByTime }` for a test on jest's fake timers. */
export function renderPane(host: ExcelWorkbookHost | FilesWorkbookHost, userOptions?: Parameters<typeof userEvent.setup>[0]) {
  const user = userEvent.setup(userOptions);
  const view = render(<App host={host} />);
  return { user, ...view };
}

/** The step's panel, named by its header. */
export function step(name: RegExp): HTMLElement {
  return screen.getByRole("region", { name });
}

export { screen, within };

/** The text of the option a column's list shows. */
export function chosen(select: HTMLElement): string | null | undefined {
  return (select as HTMLSelectElement).selectedOptions[0]?.textContent;
}

export { communeGrid, communesOf } from "./harness-data";
