/**
 * The checks sheet "Kiểm tra": one row per finding, with its severity, sheet, unit, column, the
 * value found and the value expected, the message, a link to the offending cell and, for a finding
 * that follows from another cell's error, that cell, named and linked (fix it first). A sheet read
 * from another file (the web page's several files) is named with its file, and its cells are not linked. The same
 * layout type as the appendix, so each host writes it with its appendix writer.
 */
import { columnLetters, parseArea } from "../cells";
import { FIELD_LABELS, type DetectedTable } from "../detect";
import { causeWrong, WHOLE_PLAN, type Issue, type Lang, type Message } from "../findings";
import { APPENDIX_STYLES } from "./appendix-styles";
import { a4Landscape, type AppendixLayout, type CellStyle, type LayoutCell } from "./layout";

const HEADER_ROW = 3;

const WORDS = {
  vi: {
    sheetName: "Kiểm tra",
    title: "KẾT QUẢ KIỂM TRA SỐ LIỆU",
    headers: ["TT", "Mức độ", "Trang", "Ô", "Đơn vị", "Cột", "Giá trị", "Đúng ra", "Nội dung", "Nguyên nhân"],
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    none: "Không có phát hiện nào.",
  },
  en: {
    sheetName: "Checks",
    title: "DATA CHECKS",
    headers: ["No.", "Severity", "Sheet", "Cell", "Unit", "Column", "Value", "Expected", "Message", "Caused by"],
    severity: { error: "Error", warning: "Warning", info: "Note" },
    none: "No findings.",
  },
} as const;

const COLUMN_WIDTHS = [5, 10, 18, 8, 22, 18, 10, 10, 70, 24];
/** A line of the sheet's 11-point text. */
const LINE_POINTS = 15;

const STYLES = {
  title: APPENDIX_STYLES.title,
  header: APPENDIX_STYLES.header,
  order: APPENDIX_STYLES.order,
  text: { ...APPENDIX_STYLES.name, vertical: "top" },
  number: { font: APPENDIX_STYLES.order.font, horizontal: "right", vertical: "top", border: true },
} satisfies Record<string, CellStyle>;

/** Where a finding is: the unit on its row and the label of its column, as the tables say (the pane shows them too). */
export interface FindingPlace {
  unit: string | null;
  column: Message | null;
  /** For a knock-on finding, the label of the column of the cell it follows from (Issue.cause). */
  causeColumn: Message | null;
}

/**
 * A finder of findings' places over these tables: the rows and columns of each sheet are indexed once,
 * so placing every finding of a national table is not a scan of every unit per finding.
 */
export function findingPlaces(tables: DetectedTable[]): (issue: Issue) => FindingPlace {
  const sheets = new Map<string, { names: Map<number, string>; columns: Map<number, Message> }>();
  for (const table of tables) {
    let sheet = sheets.get(table.sheet);
    if (!sheet) sheets.set(table.sheet, (sheet = { names: new Map(), columns: new Map() }));
    const { names, columns } = sheet;
    const name = (row: { row: number; name: string }) => names.has(row.row) || names.set(row.row, row.name);
    table.units.forEach(name);
    for (const group of table.groups) {
      name(group.title);
      if (group.figures) name(group.figures);
    }
    if (table.total) name(table.total);
    for (const mapping of table.columns) if (!columns.has(mapping.col)) columns.set(mapping.col, FIELD_LABELS[mapping.field]);
  }
  const areaOf = (cell: string | null | undefined) => {
    if (!cell) return null;
    try {
      return parseArea(cell);
    } catch {
      return null;
    }
  };
  return (issue) => {
    const sheet = sheets.get(issue.sheet);
    const [area, cause] = sheet ? [areaOf(issue.cell), areaOf(issue.cause)] : [null, null];
    return {
      unit: (area && sheet?.names.get(area.top)) ?? null,
      column: (area && sheet?.columns.get(area.left)) ?? null,
      causeColumn: (cause && sheet?.columns.get(cause.left)) ?? null,
    };
  };
}

