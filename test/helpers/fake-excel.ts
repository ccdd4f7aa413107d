/**
 * A fake Excel host, as strict as Excel where the adapter could go wrong: objects come from
 * collections and getItem/getRange/add calls; nothing is read before it was loaded *and* synced
 * (PropertyNotLoaded); writes land only at sync, in queue order, and a failing request leaves the
 * operations before the failure applied, as Excel does; an object from add() dies with its request;
 * APIs above the configured ExcelApi version throw ApiNotFound; requests over Excel on the web's
 * 5 MB limit fail. Every sync is counted and its request and response measured.
 */
import { areaA1, parseArea, parseA1, type AreaRef } from "../../src/engine/address";

export type Content = string | number | boolean | null | { error: string };
export interface FakeCell {
  value: Content;
  formula?: string;
  numberFormat: string;
}
export interface FakeSheet {
  id: string;
  name: string;
  cells: (FakeCell | undefined)[][];
  formats: { area: AreaRef; key: string; value: unknown }[];
  merges: AreaRef[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  pageLayout: Record<string, unknown>;
}
export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
}
interface Op {
  describe: unknown;
  run(): (() => void) | void;
}
interface RangeTarget {
  sheet: FakeSheet;
  area: AreaRef;
}

const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));
const versionAtLeast = (have: string, want: string): boolean => {
  const [a, b] = [have, want].map((v) => v.split(".").map(Number));
  return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
};
const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** What Excel stores when a value is entered: Text cells keep strings; otherwise = + - @ start formulas. */
function enter(input: unknown, numberFormat: string): Omit<FakeCell, "numberFormat"> | undefined {
  if (input === "" || input === null || input === undefined) return undefined;
  if (typeof input !== "string") return { value: input as Content };
  if (numberFormat === "@") return { value: input };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(input)) return { value: Number(input) };
  if (/^[=+\-@]./.test(input)) return { value: null, formula: input.startsWith("=") ? input : `=${input}` };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  return { value: input };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  activeSheetId = "";
  selection?: RangeTarget;
  /** 1-based sync number that fails after applying half of its operations. */
  failAtSync?: number;
  payloadLimitBytes = WEB_PAYLOAD_LIMIT;
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

  private async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record = { operations: ops.length, requestBytes: bytes(ops.map((op) => op.describe)), responseBytes: 0 };
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

abstract class FakeObject<T> {
  protected loaded = new Map<string, unknown>();
  constructor(
    protected readonly excel: FakeExcel,
    protected readonly path: string,
    private readonly resolve: () => T | undefined,
    private readonly nullable = false,
  ) {}

