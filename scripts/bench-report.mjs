// `npm run bench`'s printout: Markdown tables, ready for the README's Benchmarks section.
const ms = (t) => (t >= 100 ? t.toFixed(0) : t.toFixed(1));
const both = (t) => `${ms(t.wallMs)} (${t.cpuMs === null ? "–" : ms(t.cpuMs)})`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (n) => n.toLocaleString("en-US");

function table(head, rows) {
  console.log(`| ${head.join(" | ")} |`);
  console.log(`| ${head.map(() => "---").join(" | ")} |`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log();
}

export function printReport(machine, results, bundle) {
  console.log(`Machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load average ${machine.loadAverage.toFixed(1)} at the start.`);
  console.log("Times in ms, median of the runs: wall clock (CPU time in brackets; on a busy machine CPU time is the steadier one).\n");

  const ratio = (r) => `${r.wall.toFixed(2)} (${r.cpu === null ? "–" : r.cpu.toFixed(2)})`;
  console.log("Command line end to end (`npm run appendix -- FILE -o OUT`) against exceljs alone reading and writing the same");
  console.log("workbook, and exceljs alone reading and writing the command line's output (the same workbook plus the appendix):\n");
  table(
    ["units", "npm run appendix", "bare exceljs, input", "ratio", "bare exceljs, output", "ratio"],
    results.map(({ units, commandLine: c }) => [count(units), both(c.cli), both(c.bare), ratio(c.ratio), both(c.bareOfOutput), ratio(c.ratioToOutput)]),
  );

  console.log("Engine per stage (in process):\n");
  table(
    ["units", "detectTables", "validateTable", "buildPlan", "appendixLayout", "analyze (all)"],
    results.map(({ units, engine: e }) => [count(units), both(e.detect), both(e.validate), both(e.plan), both(e.layout), both(e.analyze)]),
  );

  console.log("Appendix write (in process: the sheet added to a new workbook, then the bench workbook read from its file with the appendix grafted into its package):\n");
  table(
    ["units", "addAppendixSheet", "workbookBytes (the .xlsx)"],
    results.map(({ units, appendixWrite: w }) => [count(units), both(w.addSheet), both(w.writeBuffer)]),
  );

  console.log("Office adapter against the fake Excel host (ExcelApi 1.13; Excel on the web refuses requests over 5 MB):\n");
  table(
    ["units", "read: syncs", "largest response", "write: syncs", "largest request"],
    results.map(({ units, fakeExcel: f }) => [count(units), f.read.syncs, kb(f.read.largestResponseBytes), f.write.syncs, kb(f.write.largestRequestBytes)]),
  );

  if (!bundle) {
    console.log("Bundle sizes: not built (npm run build writes dist/).");
    return;
  }
  console.log("Bundle sizes (dist/), what each page loads before it runs, then every script:\n");
  table(
    ["file", "raw", "gzipped"],
    [
      ...Object.entries(bundle.pages).map(([page, p]) => [`**${page}** first load (${p.scripts.join(", ")})`, kb(p.raw), kb(p.gzip)]),
      ...Object.entries(bundle.scripts).map(([name, s]) => [name, kb(s.raw), kb(s.gzip)]),
    ],
  );
}
