/**
 * Which column holds which field. The officer's choice (--map, the table's card) comes first: a column
 * the header words also read as that field is set aside, never read twice. Of two columns the words
 * give one meaning, the review year's figures are kept over an older year's ("Số hộ nghèo năm 2022"
 * beside "Số hộ nghèo" under a 2023 title), and the end of the review year's over the start's
 * ("Số hộ nghèo cuối năm" beside "… đầu năm").
 */
import { columnLetters, toA1, type SheetView } from "../cells";
import { type Issue, makeIssue } from "../findings";
import type { Field } from "./fields";
import type { HeaderBlock } from "./header-block";
import { classifyHeader, isStartOfYear } from "./header-vocabulary";
import type { ColumnMapping, ColumnOverride } from "./table";
import { titleReviewYear, yearIn } from "./table-context";

export function mapColumns(view: SheetView, block: HeaderBlock, overrides: ColumnOverride[]): { columns: ColumnMapping[]; issues: Issue[] } {
  const columns: ColumnMapping[] = [];
  const issues: Issue[] = [];
  const chosen = new Map<Field, number>();
  for (const o of overrides) if (o.field) chosen.set(o.field, o.col);
  // The review year a column's figures are from: its header's ("đầu năm 2024" is the 2023 review's), else the title's.
  // Read from the titles only when two columns compete: every text above the header is scanned.
  let undated: number | undefined;
  const startsYear = (header: string[]) => header.some(isStartOfYear);
  const yearOf = (header: string[]) => {
    const year = headerYear(header);
    if (!year) return (undated ??= titleReviewYear(view, block.top) ?? 0);
    return startsYear(header) ? year - 1 : year;
  };
  let before: Field | null = null;
  for (const [col, header] of block.paths) {
    const override = overrides.find((o) => o.col === col);
    const field: Field | null = override ? override.field : col === block.nameCol ? "name" : classifyHeader(header, before);
    if (!field) continue;
    const column = { field, col, header };
    const officers = chosen.get(field);
    if (!override && officers !== undefined) {
      issues.push(
        makeIssue("column-set-aside-for-map", { sheet: view.sheet, cell: toA1(block.bottom, col) }, { field, cells: columnLetters(col), text: columnLetters(officers), name: header[header.length - 1] }),
      );
      continue;
    }
    const first = columns.find((c) => c.field === field);
    if (first && !override && (yearOf(header) !== yearOf(first.header) || startsYear(header) !== startsYear(first.header))) {
      const later = yearOf(header) > yearOf(first.header) || (yearOf(header) === yearOf(first.header) && startsYear(first.header));
      if (later) columns.splice(columns.indexOf(first), 1, column);
      const [aside, kept] = later ? [first, column] : [column, first];
      const code = yearOf(aside.header) === yearOf(kept.header) ? "start-of-year-column" : "older-year-column";
      issues.push(
        makeIssue(code, { sheet: view.sheet, cell: toA1(block.bottom, aside.col) }, {
          field,
          cells: columnLetters(aside.col),
          text: columnLetters(kept.col),
          name: aside.header[aside.header.length - 1],
          actual: yearOf(aside.header),
          expected: yearOf(kept.header),
        }),
      );
      if (!later) continue;
    } else if (first) {
      issues.push(makeIssue("duplicate-column", { sheet: view.sheet, cell: toA1(block.bottom, col) }, { field, text: columnLetters(first.col) }));
      continue;
    } else {
      columns.push(column);
    }
    before = field;
  }
  return { columns, issues };
}

function headerYear(header: string[]): number {
  return header.reduce((latest, text) => Math.max(latest, yearIn(text) ?? 0), 0);
}
