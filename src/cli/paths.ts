/**
 * Which files the command line may read and write. The input is never written, whatever path
 * leads to it (a symlink, a symlinked folder, a hard link, another case of its name on a
 * case-insensitive disk), and only a regular file, or a new one, may be replaced by the output.
 */
import { promises as fsp, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { XlsxFileError } from "../xlsx/errors";

/** The input must be a regular file: a folder, a device (/dev/zero) or a pipe would never end or fail late. */
export async function checkInput(input: string): Promise<void> {
  const stats = await fsp.stat(input).catch(() => null);
  if (!stats) {
    throw new XlsxFileError("unreadable", { vi: `Không tìm thấy tệp ${input}.`, en: `File not found: ${input}.` }, { file: input });
  }
  if (!stats.isFile()) throw notAFile(input, stats, "input");
}

export async function checkOutput(input: string, out: string): Promise<void> {
  const inputStats = await fsp.stat(input);
  const [realInput, realOut] = await Promise.all([fsp.realpath(input), realPathOfNew(out)]);
  const outStats = await fsp.stat(out).catch(() => null);
  const sameFile = realInput === realOut || (outStats !== null && sameIdentity(inputStats, outStats));
  if (out === input || sameFile) {
    throw new XlsxFileError(
      "same-as-input",
      {
        vi: `Tệp kết quả ${out} chính là tệp đầu vào ${input}: tệp đầu vào không bao giờ bị ghi đè, hãy chọn tên khác với -o.`,
        en: `The output ${out} is the input ${input} itself: the input is never overwritten; choose another name with -o.`,
      },
      { file: out },
    );
  }
  if (outStats && !outStats.isFile()) throw notAFile(out, outStats, "output");
}

/** A device and inode of 0 (some file systems on Windows) identify nothing. */
function sameIdentity(a: Stats, b: Stats): boolean {
  return a.ino !== 0 && a.dev === b.dev && a.ino === b.ino;
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
async function realPathOfNew(file: string): Promise<string> {
  const real = await fsp.realpath(file).catch(() => null);
  if (real) return real;
  const folder = await fsp.realpath(dirname(file)).catch(() => dirname(file));
  return join(folder, basename(file));
}

function notAFile(file: string, stats: Stats, role: "input" | "output"): XlsxFileError {
  const kind = stats.isDirectory()
    ? { vi: "một thư mục", en: "a folder" }
    : stats.isFIFO() || stats.isSocket()
      ? { vi: "một đường ống (pipe)", en: "a pipe" }
      : { vi: "một thiết bị", en: "a device" };
  const text =
    role === "input"
      ? { vi: `${file} là ${kind.vi}, không phải tệp .xlsx: hãy chỉ ra một tệp.`, en: `${file} is ${kind.en}, not an .xlsx file: give a file.` }
      : { vi: `Không ghi kết quả vào ${file}: đó là ${kind.vi}, không phải tệp. Hãy chọn tên tệp với -o.`, en: `Not writing the output to ${file}: it is ${kind.en}, not a file. Choose a file name with -o.` };
  return new XlsxFileError("not-a-file", text, { file });
}
