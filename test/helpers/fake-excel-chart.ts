/**
 * Charts (Excel.ChartCollection, ExcelApi 1.1): charts.add(type, sourceData, seriesBy) makes one
 * series per column (seriesBy "Columns") or row of the source; the chart's title, axis titles,
 * legend, font and series names are set through their objects; setPosition(startCell, endCell)
 * places it over cells; ChartSeries.setXAxisValues (ExcelApi 1.7) points the categories at a range
 * (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1),
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-setxaxisvalues-member(1)).
 * Strict: an unknown chart type, series index, legend position or property fails as Excel would.
 */
import { parseA1, parseArea, type AreaRef } from "../../src/engine/cells/address";
import type { FakeExcel } from "./fake-excel-context";
import { FakeExcelError, type FakeSheet } from "./fake-excel-model";
import type { RangeProxy } from "./fake-excel-range";

export interface FakeChart {
  type: string;
  source: AreaRef;
  seriesBy: string;
  title?: string;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  legendPosition?: string;
  font: Record<string, unknown>;
  series: { name?: string; values: AreaRef; categories?: AreaRef }[];
  position?: { from: AreaRef; to: AreaRef };
}

/** A few of Excel.ChartType's values; the adapter draws bars. */
const CHART_TYPES = new Set(["BarClustered", "ColumnClustered", "BarStacked", "ColumnStacked", "Line", "Pie"]);
const LEGEND_POSITIONS = new Set(["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

function seriesOf(source: AreaRef, seriesBy: string): FakeChart["series"] {
  const byRows = seriesBy === "Rows";
  const count = byRows ? source.bottom - source.top + 1 : source.right - source.left + 1;
  return Array.from({ length: count }, (_, i) => ({
    values: byRows ? { ...source, top: source.top + i, bottom: source.top + i } : { ...source, left: source.left + i, right: source.left + i },
  }));
}

/** Only the listed properties may be set; each set is queued and applied to the chart at sync. */
function setter(excel: FakeExcel, path: string, chart: () => FakeChart, props: Record<string, (c: FakeChart, value: unknown) => void>): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    set: (_, key, value) => {
      const apply = props[String(key)];
      if (!apply) throw new FakeExcelError("InvalidArgument", `${path}.${String(key)} is not in the fake`);
      excel.enqueue({ path, action: String(key), value }, () => {
        apply(chart(), value);
      });
      return true;
    },
  });
}

export class ChartsProxy {
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    const made: { chart?: FakeChart; batch: number } = { batch: this.excel.syncs.length };
    this.excel.enqueue({ path: "charts", action: "add", type, seriesBy }, () => {
      if (!CHART_TYPES.has(type)) throw new FakeExcelError("InvalidArgument", `Unknown chart type ${type}`);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new FakeExcelError("InvalidArgument", `Unknown seriesBy ${seriesBy}`);
      const source = sourceData.at().area;
      made.chart = { type, source, seriesBy, font: {}, series: seriesOf(source, seriesBy) };
      this.sheet().charts.push(made.chart);
    });
    return new ChartProxy(this.excel, () => {
      if (this.excel.syncs.length - 1 > made.batch) throw new FakeExcelError("InvalidObjectPath", "charts.add() object used after its request");
      if (!made.chart) throw new FakeExcelError("ItemNotFound", "The chart was not added");
      return made.chart;
    });
  }
}

export class ChartProxy {
  readonly title: Record<string, unknown>;
  readonly legend: Record<string, unknown>;
  readonly format: { font: Record<string, unknown> };
  readonly axes: { categoryAxis: { title: Record<string, unknown> }; valueAxis: { title: Record<string, unknown> } };
  readonly series: { getItemAt(index: number): SeriesProxy };

  constructor(
    private readonly excel: FakeExcel,
    private readonly chart: () => FakeChart,
  ) {
    this.title = setter(excel, "chart.title", chart, { text: (c, v) => (c.title = String(v)) });
    this.legend = setter(excel, "chart.legend", chart, {
      position: (c, v) => {
        if (!LEGEND_POSITIONS.has(String(v))) throw new FakeExcelError("InvalidArgument", `Legend position ${v}`);
        c.legendPosition = String(v);
      },
    });
    const font = (key: string) => (c: FakeChart, v: unknown) => (c.font[key] = v);
    this.format = { font: setter(excel, "chart.format.font", chart, { name: font("name"), size: font("size") }) };
    this.axes = {
      categoryAxis: { title: setter(excel, "chart.axes.categoryAxis.title", chart, { text: (c, v) => (c.categoryAxisTitle = String(v)) }) },
      valueAxis: { title: setter(excel, "chart.axes.valueAxis.title", chart, { text: (c, v) => (c.valueAxisTitle = String(v)) }) },
    };
    this.series = { getItemAt: (index) => new SeriesProxy(excel, chart, index) };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.excel.enqueue({ path: "chart", action: "setPosition", startCell, endCell }, () => {
      const cell = (address: string): AreaRef => {
        try {
          parseA1(address); // a single cell, or Excel refuses it
        } catch {
          throw new FakeExcelError("InvalidArgument", `setPosition takes a cell: ${address}`);
        }
        return parseArea(address);
      };
      const from = cell(startCell);
      this.chart().position = { from, to: endCell ? cell(endCell) : from };
    });
  }
}

class SeriesProxy {
  constructor(
    private readonly excel: FakeExcel,
    private readonly chart: () => FakeChart,
    private readonly index: number,
  ) {}

  private item(): FakeChart["series"][number] {
    const item = this.chart().series[this.index];
    if (!item) throw new FakeExcelError("ItemNotFound", `No series ${this.index}`);
    return item;
  }

  set name(value: string) {
    this.excel.enqueue({ path: `series(${this.index})`, action: "name", value }, () => {
      this.item().name = value;
    });
  }

  setXAxisValues(sourceData: RangeProxy): void {
    this.excel.requireApi("1.7", "ChartSeries.setXAxisValues");
    this.excel.enqueue({ path: `series(${this.index})`, action: "setXAxisValues" }, () => {
      this.item().categories = sourceData.at().area;
    });
  }
}
