/** Node-only file access for the .xlsx adapter (command line, tests); the browser uses buffers. */
import { promises as fsp } from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import type * as ExcelJS from "exceljs";
import { XlsxFileError } from "./errors";
import { readWorkbookBuffer } from "./read-workbook";

export { XlsxFileError } from "./errors";

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(file);
  } catch (cause) {
    throw new XlsxFileError("unreadable", `Cannot read ${file}: ${reasonOf(cause)}`, { file, cause });
  }
  return readWorkbookBuffer(bytes, file);
}

/**
 * Writes the workbook next to its target and renames it into place, so readers only ever see
 * the old file or the complete new one; the temporary file is removed when anything fails.
 */
export async function saveWorkbookAtomically(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
  try {
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const handle = await fsp.open(temp, "wx");
    created = true;
    try {
      await keepMode(file, handle);
      await handle.writeFile(bytes);
      // On disk before the rename, so a crash cannot leave a renamed but empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, file);
  } catch (cause) {
    if (created) await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw new XlsxFileError("write-failed", `Could not save ${file}: ${reasonOf(cause)}`, { file, cause });
  }
}

/** A replaced file keeps its permissions (the temporary file starts with the defaults). */
async function keepMode(file: string, handle: fsp.FileHandle): Promise<void> {
  const existing = await fsp.stat(file).catch(() => null);
  if (existing) await handle.chmod(existing.mode & 0o7777);
}

function reasonOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  if (code === "ENOENT") return `no such file or folder (${message})`;
  if (code === "EACCES" || code === "EPERM") return `permission denied (${message})`;
  if (code === "EBUSY") return `the file is open in another program (${message})`;
  return message;
}
