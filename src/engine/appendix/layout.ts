/**
 * The appendix as host-independent data: every cell's value or formula and style, merges,
 * widths and print setup. The Excel adapter and the .xlsx adapter both write exactly this.
 */
import type { PlacedRow } from "./rows";
import type { PlanRow } from "../plan";

export interface CellFont {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
}

export interface CellStyle {
  font: CellFont;
  /** Excel number format code ("#,##0", "0.00"); absent means General. */
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
}

export interface LayoutCell {
  /** 1-based sheet row and column. */
  row: number;
  col: number;
  /**
   * The value shown: for a formula cell, the engine's computed result (cached in the file).
   * Text is always data: hosts write it as text even when it starts with = + - @.
   */
  value: string | number | null;
  /** Excel formula without the leading "=", in A1 references, English function names. */
  formula?: string;
  /** Key into AppendixLayout.styles. */
  style: string;
  /** A link to a cell of the workbook (the checks sheet's "go to the cell"); the value is its text. */
  link?: { sheet: string; cell: string };
}

/** The single-year appendix's rows: each its plan row (a unit, a group's subtotal, the total). */
export interface YearRows {
  kind: "year";
  rows: PlacedRow<PlanRow>[];
  growthPercent: number;
  /** Columns P to U, near-poor households, are planned too. */
  nearPoor: boolean;
  /** The total row's households are the table's own, its units having none (householdsGivenOnTotal). */
  householdsGivenOnTotal: boolean;
}

/** The period appendix's rows: each its plan row in every year of the period, first year first. */
export interface PeriodRows {
  kind: "period";
  rows: PlacedRow<PlanRow[]>[];
  growthPercent: number;
  householdsGivenOnTotal: boolean;
}

export type PlanRows = YearRows | PeriodRows;

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  /** Fit to this many pages wide; height is free. */
  fitToWidth: number;
  /** Sheet rows repeated at the top of each printed page (first, last). */
  repeatRows: [number, number];
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  horizontalCentered: boolean;
  /** What prints ("A1:O40"), when not the whole used range (the chart's data block stays out). */
  area?: string;
  /** Rows that start a new printed page (the chart after the table). */
  pageBreaksBefore?: number[];
}

export interface AppendixLayout {
  /** Preferred sheet name; hosts add " (2)", " (3)" … when it is taken. */
  sheetName: string;
  /**
   * The cells held one by one: the title and header, notes, the chart's data block, the checks
   * sheet. Hosts read every cell through layoutCells / forEachLayoutCell, which add planRows'.
   */
  cells: LayoutCell[];
  /**
   * The plan's rows, one record per sheet row, on consecutive rows (10,600 for a national table)
   * instead of one object per cell: their cells are made when a host reads them. Nothing in
   * `cells` lies on these rows.
   */
  planRows?: PlanRows;
  styles: Record<string, CellStyle>;
  merges: string[];
  /** Widths in Excel character units; index 0 is column A. */
  columnWidths: number[];
  /** Heights in points, by 1-based row number, for rows that need one. */
  rowHeights: Record<number, number>;
  /** Rows frozen at the top (the header stays visible when scrolling). */
  frozenRows: number;
  print: PrintSetup;
  /** A chart drawn beside the table, from cells of this layout. */
  chart?: ChartSpec;
  /** Number of rows and columns the layout covers. */
  rowCount: number;
  columnCount: number;
}

/**
 * A clustered bar chart over cells of its own sheet, described once so that both hosts draw the
 * same chart. References are A1 areas on the layout's sheet (the hosts add the sheet's name).
 */
export interface ChartSpec {
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  /** The categories' cells (unit names), one column. */
  categories: string;
  /** One series per column of values, each with the cell holding its name. */
  series: { nameCell: string; name: string; values: string; cached: (number | null)[] }[];
  /** The categories' texts as computed, for files whose reader does not recalculate. */
  cachedCategories: string[];
  /** The number format of the values ("0.00"). */
  numberFormat: string;
  /** Top-left and bottom-right cells the chart covers. */
  anchor: { from: string; to: string };
}

/** "'Huyện A Lưới'!D87": a reference to an area of a sheet, the name always quoted and its ' doubled. */
export function sheetQualified(sheet: string, area: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${area}`;
}

/** A4 landscape, one page wide, centred, these rows repeated on every page: the appendix's and the checks sheet's. */
export function a4Landscape(repeatRows: [number, number]): PrintSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: 1,
    repeatRows,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
  };
}
