/** The input is never written, whatever path leads to it; only regular files are read or replaced. */
import { execFileSync } from "node:child_process";
import { copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/main";
import { runCli } from "../helpers/cli-run";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
let input: string;
let before: Buffer;
beforeEach(async () => {
  dir = await makeTempDir("cli-paths-");
  input = join(dir, "ket-qua.xlsx");
  copyFileSync(SAMPLE_WORKBOOK, input);
  before = readFileSync(input);
});
afterEach(() => removeTempDir(dir));

async function refusedAsInput(args: string[]): Promise<void> {
  const { code, stderr } = await runCli(args);
  expect(code).toBe(2);
  expect(stderr).toContain("chính là tệp đầu vào");
  expect(readFileSync(input)).toEqual(before);
}

describe("-o is compared with the input by real path and file identity", () => {
  it("refuses an output reached through a symlinked folder", async () => {
    symlinkSync(dir, join(dir, "link"));
    await refusedAsInput([input, "-o", join(dir, "link", "ket-qua.xlsx")]);
  });

  it("refuses when the input is the one reached through a symlinked folder", async () => {
    symlinkSync(dir, join(dir, "link"));
    await refusedAsInput([join(dir, "link", "ket-qua.xlsx"), "-o", input]);
  });

  it("refuses an output that is a symlink to the input", async () => {
    symlinkSync(input, join(dir, "alias.xlsx"));
    await refusedAsInput([input, "-o", join(dir, "alias.xlsx")]);
    expect(lstatSync(join(dir, "alias.xlsx")).isSymbolicLink()).toBe(true);
  });

  it("refuses a hard link to the input (the same inode, as another case of the name is on a case-insensitive disk)", async () => {
    linkSync(input, join(dir, "KET-QUA.xlsx"));
    await refusedAsInput([input, "-o", join(dir, "KET-QUA.xlsx")]);
  });

  it("says it in English when asked", async () => {
    const { code, stderr } = await runCli([input, "-o", input, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("is the input");
  });
});

describe("only regular files", () => {
  it("refuses a device, a pipe or a folder as the output, and leaves them as they were", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    mkdirSync(join(dir, "folder"));
    // The device is reached through a link: should the check ever fail, only the link is replaced, never /dev/null itself.
    const device = join(dir, "null-device");
    symlinkSync("/dev/null", device);
    for (const [out, word] of [[device, "thiết bị"], [fifo, "đường ống"], [join(dir, "folder"), "thư mục"]]) {
      const { code, stderr } = await runCli([input, "-o", out]);
      expect(code).toBe(2);
      expect(stderr).toContain(`Không ghi kết quả vào ${out}: đó là một ${word}`);
    }
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(statSync(join(dir, "folder")).isDirectory()).toBe(true);
  });

  it("refuses /dev/zero and a pipe as the input at once instead of reading forever", async () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    for (const [file, word] of [["/dev/zero", "thiết bị"], [fifo, "đường ống (pipe)"]]) {
      const { code, stderr } = await runCli([file, "-o", join(dir, "out.xlsx")]);
      expect(code).toBe(2);
      expect(stderr).toContain(`${file} là một ${word}, không phải tệp .xlsx`);
    }
  });
});
