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

/** A district's file as districts send it: one "Sheet1" with a title, a header, its communes and "Toàn huyện". */
async function districtFile(name: string, title: string, communes: [string, number, number][], totalPoor?: number): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  const households = communes.reduce((sum, c) => sum + c[1], 0);
  const poor = totalPoor ?? communes.reduce((sum, c) => sum + c[2], 0);
  sheet.addRow([title]);
  sheet.addRow(["TT", "Xã, thị trấn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"]);
  communes.forEach(([commune, h, p], i) => sheet.addRow([i + 1, commune, h, p, Math.round((p / h) * 10000) / 100]));
  sheet.addRow([null, "Toàn huyện", households, poor, Math.round((poor / households) * 10000) / 100]);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer } as unknown as File;
}

test("with several district files, each \"Sheet1\", the checks sheet names each finding's file and links nowhere, and a district unnamed in its title is named after its file", async () => {
  const host = createFilesHost(inProcessRunner(), null);
  await host.importWorkbooks([
    // Gio Linh's total states 106 poor households where its communes add up to 105.
    await districtFile("gio-linh.xlsx", "UBND HUYỆN GIO LINH", [["Xã Gio An", 1200, 60], ["Xã Gio Bình", 900, 45]], 106),
    await districtFile("Hải Lăng.xlsx", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2022", [["Xã Hải An", 800, 40], ["Xã Hải Khê", 700, 35]]),
  ]);
  const request = { skipSheets: [], options: { currentYear: 2023, targetHouseholds: 20, allowErrors: true } };
  const outcome = await host.writeAppendix(request, () => undefined, undefined, "vi");
  const written = new ExcelJS.Workbook();
  await written.xlsx.load(new Uint8Array(await (outcome.download as { blob: Blob }).blob.arrayBuffer()) as unknown as ExcelJS.Buffer);
  expect(written.worksheets.map((s) => s.name)).toEqual(["Phụ lục 2023", "Kiểm tra"]);
  const checks = written.getWorksheet("Kiểm tra") as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  checks.eachRow((row, number) => number > 3 && rows.push([row.getCell(3).value, row.getCell(4).value, row.getCell(9).value]));
  expect(rows).toContainEqual(["gio-linh.xlsx › Sheet1", "D5", expect.stringContaining("Số hộ nghèo")]);
  expect(rows).toContainEqual(["Hải Lăng.xlsx › Sheet1", null, expect.stringContaining('phụ lục ghi đơn vị này là "Hải Lăng", theo tên tệp')]);
  const formulas: string[] = [];
  checks.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
  expect(formulas).toEqual([]);
  // The appendix's district rows: Gio Linh by its title, Hải Lăng by its file rather than "Sheet1".
  const appendix = written.getWorksheet("Phụ lục 2023") as ExcelJS.Worksheet;
  expect([appendix.getCell("B8").value, appendix.getCell("B9").value]).toEqual(["Huyện Gio Linh", "Hải Lăng"]);
});
