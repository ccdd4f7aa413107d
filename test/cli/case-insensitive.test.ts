/**
 * On a case-insensitive disk (Windows, macOS by default) "KET-QUA.xlsx" is the input "ket-qua.xlsx":
 * -o must refuse it. Run where the temporary folder is case-insensitive; elsewhere the test is
 * skipped and says why (test/cli/paths.test.ts covers the same inode through a hard link). On the
 * machine this was written on, no case-insensitive folder could be made: the kernel has no
 * CONFIG_UNICODE (ext4 and tmpfs casefold refused) and no vfat.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/main";
import { runCli } from "../helpers/cli-run";

/** Whether a file written as "probe" is found as "PROBE" in the temporary folder. */
function tempFolderIgnoresCase(): boolean {
  const probe = mkdtempSync(join(tmpdir(), "case-probe-"));
  try {
    writeFileSync(join(probe, "probe"), "");
    return existsSync(join(probe, "PROBE"));
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const caseInsensitive = tempFolderIgnoresCase();
const where = caseInsensitive ? it : it.skip;
const reason = caseInsensitive ? "" : " (skipped: the temporary folder here tells case apart)";

where(`refuses -o naming the input in another case${reason}`, async () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-case-"));
  try {
    const input = join(dir, "ket-qua.xlsx");
    copyFileSync(SAMPLE_WORKBOOK, input);
    const before = readFileSync(input);
    const { code, stderr } = await runCli([input, "-o", join(dir, "KET-QUA.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain("chính là tệp đầu vào");
    expect(readFileSync(input)).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
