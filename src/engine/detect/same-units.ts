/**
 * Tables listing the same units are not parts of one whole: one review year a sheet ("Năm 2022",
 * "Năm 2023") would count every unit twice if added up, and a table under the main one that lists
 * its units again without their households (the poor households' deprivations) is a breakdown.
 */
import { nameKey, toA1, type SheetView } from "../cells";
import { type Issue, makeIssue } from "../findings";
import type { HeaderBlock } from "./header-block";
import type { DetectedTable, TableRow } from "./table";

const keys = (units: TableRow[]) => new Set(units.map((u) => nameKey(u.name)));

/** Most of these names (at least two, and four in five) are among the others: one different unit does not part two lists. */
function mostlyAmong(names: Set<string>, others: Set<string>): boolean {
  let shared = 0;
  for (const name of names) if (others.has(name)) shared++;
  return shared >= 2 && shared >= 0.8 * names.size;
}

function sameUnits(a: Set<string>, b: Set<string>): boolean {
  return a.size <= b.size ? mostlyAmong(a, b) : mostlyAmong(b, a);
}

/** The names under a header block that lacks a required column repeat a table above it on the sheet. */
export function isBreakdown(view: SheetView, block: HeaderBlock, lastRow: number, above: DetectedTable[]): boolean {
  const names = new Set<string>();
  for (let row = block.firstDataRow; row <= lastRow; row++) names.add(nameKey(view.text(row, block.nameCol)));
  return above.some((table) => mostlyAmong(keys(table.units), names));
}

interface SheetUnits {
  sheet: string;
  year: number | null;
  names: Set<string>;
}

/**
 * Of sheets holding the same units, one is planned: the latest year's when every one states its
 * year, else the last sheet. Each other sheet is an error naming both, so the officer chooses one
 * and nothing is ever summed twice, even with the errors allowed.
 */
export function keepOneSheetOfSameUnits(all: DetectedTable[], fileOf: (sheet: string) => string | undefined = () => undefined): { tables: DetectedTable[]; issues: Issue[] } {
  const { tables, issues } = keepOneTableOfSameUnits(all);
  const sheets = new Set(tables.map((t) => t.sheet));
  // One sheet has no other to repeat: the 10,000 name keys of a national table were a tenth of analyze.
  if (sheets.size < 2) return { tables, issues };
  const entries: SheetUnits[] = [];
  for (const sheet of sheets) {
    const own = tables.filter((t) => t.sheet === sheet);
    entries.push({ sheet, year: yearOf(own[0]), names: keys(own.flatMap((t) => t.units)) });
  }
  const passedOver = new Set<string>();
  // Sheets in workbook order: the last of the latest year wins.
  for (const { kept, others } of oneOfSameUnits(entries, (s) => s.names, (s) => s.year)) {
    for (const other of others) {
      passedOver.add(other.sheet);
      const [otherFile, keptFile] = [fileOf(other.sheet), fileOf(kept.sheet)];
      const files: [string, string] | undefined = otherFile && keptFile ? [otherFile, keptFile] : undefined;
      issues.push(makeIssue("same-units-sheets", { sheet: other.sheet, cell: null }, { sheet: other.sheet, text: kept.sheet, actual: other.year ?? undefined, expected: kept.year ?? undefined, files }));
    }
  }
  return { tables: tables.filter((t) => !passedOver.has(t.sheet)), issues };
}

/** The year a table states, its review's else its plan's. */
const yearOf = (table: DetectedTable) => table.baseYear ?? table.planYear;

/**
 * Items (sheets, or tables of one sheet) grouped by the units they list, each group of two or more with
 * the one kept: the latest year's when every one states its year, else the last in order.
 */
function oneOfSameUnits<T>(items: T[], namesOf: (item: T) => Set<string>, year: (item: T) => number | null): { kept: T; others: T[] }[] {
  const clusters: T[][] = [];
  for (const item of items) {
    const cluster = clusters.find((c) => sameUnits(namesOf(c[0]), namesOf(item)));
    if (cluster) cluster.push(item);
    else clusters.push([item]);
  }
  return clusters
    .filter((c) => c.length > 1)
    .map((cluster) => {
      const byYear = cluster.every((item) => year(item) !== null);
      const kept = cluster.reduce((best, item) => (!byYear || (year(item) ?? 0) >= (year(best) ?? 0) ? item : best));
      return { kept, others: cluster.filter((item) => item !== kept) };
    });
}

/** The unit column's header cell, naming a table among others on its sheet. */
function headerCell(table: DetectedTable): string {
  return toA1(table.headerTop, table.columns.find((c) => c.field === "name")?.col ?? 1);
}

/**
 * Of tables on one sheet listing the same units (one review year under another), one is planned, as of
 * sheets: the latest year's when each states its year, else the lowest. Each other is an error naming both header cells.
 */
function keepOneTableOfSameUnits(tables: DetectedTable[]): { tables: DetectedTable[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const passedOver = new Set<DetectedTable>();
  for (const sheet of new Set(tables.map((t) => t.sheet))) {
    const own = tables.filter((t) => t.sheet === sheet);
    if (own.length < 2) continue;
    const names = new Map(own.map((t) => [t, keys(t.units)]));
    // Tables in sheet order: the lowest of the latest year wins.
    for (const { kept, others } of oneOfSameUnits(own, (t) => names.get(t) as Set<string>, yearOf)) {
      for (const other of others) {
        passedOver.add(other);
        const cell = headerCell(other);
        issues.push(makeIssue("same-units-tables", { sheet, cell }, { sheet, cells: cell, text: headerCell(kept), actual: yearOf(other) ?? undefined, expected: yearOf(kept) ?? undefined }));
      }
    }
  }
  return { tables: tables.filter((t) => !passedOver.has(t)), issues };
}
