/**
 * The appendix's chart through Excel's chart API, from the layout's ChartSpec: a clustered bar
 * chart over the data block's value columns, the unit names as categories (setXAxisValues, ExcelApi
 * 1.7), titles in Vietnamese, placed over the cells the spec names. In one request of its own, after
 * the content: if Excel refuses it, the appendix stays and the chart is reported as left out.
 */
import { areaA1, parseArea, type ChartSpec } from "../engine";
import { supportsExcelApi } from "./requirements";

export const CHART = "chart";
/** ExcelApi 1.7: ChartSeries.setXAxisValues (charts.add, titles and setPosition are 1.1). */
export const CHART_API = "1.7";

/** The series' value columns side by side, as one range for charts.add. */
function valuesArea(chart: ChartSpec): string {
  const first = parseArea(chart.series[0].values);
  const last = parseArea(chart.series[chart.series.length - 1].values);
  return areaA1({ top: first.top, left: first.left, bottom: last.bottom, right: last.right });
}

/** True when the chart was drawn. */
export async function drawChart(context: Excel.RequestContext, sheetId: string, spec: ChartSpec): Promise<boolean> {
  if (!supportsExcelApi(CHART_API)) return false;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const chart = sheet.charts.add("BarClustered", sheet.getRange(valuesArea(spec)), "Columns");
  chart.title.text = spec.title;
  chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  chart.format.font.name = "Times New Roman";
  chart.legend.position = "Bottom";
  spec.series.forEach((series, i) => {
    const item = chart.series.getItemAt(i);
    item.name = series.name;
    item.setXAxisValues(sheet.getRange(spec.categories));
  });
  chart.setPosition(spec.anchor.from, spec.anchor.to);
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
