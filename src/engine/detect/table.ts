/** A unit table found in a grid: where its header is, which column holds which field, and its rows. */
import type { CellValue } from "../cells";
import type { Field } from "./fields";

export interface ColumnMapping {
  field: Field;
  /** 1-based sheet column. */
  col: number;
  /** The header texts from the top group down to the column's own, as written. */
  header: string[];
}

/** One cell read as a number, or why it could not be. */
export interface ReadCell {
  /** A1 address. */
  cell: string;
  raw: CellValue;
  /** null when empty or unreadable; see `problem`. */
  value: number | null;
  problem?: "error-value" | "not-a-number";
  /** Decimals the cell shows (its format, or as typed): tolerances are half a unit of the last one. */
  decimals: number;
  /** Households the table does not give, estimated from a count and its rate (`cell` is the rate's). */
  estimate?: HouseholdsEstimate;
}

/**
 * A cell read under the header. A class, not an object literal, as SortedRow explains (groups.ts): a
 * table typed as text reads 50,000 of them. `problem` is set only when there is one, as ReadCell has it.
 */
export class ReadFigure implements ReadCell {
  cell: string;
  raw: CellValue;
  value: number | null;
  decimals: number;
  problem?: ReadCell["problem"];

  constructor(cell: string, raw: CellValue, value: number | null, decimals: number, problem?: ReadCell["problem"]) {
    this.cell = cell;
    this.raw = raw;
    this.value = value;
    this.decimals = decimals;
    if (problem) this.problem = problem;
  }
}

export interface HouseholdsEstimate {
  /** The count and the rate the estimate comes from: households = count ÷ rate × 100. */
  count: Field;
  rate: Field;
  /** How far the true figure can be, given the decimals the rate shows. */
  margin: number;
}

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  name: string;
  /** Address of the name cell. */
  nameCell: string;
  cells: Partial<Record<Field, ReadCell>>;
  /** Index into DetectedTable.groups of the group the unit is listed under, or null. */
  group: number | null;
}

/**
 * A group of units ("I. Khu vực thành thị", a district above its communes): its title row, and the
 * row carrying its figures when it has them (the title row itself, or a "Cộng I" after its units).
 */
export interface TableGroup {
  title: TableRow;
  /** The source's own label in the order column ("I", "A"), when it has one. */
  order: string | null;
  figures: TableRow | null;
}

export interface DetectedTable {
  sheet: string;
  /** The unit named in the title above the header ("HUYỆN A LƯỚI"), else null. */
  titleUnit: string | null;
  /** Years read from the header ("Kết quả rà soát năm 2020" → 2020), when written. */
  baseYear: number | null;
  planYear: number | null;
  /** The cells stating those years (A1), to point at when the officer's years contradict them. */
  baseYearCell: string | null;
  planYearCell: string | null;
  /** Growth in percent read from the header ("tăng khoảng 0,7%"), when written. */
  growthPercent: number | null;
  /** Titled like an appendix this tool writes ("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM …"). */
  isAppendix: boolean;
  headerTop: number;
  headerBottom: number;
  columns: ColumnMapping[];
  units: TableRow[];
  groups: TableGroup[];
  total: TableRow | null;
}

/** A unit table whose required columns were not all recognised: the officer can map them. */
export interface IncompleteTable {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  /** The unit-name header cell. */
  nameCell: string;
  columns: ColumnMapping[];
  missing: Field[];
}

/** An officer's correction of the detected mapping, remembered by the hosts. */
export interface ColumnOverride {
  sheet: string;
  col: number;
  /** null removes the column from the mapping. */
  field: Field | null;
}