  /** What Excel would send back for this object: its loaded properties. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected target(): T {
    const target = this.resolve();
    if (target === undefined) throw new FakeExcelError("ItemNotFound", `${this.path} does not exist`);
    return target;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) {
      throw new FakeExcelError("PropertyNotLoaded", `The property '${property}' is not available. Call load and context.sync() first.`);
    }
    return this.loaded.get(property) as V;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.read<boolean>("isNullObject");
  }

  load(properties: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim());
    this.excel.loadedProperties.push(...list);
    this.excel.enqueue({ path: this.path, load: list }, () => {
      const target = this.nullable ? this.resolve() : this.target();
      const snapshot = target === undefined ? {} : this.snapshot(target, list);
      this.excel.syncs[this.excel.syncs.length - 1].responseBytes += bytes(snapshot);
      return () => {
        this.loaded = new Map(Object.entries(snapshot));
        this.loaded.set("isNullObject", target === undefined);
      };
    });
    return this;
  }

  protected abstract snapshot(target: T, properties: string[]): Record<string, unknown>;

  protected queue(action: string, value: unknown, apply: (target: T) => void): void {
    this.excel.enqueue({ path: this.path, action, value }, () => {
      apply(this.target());
    });
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  constructor(private readonly excel: FakeExcel) {
    this.worksheets = new WorksheetsProxy(excel);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.excel, "selection", () => this.excel.selection);
  }

  insertWorksheetsFromBase64(base64: string, options?: { positionType?: string }): { value: string[] } {
    this.excel.requireApi("1.13", "insertWorksheetsFromBase64");
    const result: { value?: string[] } = {};
    this.excel.enqueue({ path: "workbook", action: "insertWorksheetsFromBase64", base64, options }, () => {
      let file: { sheets: { name: string; rows: Content[][] }[] };
      try {
        file = JSON.parse(Buffer.from(base64, "base64").toString("utf8"));
      } catch {
        throw new FakeExcelError("InvalidArgument", "The file is not a workbook");
      }
      const ids = file.sheets.map((s) => {
        let name = s.name;
        for (let n = 2; this.excel.sheetByKey(name); n++) name = `${s.name} (${n})`;
        return this.excel.addSheet(name, s.rows).id;
      });
      return () => (result.value = ids);
    });
    return {
      get value(): string[] {
        if (!result.value) throw new FakeExcelError("ValueNotLoaded", "Sync before reading the result");
        return result.value;
      },
    };
  }
}

class WorksheetsProxy extends FakeObject<FakeSheet[]> {
  constructor(excel: FakeExcel) {
    super(excel, "worksheets", () => excel.sheets);
  }

  get items(): WorksheetProxy[] {
    return this.read<WorksheetProxy[]>("items");
  }

  protected snapshot(sheets: FakeSheet[], properties: string[]): Record<string, unknown> {
    const childProps = properties.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (childProps.length !== properties.length) throw new FakeExcelError("InvalidArgument", `Load items/… here: ${properties}`);
    const items = sheets.map((s) => WorksheetProxy.loaded(this.excel, s, childProps));
    return { items };
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.excel, `worksheets.getItem(${key})`, () => this.excel.sheetByKey(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.excel, `worksheets.getItemOrNullObject(${key})`, () => this.excel.sheetByKey(key), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.excel, "activeWorksheet", () => this.excel.sheetByKey(this.excel.activeSheetId));
  }

  add(name: string): WorksheetProxy {
    const created: { id?: string; batch: number } = { batch: this.excel.syncs.length };
    this.excel.enqueue({ path: "worksheets", action: "add", name }, () => {
      created.id = this.excel.createSheet(name).id;
    });
    return new WorksheetProxy(this.excel, `worksheets.add(${name})`, () => {
      if (this.excel.syncs.length - 1 > created.batch) throw new FakeExcelError("InvalidObjectPath", "add() object used after its request");
      return created.id ? this.excel.sheetByKey(created.id) : undefined;
    });
  }
}

class WorksheetProxy extends FakeObject<FakeSheet> {
  static loaded(excel: FakeExcel, sheet: FakeSheet, properties: string[]): WorksheetProxy {
    const proxy = new WorksheetProxy(excel, `worksheet(${sheet.id})`, () => excel.sheetByKey(sheet.id));
    proxy.loaded = new Map(Object.entries(proxy.snapshot(sheet, properties)));
    return proxy;
  }

  get name(): string {
    return this.read<string>("name");
  }

  protected snapshot(sheet: FakeSheet, properties: string[]): Record<string, unknown> {
    return Object.fromEntries(
      properties.map((p) => {
        if (p !== "name") throw new FakeExcelError("InvalidArgument", `Worksheet.${p} is not in the fake`);
        return [p, sheet.name];
      }),
    );
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.excel, `${this.path}.getRange(${address ?? ""})`, () => {
      const sheet = this.target();
      return { sheet, area: address ? wholeArea(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.excel, `${this.path}.usedRangeOrNull(${valuesOnly})`, () => usedRange(this.target()), true);
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.excel, `${this.path}.usedRange(${valuesOnly})`, () => {
      const sheet = this.target();
      return usedRange(sheet) ?? { sheet, area: parseArea("A1") };
    });
  }

  activate(): void {
    this.queue("activate", null, (sheet) => (this.excel.activeSheetId = sheet.id));
  }

  delete(): void {
    this.queue("delete", null, (sheet) => this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1));
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return { freezeRows: (count) => this.queue("freezeRows", count, (sheet) => (sheet.frozenRows = count)) };
  }

  get pageLayout(): Record<string, unknown> {
    this.excel.requireApi("1.9", "Worksheet.pageLayout");
    const set = (key: string, value: unknown): void => this.queue(`pageLayout.${key}`, value, (sheet) => (sheet.pageLayout[key] = value));
    return new Proxy({ setPrintTitleRows: (rows: string) => set("printTitleRows", rows) } as Record<string, unknown>, {
      set: (_, key, value) => (set(String(key), value), true),
    });
  }
}

function wholeArea(address: string): AreaRef {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16384 };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (cols) return { ...parseArea(`${cols[1]}1:${cols[2]}1`), top: 1, bottom: 1048576 };
  return parseArea(address);
}

function usedRange(sheet: FakeSheet): RangeTarget | undefined {
  let area: AreaRef | undefined;
  sheet.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || (cell.value === null && !cell.formula)) return;
      const [rr, cc] = [r + 1, c + 1];
      area = area
        ? { top: Math.min(area.top, rr), left: Math.min(area.left, cc), bottom: Math.max(area.bottom, rr), right: Math.max(area.right, cc) }
        : { top: rr, left: cc, bottom: rr, right: cc };
    }),
  );
  return area && { sheet, area };
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

class RangeProxy extends FakeObject<RangeTarget> {
  /** The cells this proxy means when Excel runs the request (for getIntersectionOrNullObject). */
  at(): RangeTarget {
    return this.target();
  }

