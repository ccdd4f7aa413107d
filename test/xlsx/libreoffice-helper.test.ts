/** The LibreOffice test harness itself: CSV parsing, sheet naming, and failing clearly. */
import { chmodSync, promises as fsp } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { cellText, itWithLibreOffice, libreOfficeIt, LibreOfficeError, parseCsv, recalculate, toPdf } from "../helpers/libreoffice";
import { makeTempDir, removeTempDir, saveTo } from "../helpers/xlsx-fixtures";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("lo-helper-");
});
afterAll(() => removeTempDir(dir));

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('1,"a,b ""q""",x\n,"hai\ndòng",\r\nTRUE,#DIV/0!,-0.5\n')).toEqual([
      ["1", 'a,b "q"', "x"],
      ["", "hai\ndòng", ""],
      ["TRUE", "#DIV/0!", "-0.5"],
    ]);
  });

  it("reads a last line without a line break", () => {
    expect(parseCsv("a,b")).toEqual([["a", "b"]]);
    expect(parseCsv("")).toEqual([]);
  });
});

describe("cellText", () => {
  it("finds a cell by A1 address and gives '' outside the export", () => {
    const rows = [["A1", "B1"], ["A2", "B2"]];
    expect(cellText(rows, "B2")).toBe("B2");
    expect(cellText(rows, "C9")).toBe("");
    expect(cellText(undefined, "A1")).toBe("");
  });
});

describe("recalculate", () => {
  itWithLibreOffice("exports every sheet by name, with raw numbers and recalculated formulas", async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("Phụ lục 2021");
    first.getCell("A1").value = 1234567.891;
    first.getCell("A1").numFmt = "#,##0";
    first.getCell("B2").value = { formula: "A1*2", result: 0 }; // a wrong cached result on purpose
    first.getCell("C2").value = { formula: "1/0", result: 0 };
    workbook.addWorksheet("Sheet 2, x").getCell("A1").value = "xin chào";
    const sheets = await recalculate(await saveTo(workbook, dir, "names.xlsx"));
    expect(Object.keys(sheets).sort()).toEqual(["Phụ lục 2021", "Sheet 2, x"]);
    expect(sheets["Phụ lục 2021"]).toEqual([["1234567.891", "", ""], ["", "2469135.782", "#DIV/0!"]]);
    expect(cellText(sheets["Sheet 2, x"], "A1")).toBe("xin chào");
  });

  itWithLibreOffice("gives up with a clear error after the timeout", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("a").getCell("A1").value = 1;
    const file = await saveTo(workbook, dir, "slow.xlsx");
    const error = await recalculate(file, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibreOfficeError);
    expect((error as Error).message).toMatch(/did not finish within 50 ms/);
  });
});

describe("without LibreOffice", () => {
  it("runs the LibreOffice tests anyway, so they fail, unless SKIP_LIBREOFFICE=1 is set", () => {
    expect(libreOfficeIt({})).toBe(it);
    expect(libreOfficeIt({ SKIP_LIBREOFFICE: "0", CI: "" })).toBe(it);
    expect(libreOfficeIt({ SKIP_LIBREOFFICE: "1" })).toBe(it.skip);
  });

  it("fails with a message saying how to install it or skip it", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("a").getCell("A1").value = 1;
    const file = await saveTo(workbook, dir, "no-soffice.xlsx");
    const saved = { PATH: process.env.PATH, SOFFICE: process.env.SOFFICE };
    process.env.PATH = dir;
    process.env.SOFFICE = `${dir}/no-soffice-here`;
    try {
      const error = await recalculate(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibreOfficeError);
      expect((error as Error).message).toBe(
        "LibreOffice (soffice) was not found on PATH; install libreoffice-calc-nogui, set SOFFICE to its path, or set SKIP_LIBREOFFICE=1 to skip these tests.",
      );
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe("a conversion that writes nothing", () => {
  const real = process.env.SOFFICE;
  afterEach(() => (real === undefined ? delete process.env.SOFFICE : (process.env.SOFFICE = real)));

  /** A stand-in soffice that exits 0 and writes its output only from the `writesFrom`-th start on (never when 0). */
  async function standIn(writesFrom: number): Promise<{ starts: () => Promise<number> }> {
    const counter = join(dir, `starts-${writesFrom}`);
    const script = join(dir, `soffice-${writesFrom}`);
    await fsp.writeFile(
      script,
      `#!/bin/sh\necho x >> "${counter}"\nn=$(wc -l < "${counter}")\n` +
        `for last; do :; done\nwhile [ "$1" != "--outdir" ]; do shift; done\n` +
        `if [ ${writesFrom} -gt 0 ] && [ "$n" -ge ${writesFrom} ]; then b=$(basename "$last" .xlsx); echo pdf > "$2/$b.pdf"; fi\n`,
    );
    chmodSync(script, 0o755);
    process.env.SOFFICE = script;
    return { starts: async () => (await fsp.readFile(counter, "utf8")).split("\n").filter(Boolean).length };
  }

  it("is tried once more, as a fresh profile's first start sometimes ends early", async () => {
    const soffice = await standIn(2);
    const pdf = await toPdf(join(dir, "once.xlsx"), join(dir, "once"));
    expect(await fsp.readFile(pdf, "utf8")).toBe("pdf\n");
    expect(await soffice.starts()).toBe(2);
  });

  it("fails clearly when the second try writes nothing either", async () => {
    const soffice = await standIn(0);
    const error = await toPdf(join(dir, "never.xlsx"), join(dir, "never")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibreOfficeError);
    expect((error as Error).message).toMatch(/soffice wrote nothing converting .*never\.xlsx, twice/);
    expect(await soffice.starts()).toBe(2);
  });
});
