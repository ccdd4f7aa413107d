/**
 * The workbook and its worksheet collection and worksheets: getItem/add/active sheet, used
 * ranges, activation, deletion, freeze panes, page layout (ExcelApi 1.9) and importing files
 * (ExcelApi 1.13). An object from add() lives only in its own request, as in Excel.
 */
import { parseArea, type AreaRef } from "../../src/engine/cells/address";
import type { FakeExcel } from "./fake-excel-context";
import { FakeExcelError, type Content, type FakeSheet, type RangeTarget } from "./fake-excel-model";
import { FakeObject } from "./fake-excel-proxy";
import { RangeProxy } from "./fake-excel-range";

export class WorkbookProxy {
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

export class WorksheetProxy extends FakeObject<FakeSheet> {
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