  get address(): string {
    return this.read<string>("address");
  }
  get values(): unknown[][] {
    return this.read<unknown[][]>("values");
  }
  set values(rows: unknown[][]) {
    this.write("values", rows);
  }
  set formulas(rows: unknown[][]) {
    this.write("formulas", rows);
  }
  get numberFormat(): unknown[][] {
    return this.read<unknown[][]>("numberFormat");
  }
  set numberFormat(rows: unknown[][]) {
    this.queue("numberFormat", rows, ({ sheet, area }) =>
      eachCell(area, rows, (r, c, format) => {
        const row = (sheet.cells[r - 1] ??= []);
        row[c - 1] = { ...(row[c - 1] ?? { value: null }), numberFormat: String(format) };
      }),
    );
  }
  get valueTypes(): string[][] {
    return this.read<string[][]>("valueTypes");
  }

  private write(kind: string, rows: unknown[][]): void {
    this.queue(kind, rows, ({ sheet, area }) =>
      eachCell(area, rows, (r, c, input) => {
        const row = (sheet.cells[r - 1] ??= []);
        const numberFormat = row[c - 1]?.numberFormat ?? "General";
        const entered = enter(input, numberFormat);
        row[c - 1] = entered ? { ...entered, numberFormat } : numberFormat === "General" ? undefined : { value: null, numberFormat };
      }),
    );
  }

  protected snapshot({ sheet, area }: RangeTarget, properties: string[]): Record<string, unknown> {
    const grid = <V>(of: (cell: FakeCell | undefined) => V): V[][] =>
      rowsOf(area).map((r) => colsOf(area).map((c) => of(sheet.cells[r - 1]?.[c - 1])));
    const read: Record<string, () => unknown> = {
      address: () => `${quoteSheet(sheet.name)}!${areaA1(area)}`,
      values: () => grid((cell) => (cell?.value && typeof cell.value === "object" ? cell.value.error : (cell?.value ?? ""))),
      numberFormat: () => grid((cell) => cell?.numberFormat ?? "General"),
      valueTypes: () => grid(valueType),
    };
    return Object.fromEntries(
      properties.map((p) => {
        if (!read[p]) throw new FakeExcelError("InvalidArgument", `Range.${p} is not in the fake`);
        return [p, read[p]()];
      }),
    );
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.excel, `${this.path}.worksheet`, () => this.target().sheet);
  }

  get format(): Record<string, unknown> {
    const setter = (prefix: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
      new Proxy(extra, { set: (_, key, value) => (this.setFormat(`${prefix}${String(key)}`, value), true) });
    return setter("", {
      font: setter("font."),
      borders: { getItem: (edge: Edge) => setter(`border.${edge}.`) },
    });
  }

  private setFormat(key: string, value: unknown): void {
    this.queue(`format.${key}`, value, ({ sheet, area }) => {
      if (key === "columnWidth") colsOf(area).forEach((c) => sheet.columnWidths.set(c, value as number));
      else if (key === "rowHeight") rowsOf(area).forEach((r) => sheet.rowHeights.set(r, value as number));
      else if (/InsideHorizontal/.test(key) && area.top === area.bottom) throw new FakeExcelError("InvalidArgument", "No inside rows");
      else if (/InsideVertical/.test(key) && area.left === area.right) throw new FakeExcelError("InvalidArgument", "No inside columns");
      else sheet.formats.push({ area, key, value });
    });
  }

  merge(across = false): void {
    this.queue("merge", across, ({ sheet, area }) => {
      if (sheet.merges.some((m) => overlaps(m, area))) throw new FakeExcelError("InvalidArgument", "Merge overlaps a merge");
      sheet.merges.push(area);
    });
  }

  select(): void {
    this.queue("select", null, (target) => {
      if (target.sheet.id !== this.excel.activeSheetId) throw new FakeExcelError("InvalidOperation", "Select on an inactive sheet");
      this.excel.selection = target;
    });
  }

  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.excel, `${this.path}.intersect`, () => {
      const [a, b] = [this.target(), other.at()];
      if (a.sheet !== b.sheet || !overlaps(a.area, b.area)) return undefined;
      const area = {
        top: Math.max(a.area.top, b.area.top),
        left: Math.max(a.area.left, b.area.left),
        bottom: Math.min(a.area.bottom, b.area.bottom),
        right: Math.min(a.area.right, b.area.right),
      };
      return { sheet: a.sheet, area };
    }, true);
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.excel.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new RangeAreasProxy(this.excel, `${this.path}.mergedAreas`, () => {
      const { sheet, area } = this.target();
      const merges = sheet.merges.filter((m) => overlaps(m, area));
      return merges.length > 0 ? { sheet, areas: merges } : undefined;
    });
  }
}

