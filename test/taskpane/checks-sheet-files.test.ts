/** The files host writes the checks sheet "Kiểm tra", with its links, into the downloaded workbook (real exceljs bytes). */
import * as ExcelJS from "exceljs";
import { analyze } from "../../src/engine/analysis";
import { checksLayout } from "../../src/engine/appendix/checks-layout";
import { createFilesHost } from "../../src/taskpane/files-host";
import { seedGrid } from "../helpers/seed-grid";
import { inProcessRunner } from "./xlsx-runners";

const currentYear = new Date().getFullYear();

test("the files host puts the checks sheet, with its links, into the downloaded workbook", async () => {
  const host = createFilesHost(inProcessRunner(), null);
  const source = new ExcelJS.Workbook();
  const sheet = source.addWorksheet("Rà soát");
  seedGrid().values.forEach((row, r) => row.forEach((value, c) => value !== null && typeof value !== "object" && (sheet.getCell(r + 1, c + 1).value = value)));
  const bytes = new Uint8Array(await source.xlsx.writeBuffer());
  await host.importWorkbooks([{ name: "tinh.xlsx", arrayBuffer: async () => bytes.buffer } as unknown as File]);
  const analysis = analyze(await host.readGrids({ kind: "all" }), { currentYear });
  const checks = checksLayout(analysis.tables, analysis.issues, "vi");
  // The worker makes the checks sheet from its own analysis of the same request.
  const outcome = await host.writeAppendix({ skipSheets: [], options: { currentYear } }, () => undefined, undefined, "vi");
  expect(outcome.checksSheet).toBe("Kiểm tra");
  const written = new ExcelJS.Workbook();
  await written.xlsx.load(new Uint8Array(await (outcome.download as { blob: Blob }).blob.arrayBuffer()) as unknown as ExcelJS.Buffer);
  expect(written.worksheets.map((s) => s.name)).toEqual(["Rà soát", "Phụ lục 2021", "Kiểm tra"]);
  const link = checks.cells.find((cell) => cell.link);
  expect(link).toBeDefined();
  const cell = written.getWorksheet("Kiểm tra")?.getCell((link as { row: number }).row, (link as { col: number }).col).value as { formula?: string };
  expect(cell.formula).toMatch(/^HYPERLINK\("#'Rà soát'!/);
});
