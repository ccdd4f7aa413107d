import { analyze } from "../../src/engine/analysis";
import { checksLayout } from "../../src/engine/appendix/checks-layout";
import { parseArea } from "../../src/engine/cells/address";
import { PRINT_SETUP, writeAppendix } from "../../src/office/write-appendix";
import { CHART } from "../../src/office/write-chart";
import { cellAt, FakeExcel, installOffice } from "../helpers/fake-excel";
import { engineLayout, makeUnits, sourceRows } from "./appendix-fixture";

function workbook(excelApi = "1.13"): FakeExcel {
  const excel = new FakeExcel(excelApi);
  installOffice(excel);
  excel.addSheet("Huyện Phong Điền", sourceRows(makeUnits(3)));
  return excel;
}

describe("writeAppendix draws the chart", () => {
  const layout = engineLayout(makeUnits(10));
  const spec = layout.chart!;

  it("in a fifth sync: bars over the data block, unit names as categories, Vietnamese titles, over the cells below the table", async () => {
    const excel = workbook();
    const result = await writeAppendix(excel.context, layout);
    expect(result).toEqual({ sheetName: "Phụ lục 2021", leftOut: [] });
    expect(excel.syncs).toHaveLength(5);
    const sheet = excel.sheet("Phụ lục 2021");
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    const [baseline, plan] = spec.series.map((s) => parseArea(s.values));
    expect(chart).toEqual({
      type: "BarClustered",
      source: { ...baseline, right: plan.right },
      seriesBy: "Columns",
      title: "Tỷ lệ hộ nghèo năm 2020 và kế hoạch năm 2021",
      categoryAxisTitle: "Đơn vị",
      valueAxisTitle: "Tỷ lệ hộ nghèo (%)",
      legendPosition: "Bottom",
      font: { name: "Times New Roman" },
      series: [
        { name: "Năm 2020", values: baseline, categories: parseArea(spec.categories) },
        { name: "Kế hoạch năm 2021", values: plan, categories: parseArea(spec.categories) },
      ],
      position: { from: parseArea(spec.anchor.from), to: parseArea(spec.anchor.to) },
    });
    // The block the chart reads holds formulas into the appendix, as in the .xlsx.
    const first = parseArea(spec.categories).top;
    expect(cellAt(sheet, `Q${first}`)?.formula).toMatch(/^=B\d+$/);
    expect(cellAt(sheet, `R${first}`)?.formula).toMatch(/^=F\d+$/);
    expect(cellAt(sheet, `S${first}`)?.formula).toMatch(/^=N\d+$/);
    // It prints on a page of its own; the block stays out of the print area.
    expect(sheet.pageLayout).toMatchObject({ printArea: layout.print.area });
    expect(sheet.pageBreaks).toEqual(layout.print.pageBreaksBefore);
  });

  it("keeps the appendix and its print setup when Excel refuses the chart, and says the chart was left out", async () => {
    const excel = workbook();
    excel.failAtSync = 4;
    const result = await writeAppendix(excel.context, layout);
    expect(result.leftOut).toEqual([CHART]);
    const sheet = excel.sheet(result.sheetName);
    expect(cellAt(sheet, "B8")?.value).toBe("Xã Phong Điền 1");
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", printArea: layout.print.area });
  });

  it("leaves the chart out before ExcelApi 1.7 (setXAxisValues), and print setup before 1.9", async () => {
    const excel = workbook("1.6");
    const result = await writeAppendix(excel.context, layout);
    expect(result.leftOut).toEqual([CHART, PRINT_SETUP]);
    expect(excel.syncs).toHaveLength(3);
    expect(excel.sheet(result.sheetName).charts).toEqual([]);
  });

  it("writes no chart, in 4 syncs, for an appendix without one", async () => {
    const excel = workbook();
    await writeAppendix(excel.context, engineLayout(makeUnits(10), { chart: false }));
    expect(excel.syncs).toHaveLength(4);
    expect(excel.sheet("Phụ lục 2021").charts).toEqual([]);
  });
});

describe("writeAppendix writes the checks sheet", () => {
  it("links each finding to its cell, quotes in the sheet's name and all, and keeps a unit named =1+1 as text", async () => {
    const excel = workbook();
    const source = `Lan's "sổ"`;
    excel.addSheet(source, sourceRows(makeUnits(3, ["=1+1"]), { error: true }));
    const analysis = analyze([{ sheet: source, origin: "A1", values: sourceRows(makeUnits(3, ["=1+1"]), { error: true }), merges: [] }]);
    const located = analysis.issues.filter((issue) => issue.cell !== null);
    expect(located.length).toBeGreaterThan(0);
    const result = await writeAppendix(excel.context, checksLayout(analysis.tables, analysis.issues, "vi"));
    expect(result).toEqual({ sheetName: "Kiểm tra", leftOut: [] });
    expect(excel.syncs).toHaveLength(4);
    const sheet = excel.sheet("Kiểm tra");
    analysis.issues.forEach((issue, i) => {
      const cell = cellAt(sheet, `D${4 + i}`);
      if (issue.cell === null) expect(cell?.hyperlink).toBeUndefined();
      else expect(cell).toMatchObject({ value: issue.cell, hyperlink: { documentReference: `'Lan''s "sổ"'!${issue.cell}`, textToDisplay: issue.cell } });
    });
    const unitCells = analysis.issues.map((_, i) => cellAt(sheet, `E${4 + i}`)).filter((cell) => cell?.value === "=1+1");
    for (const cell of unitCells) expect(cell).toEqual({ value: "=1+1", numberFormat: "@" });
  });
});