class RangeAreasProxy extends FakeObject<{ sheet: FakeSheet; areas: AreaRef[] }> {
  constructor(excel: FakeExcel, path: string, resolve: () => { sheet: FakeSheet; areas: AreaRef[] } | undefined) {
    super(excel, path, resolve, true);
  }
  get address(): string {
    return this.read<string>("address");
  }
  protected snapshot({ sheet, areas }: { sheet: FakeSheet; areas: AreaRef[] }, properties: string[]): Record<string, unknown> {
    if (properties.join() !== "address") throw new FakeExcelError("InvalidArgument", `RangeAreas: ${properties}`);
    return { address: areas.map((a) => `${quoteSheet(sheet.name)}!${areaA1(a)}`).join(",") };
  }
}

const rowsOf = (a: AreaRef): number[] => Array.from({ length: a.bottom - a.top + 1 }, (_, i) => a.top + i);
const colsOf = (a: AreaRef): number[] => Array.from({ length: a.right - a.left + 1 }, (_, i) => a.left + i);
const overlaps = (a: AreaRef, b: AreaRef): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function valueType(cell: FakeCell | undefined): string {
  const value = cell?.value;
  if (value === null || value === undefined) return "Empty";
  if (typeof value === "object") return "Error";
  return typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";
}

/** Excel refuses a 2-D array whose shape differs from the range's. */
function eachCell(area: AreaRef, rows: unknown[][], visit: (row: number, col: number, value: unknown) => void): void {
  const [height, width] = [area.bottom - area.top + 1, area.right - area.left + 1];
  if (rows.length !== height || rows.some((row) => row.length !== width)) {
    throw new FakeExcelError("InvalidArgument", `A ${rows.length}-row array does not fit ${areaA1(area)}`);
  }
  rows.forEach((row, r) => row.forEach((value, c) => visit(area.top + r, area.left + c, value)));
}

/** A cell's formats as set through range.format, borders resolved to its own sides ("border.top.style"). */
export function formatAt(sheet: FakeSheet, address: string): Record<string, unknown> {
  const { row, col } = parseA1(address);
  const out: Record<string, unknown> = {};
  for (const { area, key, value } of sheet.formats) {
    if (!overlaps(area, { top: row, bottom: row, left: col, right: col })) continue;
    const border = /^border\.(\w+)\.(\w+)$/.exec(key);
    if (!border) {
      out[key] = value;
      continue;
    }
    const [, edge, prop] = border;
    const sides: Record<string, boolean> = {
      top: (edge === "EdgeTop" && row === area.top) || (edge === "InsideHorizontal" && row > area.top),
      bottom: (edge === "EdgeBottom" && row === area.bottom) || (edge === "InsideHorizontal" && row < area.bottom),
      left: (edge === "EdgeLeft" && col === area.left) || (edge === "InsideVertical" && col > area.left),
      right: (edge === "EdgeRight" && col === area.right) || (edge === "InsideVertical" && col < area.right),
    };
    for (const side of Object.keys(sides)) if (sides[side]) out[`border.${side}.${prop}`] = value;
  }
  return out;
}

export function cellAt(sheet: FakeSheet, address: string): FakeCell | undefined {
  const { row, col } = parseA1(address);
  return sheet.cells[row - 1]?.[col - 1];
}

/** Office.context as the adapter uses it: requirement sets from the fake, document settings in memory. */
export class FakeSettings {
  readonly values = new Map<string, unknown>();
  failSave = false;
  saves = 0;
  get(name: string): unknown {
    return this.values.has(name) ? JSON.parse(JSON.stringify(this.values.get(name))) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback: (result: { status: string; error?: Error }) => void): void {
    this.saves++;
    const error = this.failSave ? new Error("Settings could not be saved.") : undefined;
    setTimeout(() => callback(error ? { status: "failed", error } : { status: "succeeded" }), 0);
  }
}

export function installOffice(excel: FakeExcel, settings = new FakeSettings()): FakeSettings {
  Object.assign(globalThis, {
    Office: {
      context: { requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version) }, document: { settings } },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    },
  });
  return settings;
}
