/** Sorting the rows under a header: units, the total row, and rows to pass over. */
import { toA1, parseNumber, decimalsShown, type SheetView, fold } from "../cells";
import { isCountField, type Field } from "./fields";
import type { HeaderBlock } from "./header-block";
import type { ColumnMapping, ReadCell, TableRow } from "./table";

export type RowKind = "unit" | "total" | "group" | "subtotal" | "skip";

// "Cộng", "Cộng toàn huyện" and "Tổng số (I+II)" are totals; "Cộng Hòa" and "Xã Tổng Cọ" are communes.
const TOTAL =
  /^(toan (tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|quoc)\b|ca nuoc\b|tong cong\b|tong hop chung\b|(tong so|tong|cong) (toan|chung|ca)\b|(tong so|tong|cong) \(.*\)$|(tong so|tong|cong|chung)[\s:.]*$)/;
/** "Cộng I", "Tổng số khu vực II": a group's subtotal, after its units. */
const SUBTOTAL = /^(tong so|tong|cong)( khu vuc| nhom)? ([ivx]+|[a-d])[\s:.]*$/;
const NOTE = /^(ghi chu|chu thich|nguon|luu y|\*|nguoi lap|lap bieu|thu truong|kt\.|tm\.|giam doc|chu tich|ngay \d)/;
const GROUP_ORDER = /^([ivxlc]+|[a-h])\.?$/;
const GROUP_NAME = /^([ivxlc]+|[a-h])[.)-]\s/;

export function readRow(view: SheetView, block: HeaderBlock, columns: ColumnMapping[], row: number): TableRow {
  const orderText = block.orderCol === null ? "" : view.text(row, block.orderCol);
  const nameText = view.text(row, block.nameCol);
  const useOrderCell = nameText === "" && orderText !== "" && !/^\d+$/.test(orderText);
  const cells: Partial<Record<Field, ReadCell>> = {};
  for (const { field, col } of columns) {
    if (field === "name" || field === "order") continue;
    const raw = view.value(row, col);
    const format = view.numberFormat(row, col);
    const parsed = parseNumber(raw, isCountField(field) ? "count" : "ratio");
    const decimals = decimalsShown(raw, parsed.value, format);
    const value = typeof raw === "number" && parsed.value !== null && isPercentFormat(format) ? asPercent(parsed.value) : parsed.value;
    // Written out, not spread in: spreading `{ problem }` into 50,000 cells costs more than reading them.
    const cell = toA1(row, col);
    cells[field] = parsed.problem ? { cell, raw, value, decimals, problem: parsed.problem } : { cell, raw, value, decimals };
  }
  return {
    row,
    name: useOrderCell ? orderText : nameText,
    nameCell: toA1(row, useOrderCell ? (block.orderCol as number) : block.nameCol),
    cells,
    group: null,
  };
}

/** Whether each number format shows percent, read once: a table has a handful of formats and 50,000 figures. */
const PERCENT_FORMATS = new Map<string, boolean>();

/** A cell formatted "0.00%" holds 0.0136 for 1,36 %: the tables' rates are in percent. */
function isPercentFormat(format: string | null): boolean {
  if (format === null) return false;
  let percent = PERCENT_FORMATS.get(format);
  if (percent === undefined) PERCENT_FORMATS.set(format, (percent = /%/.test(format.replace(/"[^"]*"|\\./g, ""))));
  return percent;
}

function asPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

export function classifyRow(view: SheetView, block: HeaderBlock, row: TableRow): RowKind {
  const name = fold(row.name);
  const cells = Object.values(row.cells);
  const filled = cells.some((cell) => cell && cell.raw !== null && cell.raw !== "");
  if (!filled && name === "") return "skip";
  if (SUBTOTAL.test(name)) return filled ? "subtotal" : "skip";
  if (TOTAL.test(name)) return filled ? "total" : "skip";
  if (NOTE.test(name)) return "skip";
  if (isGroupRow(view, block, row, name)) return "group";
  if (name === "") return "skip";
  const orderText = block.orderCol === null ? "" : view.text(row.row, block.orderCol);
  // A named row without a single figure (a signature line, a note) is a unit with missing or
  // unreadable data only when it is numbered like one.
  const figures = cells.some((cell) => cell?.value !== null || cell?.problem === "error-value");
  if (!figures) return /^\d+$/.test(orderText) ? "unit" : "skip";
  return "unit";
}

function isGroupRow(view: SheetView, block: HeaderBlock, row: TableRow, foldedName: string): boolean {
  const orderText = block.orderCol === null ? "" : fold(view.text(row.row, block.orderCol));
  return GROUP_ORDER.test(orderText) || GROUP_NAME.test(foldedName);
}
