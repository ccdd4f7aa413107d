/** Node-only file access for the .xlsx adapter (command line, tests); the browser uses buffers. */
import { constants, promises as fsp, rmSync } from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import type * as ExcelJS from "exceljs";
import { workbookBytes, type SheetChart } from "./chart-part";
import { XlsxFileError, type XlsxText } from "./errors";
import { checkFileSize } from "./limits";
import { readWorkbookBuffer } from "./read-workbook";

export { XlsxFileError } from "./errors";

/**
 * Opened without blocking, so that a pipe with no writer is refused at once instead of waiting
 * forever; then only a regular file within the size limit is read (never /dev/zero's endless bytes).
 */
export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  let bytes: Uint8Array;
  try {
    const handle = await fsp.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) {
        throw new XlsxFileError("not-a-file", { vi: `${file} không phải tệp thường (thư mục, thiết bị hoặc đường ống).`, en: `${file} is not a regular file (a folder, device or pipe).` }, { file });
      }
      checkFileSize(stats.size, file);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (cause) {
    if (cause instanceof XlsxFileError) throw cause;
    const reason = reasonOf(cause);
    throw new XlsxFileError("unreadable", { vi: `Không đọc được ${file}: ${reason.vi}`, en: `Cannot read ${file}: ${reason.en}` }, { file, cause });
  }
  return readWorkbookBuffer(bytes, file);
}

/** Temporary files being written, removed if the process is interrupted (Ctrl+C, kill). */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, so the caller sees the usual status (130 for Ctrl+C).
  process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** Room for the dot, the random part and "~", whatever the target's name. */
const SHORTEST_TEMPORARY = 12;

/**
 * A hidden name beside the target, never longer than the target's own name (in bytes, as file
 * systems count) unless that is shorter than 12 bytes, so any name that is legal for the target
 * is legal for its temporary file (a 250-byte name leaves no room for a suffix).
 */
export function temporaryName(target: string): string {
  const name = Buffer.from(path.basename(target));
  const candidate = Buffer.from(`.${randomBytes(5).toString("hex")}~${path.basename(target)}`);
  let end = Math.min(candidate.length, Math.max(name.length, SHORTEST_TEMPORARY));
  // Never cut a character in two: back off over UTF-8 continuation bytes.
  while (end > 0 && end < candidate.length && (candidate[end] & 0xc0) === 0x80) end--;
  return path.join(path.dirname(path.resolve(target)), candidate.subarray(0, end).toString());
}

/**
 * Writes the workbook next to its target and renames it into place, so readers only ever see
 * the old file or the complete new one; the temporary file is removed when anything fails.
 */
export async function saveWorkbookAtomically(workbook: ExcelJS.Workbook, file: string, charts: SheetChart[] = []): Promise<void> {
  let temp: string | null = null;
  try {
    const bytes = await workbookBytes(workbook, charts);
    const { handle, name } = await createTemporary(file);
    temp = name;
    try {
      await keepMode(file, handle);
      await handle.writeFile(bytes);
      // On disk before the rename, so a crash cannot leave a renamed but empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, file);
    untrack(temp);
  } catch (cause) {
    if (temp !== null) {
      await fsp.rm(temp, { force: true }).catch(() => undefined);
      untrack(temp);
    }
    const reason = reasonOf(cause);
    throw new XlsxFileError("write-failed", { vi: `Không lưu được ${file}: ${reason.vi}`, en: `Could not save ${file}: ${reason.en}` }, { file, cause });
  }
}

/** A short random name can be taken: try another. */
async function createTemporary(file: string): Promise<{ handle: fsp.FileHandle; name: string }> {
  for (let attempt = 1; ; attempt++) {
    const name = temporaryName(file);
    try {
      const handle = await fsp.open(name, "wx");
      // Tracked in the same turn as the open: a signal's handler cannot run in between.
      track(name);
      return { handle, name };
    } catch (error) {
      if ((error as { code?: unknown }).code !== "EEXIST" || attempt === 5) throw error;
    }
  }
}

/** A replaced file keeps its permissions (the temporary file starts with the defaults). */
async function keepMode(file: string, handle: fsp.FileHandle): Promise<void> {
  const existing = await fsp.stat(file).catch(() => null);
  if (existing) await handle.chmod(existing.mode & 0o7777);
}

function reasonOf(cause: unknown): XlsxText {
  const code = (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  if (code === "ENOENT") return { vi: `không có tệp hoặc thư mục này (${message})`, en: `no such file or folder (${message})` };
  if (code === "EACCES" || code === "EPERM") return { vi: `không có quyền (${message})`, en: `permission denied (${message})` };
  if (code === "EBUSY") return { vi: `tệp đang mở trong chương trình khác (${message})`, en: `the file is open in another program (${message})` };
  if (code === "ENOSPC") return { vi: `hết chỗ trên đĩa (${message})`, en: `no space left on the disk (${message})` };
  return { vi: message, en: message };
}
