/**
 * The range: values, formulas and number formats in 2-D arrays of the range's exact shape, text
 * entered as Excel parses it unless the cell is Text, formats and borders, merges, selection,
 * intersection and merged areas (ExcelApi 1.13). Reading the cells of more than 5,000,000 cells
 * fails ("A range is limited to 5,000,000 cells for read operations", Microsoft's resource limits
 * page: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
import { areaA1, type AreaRef } from "../../src/engine/cells/address";
import type { FakeExcel } from "./fake-excel-context";
import { colsOf, FakeExcelError, overlaps, rowsOf, type Content, type FakeCell, type FakeSheet, type RangeTarget } from "./fake-excel-model";
import { FakeObject } from "./fake-excel-proxy";
// Workbook and range modules import each other, as Excel's objects lead to each other; neither
// uses the other before a test runs.
import { WorksheetProxy } from "./fake-excel-workbook";

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

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export class RangeProxy extends FakeObject<RangeTarget> {
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
  /**
   * Range.hyperlink (ExcelApi 1.7): Excel shows textToDisplay in the cell. The fake takes only a
   * reference it can follow ("'Sheet'!D8"), so a link that leads nowhere fails the test.
   */
  set hyperlink(link: NonNullable<FakeCell["hyperlink"]>) {
    this.excel.requireApi("1.7", "Range.hyperlink");
    this.queue("hyperlink", link, ({ sheet, area }) => {
      const reference = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(link.documentReference ?? "");
      if (!reference || !this.excel.sheetByKey(reference[1].replace(/''/g, "'"))) {
        throw new FakeExcelError("InvalidArgument", `A link to nowhere: ${link.documentReference}`);
      }
      for (const r of rowsOf(area)) {
        for (const c of colsOf(area)) {
          const row = (sheet.cells[r - 1] ??= []);
          const cell = row[c - 1] ?? { value: null, numberFormat: "General" };
          row[c - 1] = { ...cell, value: link.textToDisplay ?? cell.value, hyperlink: link };
        }
      }
    });
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
    const cellCount = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (properties.some((p) => p !== "address") && cellCount > this.excel.readCellLimit) {
      throw new FakeExcelError("RangeExceedsLimit", `Reading ${cellCount} cells of ${areaA1(area)}`);
    }
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
      this.excel.alsoSelected = [];
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

  /**
   * Merged areas as Excel returns them: only those whose top-left cell is inside this range
   * (OfficeDev/office-js#3611, https://github.com/OfficeDev/office-js/issues/3611), and a failure
   * at sync beyond 512 of them (Excel.Range.getMergedAreasOrNullObject: "if the merged areas count
   * in this range is more than 512, then this method will fail to return the result",
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.excel.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new RangeAreasProxy(this.excel, `${this.path}.mergedAreas`, () => {
      const { sheet, area } = this.target();
      const merges = sheet.merges.filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right);
      if (merges.length > MERGED_AREAS_LIMIT) throw new FakeExcelError("GeneralException", `${merges.length} merged areas in ${areaA1(area)}`);
      return merges.length > 0 ? { sheet, areas: merges } : undefined;
    });
  }
}

const MERGED_AREAS_LIMIT = 512;

/** Several areas of one sheet: merged areas, or a selection (getSelectedRanges, ExcelApi 1.9). */
export class RangeAreasProxy extends FakeObject<{ sheet: FakeSheet; areas: AreaRef[] }> {
  constructor(excel: FakeExcel, path: string, resolve: () => { sheet: FakeSheet; areas: AreaRef[] } | undefined) {
    super(excel, path, resolve, true);
  }
  get address(): string {
    return this.read<string>("address");
  }
  get areaCount(): number {
    return this.read<number>("areaCount");
  }
  protected snapshot({ sheet, areas }: { sheet: FakeSheet; areas: AreaRef[] }, properties: string[]): Record<string, unknown> {
    const read: Record<string, () => unknown> = {
      address: () => areas.map((a) => `${quoteSheet(sheet.name)}!${areaA1(a)}`).join(","),
      areaCount: () => areas.length,
    };
    return Object.fromEntries(
      properties.map((p) => {
        if (!read[p]) throw new FakeExcelError("InvalidArgument", `RangeAreas.${p} is not in the fake`);
        return [p, read[p]()];
      }),
    );
  }
}

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
