/**
 * The request context: the sheets the fake holds, the queue of operations the adapter's proxies
 * fill, and sync, which applies them in order as Excel does (in later tasks when asked to; half of a
 * failing request applied, results visible only after it), counts every sync and measures its
 * request and response against Excel on the web's 5 MB limit. Also the ExcelApi version the fake
 * claims to support.
 *
 * Limits, from Microsoft's "Resource limits and performance optimization for Office Add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
 * section "Excel add-ins"): "Excel on the web has a payload size limit for requests and responses
 * of 5MB" and "A range is limited to 5,000,000 cells for read operations".
 */
import { parseA1, parseArea, type AreaRef } from "../../src/engine/cells/address";
import { FakeExcelError, type Content, type FakeSheet, type RangeTarget, type SyncRecord } from "./fake-excel-model";
import type { ChangeHandler } from "./fake-excel-events";
import { WorkbookProxy } from "./fake-excel-workbook";

interface Op {
  describe: unknown;
  run(): (() => void) | void;
}

const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const READ_CELL_LIMIT = 5_000_000;

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));
/** A later task, as a message from Excel arrives. */
const laterTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const versionAtLeast = (have: string, want: string): boolean => {
  const [a, b] = [have, want].map((v) => v.split(".").map(Number));
  return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
};

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  activeSheetId = "";
  selection?: RangeTarget;
  /** The other areas of a multi-area selection (Ctrl+click), on the selection's sheet. */
  alsoSelected: AreaRef[] = [];
  /** 1-based sync number that fails after applying half of its operations. */
  failAtSync?: number;
  payloadLimitBytes = WEB_PAYLOAD_LIMIT;
  readCellLimit = READ_CELL_LIMIT;
  /** Called as sync number n (1-based) starts: another window changing the workbook meanwhile. */
  beforeSync?: (n: number) => void;
  /** Page layout calls fail at sync (print setup the host refuses, e.g. no printer driver). */
  failPageLayout = false;
  /** The worksheet onChanged handlers registered (synced) and not removed. */
  readonly changeHandlers: ChangeHandler[] = [];
  /**
   * Sync does Excel's work and answers in later tasks, as Excel does, for a benchmark of the pane's
   * tasks. Off by default: every Excel.run shares this one context here (Excel gives each its own),
   * so batches of two runs interleaved across tasks would mix their requests.
   */
  answersInLaterTasks = false;
  /** When the fake did Excel's work for a sync (performance.now() milliseconds), one entry per sync. */
  readonly hostTasks: { start: number; ms: number }[] = [];
  /** Every property the adapter asked to load, in order. */
  readonly loadedProperties: string[] = [];
  private queue: Op[] = [];
  private nextId = 1;
  readonly context: Excel.RequestContext;

  constructor(readonly excelApi = "1.13") {
    const workbook = new WorkbookProxy(this);
    this.context = { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && versionAtLeast(this.excelApi, version);
  }

  requireApi(version: string, api: string): void {
    if (!this.isSetSupported("ExcelApi", version)) throw new FakeExcelError("ApiNotFound", `${api} needs ExcelApi ${version}`);
  }

  /** A sheet filled from a literal 2-D array of values ({ error } for #REF! and the like). */
  addSheet(name: string, rows: Content[][], options: { origin?: string; formats?: string[][]; merges?: string[] } = {}): FakeSheet {
    const sheet = this.createSheet(name);
    const origin = parseA1(options.origin ?? "A1");
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const at = (sheet.cells[origin.row + r - 1] ??= []);
        at[origin.col + c - 1] = { value, numberFormat: options.formats?.[r]?.[c] ?? "General" };
      }),
    );
    sheet.merges.push(...(options.merges ?? []).map(parseArea));
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  createSheet(name: string): FakeSheet {
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeExcelError("InvalidArgument", `Bad sheet name ${name}`);
    if (this.sheetByKey(name)) throw new FakeExcelError("ItemAlreadyExists", `Sheet ${name} exists`);
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: [],
      formats: [],
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      pageLayout: {},
      charts: [],
      pageBreaks: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toUpperCase() === key.toUpperCase());
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheetByKey(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  enqueue(describe: unknown, run: Op["run"]): void {
    this.queue.push({ describe, run });
  }

  /** Counts what a load sends back towards the running sync's response size. */
  measureResponse(snapshot: unknown): void {
    this.syncs[this.syncs.length - 1].responseBytes += bytes(snapshot);
  }

  /**
   * As Office.js: the request is serialised on the add-in's thread when sync is called, and Excel
   * works on it elsewhere and answers by message, so both its work and its answer come in later
   * tasks (with answersInLaterTasks). In a browser the fake's own work runs on the pane's thread:
   * hostTasks says when, so a benchmark can tell it from the pane's (real Excel does it in its own process).
   */
  private async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const request = JSON.stringify(ops.map((op) => op.describe));
    if (this.answersInLaterTasks) await laterTask();
    const start = performance.now();
    try {
      this.apply(ops, request);
    } finally {
      this.hostTasks.push({ start, ms: performance.now() - start });
      if (this.answersInLaterTasks) await laterTask();
    }
  }

  private apply(ops: Op[], request: string): void {
    const record = { operations: ops.length, requestBytes: Buffer.byteLength(request), responseBytes: 0 };
    this.beforeSync?.(this.syncs.length + 1);
    this.syncs.push(record);
    const fail = this.failAtSync === this.syncs.length;
    if (record.requestBytes > this.payloadLimitBytes) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "Request over 5 MB");
    const commits: (() => void)[] = [];
    for (const [index, op] of ops.entries()) {
      if (fail && index >= Math.floor(ops.length / 2)) throw new FakeExcelError("GeneralException", "Injected failure");
      const commit = op.run();
      if (commit) commits.push(commit);
    }
    if (fail) throw new FakeExcelError("GeneralException", "Injected failure");
    if (record.responseBytes > this.payloadLimitBytes) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Response over 5 MB");
    commits.forEach((commit) => commit());
  }
}
