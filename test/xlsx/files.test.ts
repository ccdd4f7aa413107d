import { promises as fsp } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { readWorkbookFile, saveWorkbookAtomically, temporaryName, XlsxFileError } from "../../src/xlsx/files";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { districtWorkbook, makeTempDir, removeTempDir, saveTo, smallLayout } from "../helpers/xlsx-fixtures";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  jest.restoreAllMocks();
  await removeTempDir(dir);
});

describe("readWorkbookFile", () => {
  it("reads an .xlsx file", async () => {
    const file = await saveTo(districtWorkbook(), dir, "Phú Lộc.xlsx");
    const workbook = await readWorkbookFile(file);
    expect(workbook.getWorksheet("Huyện Phú Lộc")?.getCell("B4").value).toBe("Thị trấn Phú Lộc");
  });

  it.each([
    ["a missing file", "khong-co.xlsx", null, /Cannot read .*khong-co\.xlsx: no such file/],
    ["a CSV renamed to .xlsx", "bao-cao.xlsx", "TT,Đơn vị\n1,Phú Lộc\n", /bao-cao\.xlsx is not an \.xlsx workbook/],
  ])("rejects %s with code 'unreadable' naming the file", async (_label, name, content, message) => {
    const file = path.join(dir, name);
    if (content !== null) await fsp.writeFile(file, content);
    const error = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxFileError);
    expect(error).toMatchObject({ code: "unreadable", file });
    expect((error as XlsxFileError).text.en).toMatch(message);
  });
});

describe("saveWorkbookAtomically", () => {
  async function bookWithAppendix(): Promise<ExcelJS.Workbook> {
    const workbook = await readWorkbookFile(await saveTo(districtWorkbook(), dir, "source.xlsx"));
    addAppendixSheet(workbook, smallLayout());
    return workbook;
  }

  it("replaces the file with the complete new workbook and leaves no temporary file", async () => {
    const target = await saveTo(districtWorkbook(), dir, "tinh.xlsx");
    await fsp.chmod(target, 0o640);
    await saveWorkbookAtomically(await bookWithAppendix(), target);
    const saved = await readWorkbookFile(target);
    expect(saved.worksheets.map((ws) => ws.name)).toContain("Phụ lục 2021");
    expect((await fsp.stat(target)).mode & 0o777).toBe(0o640);
    expect((await fsp.readdir(dir)).sort()).toEqual(["source.xlsx", "tinh.xlsx"]);
  });

  it("writes the temporary file in the target's own folder, so the rename never crosses file systems", async () => {
    const target = path.join(dir, "ra-soat.xlsx");
    const rename = jest.spyOn(fsp, "rename");
    await saveWorkbookAtomically(await bookWithAppendix(), target);
    expect(rename).toHaveBeenCalledTimes(1);
    const [from, to] = rename.mock.calls[0] as [string, string];
    expect(to).toBe(target);
    expect(path.dirname(from)).toBe(dir);
    expect(path.basename(from)).toMatch(/^\.[0-9a-f]{10}~/);
  });

  it("keeps the old file untouched and removes the temporary file when the rename fails", async () => {
    const target = await saveTo(districtWorkbook(), dir, "tinh.xlsx");
    const before = await fsp.readFile(target);
    jest.spyOn(fsp, "rename").mockRejectedValueOnce(Object.assign(new Error("EBUSY: resource busy"), { code: "EBUSY" }));
    const error = await saveWorkbookAtomically(await bookWithAppendix(), target).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "write-failed", file: target });
    expect((error as XlsxFileError).text.en).toMatch(/Could not save .*tinh\.xlsx: the file is open in another program/);
    expect((error as Error).message).toMatch(/Không lưu được .*tinh\.xlsx: tệp đang mở trong chương trình khác/);
    expect(await fsp.readFile(target)).toEqual(before);
    expect((await fsp.readdir(dir)).sort()).toEqual(["source.xlsx", "tinh.xlsx"]);
  });

  it("removes the half-written temporary file when writing fails midway", async () => {
    const book = await bookWithAppendix();
    const realOpen = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementationOnce(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      // The bytes reach the temporary file, then the disk "fills up" before it is complete.
      handle.sync = () => Promise.reject(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
      return handle;
    });
    const target = path.join(dir, "moi.xlsx");
    await expect(saveWorkbookAtomically(book, target)).rejects.toMatchObject({
      code: "write-failed",
      text: { en: expect.stringContaining("no space left") },
    });
    expect(await fsp.readdir(dir)).toEqual(["source.xlsx"]);
  });

  it("fails with write-failed when the folder does not exist", async () => {
    const target = path.join(dir, "khong-co", "tinh.xlsx");
    await expect(saveWorkbookAtomically(await bookWithAppendix(), target)).rejects.toMatchObject({
      name: "XlsxFileError",
      code: "write-failed",
      text: { en: expect.stringMatching(/khong-co.*no such file or folder/) },
    });
    expect(await fsp.readdir(dir)).toEqual(["source.xlsx"]);
  });

  it.each([
    ["a 250-byte name", `${"a".repeat(245)}.xlsx`],
    ["a 250-byte Vietnamese name", `${"Kết quả rà soát hộ nghèo ".repeat(7)}${"x".repeat(250 - Buffer.byteLength("Kết quả rà soát hộ nghèo ".repeat(7)) - 5)}.xlsx`],
  ])("saves under %s, the longest a file system allows: the temporary name is no longer", async (_label, name) => {
    expect(Buffer.byteLength(name)).toBe(250);
    const target = path.join(dir, name);
    await saveWorkbookAtomically(await bookWithAppendix(), target);
    expect((await readWorkbookFile(target)).worksheets.map((ws) => ws.name)).toContain("Phụ lục 2021");
    expect((await fsp.readdir(dir)).sort()).toEqual([name, "source.xlsx"].sort());
  });

  it("makes temporary names hidden, unique and never longer than the target's name", () => {
    for (const name of ["tinh.xlsx", "Phụ lục giảm nghèo 2021.xlsx", "x".repeat(250)]) {
      const temps = new Set(Array.from({ length: 50 }, () => path.basename(temporaryName(path.join(dir, name)))));
      expect(temps.size).toBe(50);
      for (const temp of temps) {
        expect(temp.startsWith(".")).toBe(true);
        expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(Math.max(Buffer.byteLength(name), 12));
        expect(temp).not.toContain("\uFFFD"); // no character cut in two
      }
    }
  });
});

describe("readWorkbookFile on what is not a regular file", () => {
  it("refuses a pipe with no writer and /dev/zero at once, instead of waiting or reading forever", async () => {
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    for (const file of [fifo, "/dev/zero"]) {
      await expect(readWorkbookFile(file)).rejects.toMatchObject({ code: "not-a-file", file });
    }
  });
});
