/**
 * Finding the header block: 1 to 4 rows with merged group cells, anchored on the unit-name header,
 * possibly followed by a row of column numbers ("A", "B", "1", "4=3/1*100") that is skipped.
 */
import { GROUP_HEADER_WORDS, isNameHeader, isOrderHeader, mayBeNameHeader } from "./header-vocabulary";
import { parseNumber, type SheetView, fold } from "../cells";

export interface HeaderBlock {
  top: number;
  bottom: number;
  nameCol: number;
  orderCol: number | null;
  /** First row after the header (and after its column-number row). */
  firstDataRow: number;
  /** Per sheet column, the header texts from top to bottom without repeats. */
  paths: Map<number, string[]>;
}

const MAX_HEADER_ROWS = 4;
const MAX_GROUP_TEXT = 60;
const ROW_NUMBER = /^([ivxlc]+|[a-h]|\d+)[.)]?$/;
const COLUMN_NUMBER = /^[([]?([a-z]|\d{1,2}|[ivx]{1,4})[)\]]?(\s*[=+\-*/x:]\s*[([]?(\d{1,3}|[a-z])[)\]]?)*(\s*\*\s*100)?$/;

/**
 * The sheet's header blocks, top down. `lastRow` stops the search for name headers there (a block
 * found still reads the rows below it): the pane wants one table's header, not 10,000 rows scanned.
 */
export function findHeaderBlocks(view: SheetView, lastRow = view.bottom): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (let row = view.top; row <= lastRow; row++) {
    const nameCol = findNameColumn(view, row);
    if (nameCol === null || isNumberedRow(view, row, nameCol)) continue;
    const block = buildBlock(view, row, nameCol);
    if (block) {
      blocks.push(block);
      row = block.firstDataRow;
    }
  }
  return blocks;
}

/** Only text names the unit column: the rows under a header, 10,000 of them, hold mostly figures not worth folding. */
function findNameColumn(view: SheetView, row: number): number | null {
  for (let col = view.left; col <= view.right; col++) {
    if (typeof view.value(row, col) !== "string") continue;
    const text = view.text(row, col);
    if (mayBeNameHeader(text) && isNameHeader(text)) return col;
  }
  return null;
}

/**
 * "III | Thành phố, thị xã, huyện đảo": a group numbered in the order column is a row of the table,
 * however much its name reads like the units' header ("TT" or nothing stands left of a header).
 */
function isNumberedRow(view: SheetView, row: number, nameCol: number): boolean {
  for (let col = view.left; col < nameCol; col++) if (ROW_NUMBER.test(fold(view.text(row, col)))) return true;
  return false;
}

function buildBlock(view: SheetView, anchor: number, nameCol: number): HeaderBlock | null {
  let top = anchor;
  while (top > view.top && anchor - top + 1 < MAX_HEADER_ROWS && isGroupRowAbove(view, top - 1, nameCol)) top--;
  let bottom = anchor;
  while (bottom + 1 <= view.bottom && bottom - top + 1 < MAX_HEADER_ROWS && isHeaderRow(view, bottom + 1, nameCol)) bottom++;
  let firstDataRow = bottom + 1;
  if (firstDataRow <= view.bottom && isColumnNumberRow(view, firstDataRow)) firstDataRow++;
  const orderCol = findOrderColumn(view, top, bottom, nameCol);
  return { top, bottom, nameCol, orderCol, firstDataRow, paths: headerPaths(view, top, bottom) };
}

/**
 * A row above the name header belongs to the header when it only holds group texts over data
 * columns. A title typed in one cell is no group: it is long, or it stands unmerged in a sheet
 * whose groups are merged.
 */
function isGroupRowAbove(view: SheetView, row: number, nameCol: number): boolean {
  let any = false;
  for (let col = view.left; col <= view.right; col++) {
    const text = view.text(row, col);
    if (!text) continue;
    if (col <= nameCol || !GROUP_HEADER_WORDS.test(fold(text)) || text.length > MAX_GROUP_TEXT || speaksOfWholeTable(text)) return false;
    if (view.merges.length > 0 && !view.merges.some((m) => m.top === row && m.left === col)) return false;
    any = true;
  }
  return any;
}

/** "Kết quả rà soát và chỉ tiêu …": a title over the whole table names both the review and the plan. */
function speaksOfWholeTable(text: string): boolean {
  const folded = fold(text);
  return /ket qua|ra soat|thuc hien/.test(folded) && /chi tieu|ke hoach|phan dau|du kien/.test(folded);
}

/**
 * Below the anchor, header rows hold text but no figures. A row left blank under headers merged down
 * over it (the name header's "B5:B7") is still header: the column numbers under it are not a unit.
 */
function isHeaderRow(view: SheetView, row: number, nameCol: number): boolean {
  if (isColumnNumberRow(view, row)) return false;
  if (view.isBlankRow(row)) return isMergedFromAbove(view, row, nameCol);
  if (view.text(row, nameCol) !== "" && !isMergedFromAbove(view, row, nameCol)) return false;
  let figures = 0;
  for (let col = view.left; col <= view.right; col++) {
    if (parseNumber(view.value(row, col), "ratio").value !== null) figures++;
  }
  return figures === 0;
}

function isMergedFromAbove(view: SheetView, row: number, col: number): boolean {
  return view.merges.some((m) => m.top < row && row <= m.bottom && col >= m.left && col <= m.right);
}

export function isColumnNumberRow(view: SheetView, row: number): boolean {
  let tokens = 0;
  for (let col = view.left; col <= view.right; col++) {
    const text = fold(view.text(row, col));
    if (!text) continue;
    if (!COLUMN_NUMBER.test(text)) return false;
    tokens++;
  }
  return tokens >= 3;
}

function findOrderColumn(view: SheetView, top: number, bottom: number, nameCol: number): number | null {
  for (let col = view.left; col < nameCol; col++) {
    for (let row = top; row <= bottom; row++) if (isOrderHeader(view.headerText(row, col))) return col;
  }
  return null;
}

/**
 * Header paths per column. Without merge information a group text sits in its first cell only, so it
 * is carried right over blanks that have a header below them and the same group above.
 */
function headerPaths(view: SheetView, top: number, bottom: number): Map<number, string[]> {
  const texts: string[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: string[] = [];
    for (let col = view.left; col <= view.right; col++) line.push(view.headerText(row, col));
    texts.push(line);
  }
  for (let r = 0; r < texts.length - 1; r++) {
    for (let c = 1; c < texts[r].length; c++) {
      const sameGroupAbove = r === 0 || texts[r - 1][c] === texts[r - 1][c - 1];
      if (texts[r][c] === "" && texts[r][c - 1] !== "" && texts[r + 1][c] !== "" && sameGroupAbove && !startsOwnColumn(texts, r, c)) {
        texts[r][c] = texts[r][c - 1];
      }
    }
  }
  const paths = new Map<number, string[]>();
  texts[0].forEach((_, c) => {
    const path: string[] = [];
    for (const line of texts) if (line[c] && line[c] !== path[path.length - 1]) path.push(line[c]);
    paths.set(view.left + c, path);
  });
  return paths;
}

/** The cell to the left heads a column of its own (nothing under it), so it is no group. */
function startsOwnColumn(texts: string[][], r: number, c: number): boolean {
  return texts.slice(r + 1).every((line) => line[c - 1] === "" || line[c - 1] === texts[r][c - 1]);
}
