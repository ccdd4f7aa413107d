/**
 * The workbook and its worksheet collection and worksheets: getItem/add/active sheet, used
 * ranges, activation, deletion, freeze panes, page layout (ExcelApi 1.9) and importing files
 * (ExcelApi 1.13). An object from add() lives only in its own request, as in Excel.
 *
 * The selection: getSelectedRange throws for a multi-area selection ("If there are multiple ranges
 * selected, this method will throw an error", Excel.Workbook.getSelectedRange,
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1));
 * getSelectedRanges (ExcelApi 1.9) returns every area. Each sheet keeps its own selection: activating a
 * sheet selects again what was selected there (A1 on a new sheet), and the sheet left keeps its own
 * (a sheet activated again "shows a previous range as selected", OfficeDev/office-js#5769,
 * https://github.com/OfficeDev/office-js/issues/5769).
 *
 * Importing: a file's JSON may ask the fake to behave as Excel did in the field: `unsupported`
 * content (in Excel on the web the API "doesn't support inserting charts, comments, PivotTables,
 * or slicers", Excel.Workbook.insertWorksheetsFromBase64) fails with UnsupportedFeature; `failAfterInsert`
 * inserts the sheets and still reports an error (OfficeDev/office-js#3179,
 * https://github.com/OfficeDev/office-js/issues/3179).
 */
import { parseArea, type AreaRef } from "../../src/engine/cells/address";
import type { FakeExcel } from "./fake-excel-context";
import { FakeExcelError, type Content, type FakeSheet, type RangeTarget } from "./fake-excel-model";
import { FakeObject } from "./fake-excel-proxy";
import { ChartsProxy } from "./fake-excel-chart";
import { onChangedOf } from "./fake-excel-events";
import { RangeAreasProxy, RangeProxy } from "./fake-excel-range";

export class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  constructor(private readonly excel: FakeExcel) {
    this.worksheets = new WorksheetsProxy(excel);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.excel, "selection", () => {
      if (this.excel.alsoSelected.length > 0) throw new FakeExcelError("InvalidSelection", "Multiple ranges are selected");
      return this.excel.selection;
    });
  }

  getSelectedRanges(): RangeAreasProxy {
    this.excel.requireApi("1.9", "getSelectedRanges");
    return new RangeAreasProxy(this.excel, "selectedRanges", () => {
      const selection = this.excel.selection;
      return selection && { sheet: selection.sheet, areas: [selection.area, ...this.excel.alsoSelected] };
    });
  }

  insertWorksheetsFromBase64(base64: string, options?: { positionType?: string }): { value: string[] } {
    this.excel.requireApi("1.13", "insertWorksheetsFromBase64");
    const result: { value?: string[] } = {};
    this.excel.enqueue({ path: "workbook", action: "insertWorksheetsFromBase64", base64, options }, () => {
      let file: { sheets: { name: string; rows: Content[][] }[]; unsupported?: boolean; failAfterInsert?: boolean };
      try {
        file = JSON.parse(Buffer.from(base64, "base64").toString("utf8"));
      } catch {
        throw new FakeExcelError("InvalidArgument", "The file is not a workbook");
      }
      if (file.unsupported) throw new FakeExcelError("UnsupportedFeature", "The workbook has content this Excel cannot insert");
      const ids = file.sheets.map((s) => {
        let name = s.name;
        for (let n = 2; this.excel.sheetByKey(name); n++) name = `${s.name} (${n})`;
        return this.excel.addSheet(name, s.rows).id;
      });
      if (file.failAfterInsert) throw new FakeExcelError("GeneralException", "An internal error has occurred.");
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

  get id(): string {
    return this.read<string>("id");
  }

  protected snapshot(sheet: FakeSheet, properties: string[]): Record<string, unknown> {
    return Object.fromEntries(
      properties.map((p) => {
        if (p !== "name" && p !== "id") throw new FakeExcelError("InvalidArgument", `Worksheet.${p} is not in the fake`);
        return [p, sheet[p]];
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
    this.queue("activate", null, (sheet) => {
      const left = this.excel.selection;
      if (left) left.sheet.selected = left.area;
      this.excel.activeSheetId = sheet.id;
      this.excel.selection = { sheet, area: sheet.selected ?? parseArea("A1") };
      this.excel.alsoSelected = [];
    });
  }

  delete(): void {
    this.queue("delete", null, (sheet) => this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1));
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return { freezeRows: (count) => this.queue("freezeRows", count, (sheet) => (sheet.frozenRows = count)) };
  }

  get pageLayout(): Record<string, unknown> {
    this.excel.requireApi("1.9", "Worksheet.pageLayout");
    const set = (key: string, value: unknown): void =>
      this.queue(`pageLayout.${key}`, value, (sheet) => {
        if (this.excel.failPageLayout) throw new FakeExcelError("GeneralException", `pageLayout.${key} failed`);
        sheet.pageLayout[key] = value;
      });
    const methods = { setPrintTitleRows: (rows: string) => set("printTitleRows", rows), setPrintArea: (area: string) => set("printArea", area) };
    return new Proxy(methods as Record<string, unknown>, {
      set: (_, key, value) => (set(String(key), value), true),
    });
  }

  /** Manual page breaks above a range's top row (Excel.PageBreakCollection.add, ExcelApi 1.9). */
  get horizontalPageBreaks(): { add(pageBreakRange: string): void } {
    this.excel.requireApi("1.9", "Worksheet.horizontalPageBreaks");
    return {
      add: (pageBreakRange) =>
        this.queue("horizontalPageBreaks.add", pageBreakRange, (sheet) => {
          if (this.excel.failPageLayout) throw new FakeExcelError("GeneralException", "horizontalPageBreaks.add failed");
          sheet.pageBreaks.push(wholeArea(pageBreakRange).top);
        }),
    };
  }

  get onChanged(): ReturnType<typeof onChangedOf> {
    return onChangedOf(this.excel, `${this.path}.onChanged`, () => this.target());
  }

  get charts(): ChartsProxy {
    return new ChartsProxy(this.excel, () => this.target());
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
