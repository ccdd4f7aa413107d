/**
 * LibreOffice as an independent spreadsheet for tests: recalculates every formula of an .xlsx on
 * load and exports each sheet's cells as text, or prints the workbook to PDF.
 */
import { spawn } from "child_process";
import { accessSync, constants, promises as fsp } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { parseA1 } from "../../src/engine/cells/address";

/**
 * CSV export of every sheet: tokens are separator 44 (,), quote 34 ("), UTF8, first line 1, no
 * column formats, language 0, "quote all text" false, "detect special numbers" true, "save cell
 * contents as shown" false (raw values: 1234567.891, not 1,234,568), "export formulas" false,
 * "remove spaces" false, sheet -1 (all, one file per sheet named <book>-<sheet>.csv).
 * Raw numbers still carry at most 15 significant digits (1/3 → 0.333333333333333).
 */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

/** OOXMLRecalcMode 0 = always recalculate: LibreOffice otherwise trusts the cached results. */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;
// The locale is pinned because even raw CSV numbers use the locale's decimal separator.

const DEFAULT_TIMEOUT_MS = 90_000;

export class LibreOfficeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LibreOfficeError";
  }
}

function sofficePath(): string | null {
  const candidates = process.env.SOFFICE ? [process.env.SOFFICE] : [];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir) candidates.push(path.join(dir, "soffice"));
  }
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next one
    }
  }
  return null;
}

/**
 * `it` for tests that need LibreOffice. A missing soffice fails them with a message saying how to
 * install it: a silent skip once hid five formula mistakes that only LibreOffice catches. Only an
 * explicit SKIP_LIBREOFFICE=1 skips them.
 */
export function libreOfficeIt(env: NodeJS.ProcessEnv = process.env): jest.It {
  return env.SKIP_LIBREOFFICE === "1" ? it.skip : it;
}

export const itWithLibreOffice: jest.It = libreOfficeIt();

interface RunOptions {
  timeoutMs?: number;
}

/**
 * Runs one soffice conversion in a fresh profile; returns the output folder's files. A fresh profile's
 * first start now and then exits 0 having written nothing (seen on these machines, a few times in a
 * hundred runs): that conversion is tried once more; a file soffice cannot read fails both times.
 */
async function convert(xlsxPath: string, target: string, outDir: string, options: RunOptions): Promise<string[]> {
  const first = await convertOnce(xlsxPath, target, outDir, options);
  if (first.files.length > 0) return first.files;
  const second = await convertOnce(xlsxPath, target, outDir, options);
  if (second.files.length > 0) return second.files;
  throw new LibreOfficeError(`soffice wrote nothing converting ${xlsxPath}, twice:\n${first.output}\n${second.output}`);
}

async function convertOnce(xlsxPath: string, target: string, outDir: string, options: RunOptions): Promise<{ files: string[]; output: string }> {
  const soffice = sofficePath();
  if (!soffice) throw new LibreOfficeError("LibreOffice (soffice) was not found on PATH; install libreoffice-calc-nogui, set SOFFICE to its path, or set SKIP_LIBREOFFICE=1 to skip these tests.");
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), "lo-profile-"));
  try {
    const profileFile = path.join(work, "user", "registrymodifications.xcu");
    await fsp.mkdir(path.dirname(profileFile), { recursive: true });
    await fsp.writeFile(profileFile, PROFILE_SETTINGS);
    await fsp.mkdir(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(work).href}`,
      "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
      "--convert-to", target, "--outdir", outDir, path.resolve(xlsxPath),
    ];
    const { code, output } = await run(soffice, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (code !== 0) throw new LibreOfficeError(`soffice exited with ${code} converting ${xlsxPath}:\n${output}`);
    // If LibreOffice had replaced the profile, the results would be cached values, not recalculated ones.
    if (!(await fsp.readFile(profileFile, "utf8")).includes("OOXMLRecalcMode")) {
      throw new LibreOfficeError("LibreOffice dropped the recalculation setting from its profile; results are not recalculated.");
    }
    return { files: await fsp.readdir(outDir), output };
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout ends soffice.bin too, not only the oosplash wrapper.
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
      reject(new LibreOfficeError(`soffice did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new LibreOfficeError(`Could not start soffice: ${error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Recalculates every formula and returns each sheet's cells as text, by sheet name. */
export async function recalculate(xlsxPath: string, options: RunOptions = {}): Promise<Record<string, string[][]>> {
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), "lo-csv-"));
  try {
    // A fixed base name makes the output names predictable: book-<sheet name>.csv.
    const input = path.join(work, "book.xlsx");
    await fsp.copyFile(xlsxPath, input);
    const outDir = path.join(work, "out");
    const files = await convert(input, CSV_FILTER, outDir, options);
    const sheets: Record<string, string[][]> = {};
    for (const file of files) {
      if (!file.startsWith("book-") || !file.endsWith(".csv")) continue;
      sheets[file.slice("book-".length, -".csv".length)] = parseCsv(await fsp.readFile(path.join(outDir, file), "utf8"));
    }
    return sheets;
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}

/** Prints the workbook (after recalculation) to PDF in outDir; returns the PDF's path. */
export function toPdf(xlsxPath: string, outDir: string, options: RunOptions = {}): Promise<string> {
  return convertTo(xlsxPath, "pdf", outDir, options);
}

/**
 * Recalculates and saves in another format ("xlsx", "ods", "pdf") in outDir, which must differ
 * from the input's folder; returns the new file's path.
 */
export async function convertTo(file: string, format: string, outDir: string, options: RunOptions = {}): Promise<string> {
  await convert(file, format, outDir, options);
  const output = path.join(outDir, `${path.parse(file).name}.${format.split(":")[0]}`);
  await fsp.access(output).catch(() => {
    throw new LibreOfficeError(`soffice did not write ${output}`);
  });
  return output;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** A cell's exported text by A1 address ("" outside the exported area). */
export function cellText(rows: string[][] | undefined, address: string): string {
  const { row, col } = parseA1(address);
  return rows?.[row - 1]?.[col - 1] ?? "";
}
