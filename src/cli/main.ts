/** The command line: a workbook in, the appendix written beside it, findings printed. */
import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { analyze, checksLayout } from "../engine";
import { readWorkbookFile, saveWorkbookAtomically, XlsxFileError } from "../xlsx/files";
import { workbookToGrids } from "../xlsx/read-workbook";
import { addAppendixSheet } from "../xlsx/write-appendix";
import { checkYears, parseArgs, USAGE, UsageError, type CliOptions } from "./args";
import { checkInput, checkOutput } from "./paths";
import { humanReport, jsonReport } from "./report";
import { matchSheets } from "./sheets";
import { readWeights } from "./weights";

/** The package's own folder, whether this runs from src/cli (tests) or build/cli/cli (npm). */
function packageRoot(from = __dirname): string {
  return existsSync(join(from, "package.json")) || dirname(from) === from ? from : packageRoot(dirname(from));
}

export const SAMPLE_WORKBOOK = join(packageRoot(), "assets/sample/ket-qua-ra-soat-2020.xlsx");

export const EXIT = { written: 0, errorsFound: 1, cannotRun: 2 } as const;

export interface Console {
  out(text: string): void;
  err(text: string): void;
}

const processConsole: Console = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function main(argv: string[], io: Console = processConsole): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    const english = argv.join(" ").includes("--lang en") || argv.includes("--lang=en");
    return fail(io, error, argv.includes("--json"), english ? "en" : "vi");
  }
  if (options.help) {
    io.out(USAGE[options.lang]);
    return EXIT.written;
  }
  try {
    return await run(options, io);
  } catch (error) {
    return fail(io, error, options.json, options.lang);
  }
}

async function run(options: CliOptions, io: Console): Promise<number> {
  const input = resolve(options.input ?? SAMPLE_WORKBOOK);
  const out = resolve(options.out ?? join(dirname(input), `${basename(input, extname(input))}-phu-luc.xlsx`));
  await checkInput(input);
  await checkOutput(input, out);
  const workbook = await readWorkbookFile(input);
  const wanted = options.analyze.sheets;
  const sheets = wanted ? matchSheets(wanted, workbook.worksheets.map((w) => w.name)) : undefined;
  const weights = options.weightsFile ? await readWeights(resolve(options.weightsFile)) : undefined;
  const analysis = analyze(workbookToGrids(workbook), { ...options.analyze, sheets, weights, currentYear: new Date().getFullYear() });
  // A plan year given alone is checked against the review year the headers state.
  const { planYear, baseYear } = options.analyze;
  const statedBase = baseYear ?? analysis.tables.find((t) => t.baseYear !== null)?.baseYear;
  if (planYear !== undefined && statedBase !== undefined && statedBase !== null) checkYears(statedBase, planYear);
  if (analysis.tables.length === 0 || !analysis.layout) {
    if (options.json) io.out(jsonReport(analysis, null));
    else io.err(humanReport(analysis, options.lang, null));
    return EXIT.cannotRun;
  }
  let written: { sheet: string; file: string; checksSheet?: string } | null = null;
  if (!analysis.hasErrors || options.allowErrors) {
    const { layout } = analysis;
    const sheet = addAppendixSheet(workbook, layout);
    const checksSheet = options.checks ? addAppendixSheet(workbook, checksLayout(analysis.tables, analysis.issues, options.lang)) : undefined;
    await saveWorkbookAtomically(workbook, out, layout.chart ? [{ sheetName: sheet, chart: layout.chart }] : []);
    written = { sheet, file: out, checksSheet };
  }
  io.out(options.json ? jsonReport(analysis, written?.file ?? null) : humanReport(analysis, options.lang, written));
  return analysis.hasErrors ? EXIT.errorsFound : EXIT.written;
}

function fail(io: Console, error: unknown, json: boolean, lang: "vi" | "en"): number {
  const known = error instanceof UsageError || error instanceof XlsxFileError;
  const message = known ? error.text[lang] : error instanceof Error ? error.message : String(error);
  io.err(message);
  if (error instanceof UsageError) io.err(`\n${USAGE[lang]}`);
  if (json) io.out(jsonReport(null, null, message));
  if (!known && !(error instanceof Error && "code" in error)) throw error;
  return EXIT.cannotRun;
}