export function checksLayout(tables: DetectedTable[], issues: Issue[], lang: Lang): AppendixLayout {
  const words = WORDS[lang];
  const last = words.headers.length;
  const cells: LayoutCell[] = [{ row: 1, col: 1, value: words.title, style: "title" }];
  words.headers.forEach((text, i) => cells.push({ row: HEADER_ROW, col: i + 1, value: text, style: "header" }));
  const placeOf = findingPlaces(tables);
  issues.forEach((issue, i) => {
    const row = HEADER_ROW + 1 + i;
    const place = placeOf(issue);
    const datum = (col: number, value: string | number | null) =>
      cells.push({ row, col, value, style: typeof value === "number" ? "number" : "text" });
    cells.push({ row, col: 1, value: i + 1, style: "order" });
    datum(2, words.severity[issue.severity]);
    datum(3, sheetText(issue));
    cells.push({ row, col: 4, value: issue.cell, style: "text", ...linkTo(issue, issue.cell) });
    datum(5, place.unit);
    datum(6, place.column?.[lang] ?? null);
    datum(7, issue.actual);
    datum(8, issue.expected);
    datum(9, issue.message[lang]);
    cells.push({ row, col: 10, ...causeCell(issue, place, lang), style: "text" });
  });
  // The findings' rows only: the note that there are none spans the whole width.
  const heights = wrappedHeights(cells);
  const merges = [`A1:${columnLetters(last)}1`];
  let rowCount = HEADER_ROW + issues.length;
  if (issues.length === 0) {
    rowCount++;
    cells.push({ row: rowCount, col: 1, value: words.none, style: "text" });
    merges.push(`A${rowCount}:${columnLetters(last)}${rowCount}`);
  }
  return {
    sheetName: words.sheetName,
    cells,
    styles: STYLES,
    merges,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: { 1: 21, [HEADER_ROW]: 30, ...heights },
    frozenRows: HEADER_ROW,
    print: a4Landscape([HEADER_ROW, HEADER_ROW]),
    rowCount,
    columnCount: last,
  };
}

/** The cell a knock-on finding follows from, with its column's field, linked; empty for any other finding. */
function causeCell(issue: Issue, place: FindingPlace, lang: Lang): Pick<LayoutCell, "value" | "link"> {
  if (issue.cause === undefined) return { value: null };
  return { value: causeWrong(issue.cause, place.causeColumn?.[lang] ?? null, lang), ...linkTo(issue, issue.cause) };
}

/** The finding's sheet, none for the whole plan; one read from another file (Issue.source) with that file first: "gio-linh.xlsx › Sheet1". */
function sheetText(issue: Issue): string | null {
  if (issue.source) return `${issue.source.file} › ${issue.source.sheet}`;
  return issue.sheet === WHOLE_PLAN ? null : issue.sheet;
}

/** A link to a cell of the finding's sheet, unless that sheet is in another file, where a link would lead nowhere. */
function linkTo(issue: Issue, cell: string | null): Pick<LayoutCell, "link"> {
  return cell && !issue.source ? { link: { sheet: issue.sheet, cell } } : {};
}

/**
 * The height of each finding's row whose text wraps: LibreOffice (and so a printout of the .xlsx) keeps
 * rows one line high whatever they hold. A column holds about as many characters as its width, a few
 * more in the sheet's font, so a row is never too short.
 */
function wrappedHeights(cells: LayoutCell[]): Record<number, number> {
  const lines = new Map<number, number>();
  for (const { row, col, value, style } of cells) {
    if (row <= HEADER_ROW || style !== "text" || typeof value !== "string") continue;
    lines.set(row, Math.max(lines.get(row) ?? 1, Math.ceil(value.length / COLUMN_WIDTHS[col - 1])));
  }
  return Object.fromEntries([...lines].filter(([, count]) => count > 1).map(([row, count]) => [row, count * LINE_POINTS]));
}
