import { FakeExcel, installOffice } from "../helpers/fake-excel";

/** A sheet with names in A1:A3 and two columns of numbers in B1:C3. */
function excelWithData(version = "1.13"): { excel: FakeExcel; sheet: Excel.Worksheet } {
  const excel = new FakeExcel(version);
  installOffice(excel);
  excel.addSheet("Số liệu", [["A", 1, 2], ["B", 3, 4], ["C", 5, 6]]);
  return { excel, sheet: excel.context.workbook.worksheets.getItem("Số liệu") };
}

const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string }) => error.code);

describe("the fake Excel's charts and links are as strict as Excel", () => {
  it("makes one series per column and applies what was set, at sync", async () => {
    const { excel, sheet } = excelWithData();
    const chart = sheet.charts.add("BarClustered", sheet.getRange("B1:C3"), "Columns");
    chart.series.getItemAt(1).name = "Kế hoạch";
    chart.setPosition("A5", "F20");
    expect(excel.sheet("Số liệu").charts).toEqual([]);
    await excel.context.sync();
    const [made] = excel.sheet("Số liệu").charts;
    expect(made.series.map((s) => [s.name, s.values])).toEqual([
      [undefined, { top: 1, left: 2, bottom: 3, right: 2 }],
      ["Kế hoạch", { top: 1, left: 3, bottom: 3, right: 3 }],
    ]);
    expect(made.position).toEqual({ from: { top: 5, left: 1, bottom: 5, right: 1 }, to: { top: 20, left: 6, bottom: 20, right: 6 } });
  });

  it.each([
    ["an unknown chart type", "InvalidArgument", (s: Excel.Worksheet) => s.charts.add("Bars" as Excel.ChartType, s.getRange("B1:C3"), "Columns")],
    ["a series that is not there", "ItemNotFound", (s: Excel.Worksheet) => (s.charts.add("BarClustered", s.getRange("B1:C3"), "Columns").series.getItemAt(2).name = "x")],
    ["a position that is not a cell", "InvalidArgument", (s: Excel.Worksheet) => s.charts.add("BarClustered", s.getRange("B1:C3"), "Columns").setPosition("A5:B6", "F20")],
    ["an unknown legend position", "InvalidArgument", (s: Excel.Worksheet) => (s.charts.add("BarClustered", s.getRange("B1:C3"), "Columns").legend.position = "Below" as Excel.ChartLegendPosition)],
    ["a link to a sheet that is not there", "InvalidArgument", (s: Excel.Worksheet) => (s.getRange("A1").hyperlink = { documentReference: "'Không có'!A1", textToDisplay: "A1" })],
  ])("fails the request for %s (%s)", async (_, expected, act) => {
    const { excel, sheet } = excelWithData();
    act(sheet);
    expect(await code(excel.context.sync())).toBe(expected);
  });

  it("refuses a property it does not model, and a chart from add() after its request", async () => {
    const { excel, sheet } = excelWithData();
    const chart = sheet.charts.add("BarClustered", sheet.getRange("B1:C3"), "Columns");
    expect(() => ((chart.title as unknown as Record<string, unknown>).visible = false)).toThrow(/not in the fake/);
    await excel.context.sync();
    chart.title.text = "late";
    expect(await code(excel.context.sync())).toBe("InvalidObjectPath");
  });

  it("needs ExcelApi 1.7 for setXAxisValues and links", () => {
    const { sheet } = excelWithData("1.6");
    const chart = sheet.charts.add("BarClustered", sheet.getRange("B1:C3"), "Columns");
    expect(() => chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A1:A3"))).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(() => (sheet.getRange("A1").hyperlink = { documentReference: "'Số liệu'!B2" })).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });
});
