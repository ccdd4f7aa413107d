/**
 * Workbooks the browser tests feed the pane, and the yardstick for what it gives back: the command
 * line run in-process on the same file. Everything is built with exceljs here, so each fixture's
 * content is visible in the test that uses it.
 */
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../src/engine/cells/grid";
import { readWorkbookFile } from "../../../src/xlsx/files";
import { workbookToGrids } from "../../../src/xlsx/read-workbook";
import { runCli } from "../../helpers/cli-run";
import { seedGrid } from "../../helpers/seed-grid";
import { ROOT } from "../setup/build";

export const SAMPLE = join(ROOT, "assets/sample/ket-qua-ra-soat-2020.xlsx");

/** The sheets of a workbook as a host reads them (for the fake Excel of the Office-mode tests). */
export async function gridsOf(file: string): Promise<Grid[]> {
  return workbookToGrids(await readWorkbookFile(file));
}

function putGrid(workbook: ExcelJS.Workbook, grid: Grid): void {
  const sheet = workbook.addWorksheet(grid.sheet);
  grid.values.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
  for (const area of grid.merges ?? []) sheet.mergeCells(area);
}

/** The seed plan's published table (with its 23 findings, one of them at J7) as a workbook of its own. */
export async function seedWorkbook(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  putGrid(workbook, seedGrid());
  const file = join(dir, "bang-cong-bo-2021.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

interface District {
  sheet: string;
  title: string;
  /** Commune, households, poor households, target. */
  communes: [string, number, number, number][];
}

export const DISTRICTS: District[] = [
  { sheet: "A Lưới", title: "UBND HUYỆN A LƯỚI", communes: [["Xã Hồng Kim", 820, 131, 20], ["Xã Trung Sơn", 640, 95, 15], ["Thị trấn A Lưới", 2150, 88, 10]] },
  { sheet: "Nam Đông", title: "UBND HUYỆN NAM ĐÔNG", communes: [["Xã Hương Phú", 1320, 64, 10], ["Xã Thượng Lộ", 410, 57, 5]] },
  { sheet: "Phú Lộc", title: "UBND HUYỆN PHÚ LỘC", communes: [["Xã Lộc Bình", 1610, 72, 10], ["Xã Vinh Hiền", 2230, 41, 5], ["Thị trấn Lăng Cô", 3120, 30, 5]] },
];

const rate = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;

/**
 * A province office's workbook with one sheet per district, as districts send them: a cover sheet,
 * then per district its title, a three-row header, the communes and the "Toàn huyện" total. The
 * figures agree with each other, so the appendix is not blocked by errors.
 */
export async function districtsWorkbook(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet("Bìa");
  cover.getCell("A1").value = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
  cover.getCell("A3").value = "Tổng hợp kết quả rà soát hộ nghèo năm 2020 của các huyện";
  for (const district of DISTRICTS) {
    const rows: CellValue[][] = [
      [district.title, null, null, null, null, null],
      ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO", null, null, null, null, null],
      ["TT", "Xã, phường, thị trấn", "Kết quả rà soát năm 2020", null, null, "Số hộ nghèo phấn đấu giảm"],
      [null, null, "Tổng số hộ dân", "Số hộ nghèo", null, null],
      [null, null, null, "Số hộ", "Tỷ lệ (%)", null],
      ...district.communes.map(([name, households, poor, target], i): CellValue[] => [i + 1, name, households, poor, rate(poor, households), target]),
    ];
    const sum = (index: 1 | 2 | 3) => district.communes.reduce((total, commune) => total + commune[index], 0);
    rows.push([null, "Toàn huyện", sum(1), sum(2), rate(sum(2), sum(1)), sum(3)]);
    const merges = ["A1:F1", "A2:F2", "A3:A5", "B3:B5", "C3:E3", "F3:F5", "C4:C5", "D4:E4"];
    putGrid(workbook, { sheet: district.sheet, origin: "A1", values: rows, merges });
  }
  const file = join(dir, "cac-huyen-2020.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

export interface CliResult {
  file: string;
  code: number;
  /** How many findings of each severity the command line reports. */
  counts: Record<"error" | "warning" | "info", number>;
  /** The total row's label, the province's rate before and after the plan, and the reduction, in percent. */
  total: { name: string; poorRate: number; remainingRate: number; rateReduction: number };
}

/** The command line's appendix for `input`, written into `dir`, and its findings (from --json). */
export async function cliAppendix(input: string, dir: string, extra: string[] = []): Promise<CliResult> {
  const file = join(dir, "cli-phu-luc.xlsx");
  const { code, stdout, stderr } = await runCli([input, "-o", file, "--json", ...extra]);
  if (code === 2) throw new Error(`The command line could not run: ${stderr}`);
  const report = JSON.parse(stdout) as { issues: { severity: "error" | "warning" | "info" }[]; total: CliResult["total"] };
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of report.issues) counts[issue.severity]++;
  const { name, poorRate, remainingRate, rateReduction } = report.total;
  return { file, code, counts, total: { name, poorRate, remainingRate, rateReduction } };
}

export interface SheetDump {
  /** Every sheet's name, in order: the other sheets of the officer's workbook must come through. */
  sheetNames: string[];
  appendix: string;
  /** Address → value (or formula and cached result) and number format. */
  cells: Record<string, { value: unknown; formula: string | null; numFmt: string | null }>;
  merges: string[];
}

/** The appendix (the last sheet) of a workbook file, cell by cell. */
export async function dumpAppendix(file: string): Promise<SheetDump> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[workbook.worksheets.length - 1];
  const cells: SheetDump["cells"] = {};
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      // exceljs repeats a merged area's value in all its cells; the file holds it once (see merges).
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells[cell.address] = { value: cell.value, formula: cell.formula ?? null, numFmt: cell.numFmt ?? null };
    }),
  );
  const merges = [...((sheet.model as { merges?: string[] }).merges ?? [])].sort();
  return { sheetNames: workbook.worksheets.map((ws) => ws.name), appendix: sheet.name, cells, merges };
}

/**
 * A national commune-level table (issue 10's 10,600 units): one header row, the communes with
 * figures that agree with each other, and no total row.
 */
export async function nationalWorkbook(dir: string, units: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow(["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ nghèo phấn đấu giảm"]);
  for (let i = 1; i <= units; i++) {
    const households = 500 + ((i * 7919) % 20000);
    const poor = Math.floor(households * (((i * 31) % 17) / 100 + 0.01));
    sheet.addRow([i, `Xã ${i}`, households, poor, rate(poor, households), Math.floor(poor / 10)]);
  }
  const file = join(dir, `ca-nuoc-${units}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}
