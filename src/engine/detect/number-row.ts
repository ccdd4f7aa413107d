/**
 * A table row whose every figure cell holds a readable number, shown as it is (no "%" format), as
 * nearly all of a national table's 10,000 rows do. Its figures and the decimals they show are read
 * from the sheet when asked, and its cells (a ReadCell each, with its address) are made only when
 * something asks for `cells`: a finding's address, an estimate of households. Made for every row,
 * those cells were 4.6 of the 11.4 MB an analysis of 10,600 units allocated, and most of what V8's
 * young generation copied. The rules and the plan read the figures through row-values.ts. Nothing is
 * copied per row: an array of its numbers had V8 box each again as it was read (the plan's time
 * tripled), and one of its decimals was 1.9 MB of small arrays.
 */
import { cellAddress, decimalsShown, type CellValue } from "../cells";
import type { Field } from "./fields";
import type { RowReading } from "./rows";
import { type HouseholdsEstimate, type ReadCell, ReadFigure, type TableRow } from "./table";

export class NumberRow implements TableRow {
  group: number | null = null;
  /** The cells once made: read from then on, as a row's cells may be changed (households estimated). */
  private made: Partial<Record<Field, ReadCell>> | null = null;

  constructor(
    public row: number,
    public name: string,
    public nameCell: string,
    private readonly reading: RowReading,
  ) {}

  get cells(): Partial<Record<Field, ReadCell>> {
    return (this.made ??= this.makeCells());
  }

  /** As a row read into cells is written out, so the two kinds of row are one to JSON. */
  toJSON(): TableRow {
    return { row: this.row, name: this.name, nameCell: this.nameCell, cells: this.cells, group: this.group };
  }

  /** The field's column among the figures, or -1 when the table has none. */
  private indexOf(field: Field): number {
    return this.reading.slots[field];
  }

  value(field: Field): number | null {
    if (this.made) return this.made[field]?.value ?? null;
    const i = this.indexOf(field);
    return i < 0 ? null : (this.sheetValue(i) as number);
  }

  /** What the sheet holds in figure column `i` of this row (a number, in a row of numbers). */
  private sheetValue(i: number): CellValue {
    return this.reading.view.value(this.row, this.reading.figures[i].col);
  }

  /** The decimals cell `i` of the figures shows: its format's, else its number's own. */
  private decimalsAt(i: number): number {
    const raw = this.sheetValue(i);
    return decimalsShown(raw, raw as number, this.reading.view.numberFormat(this.row, this.reading.figures[i].col));
  }

  decimals(field: Field): number {
    if (this.made) return this.made[field]?.decimals ?? 0;
    const i = this.indexOf(field);
    return i < 0 ? 0 : this.decimalsAt(i);
  }

  /** The cell's address; undefined when the table has no such column. */
  address(field: Field): string | undefined {
    if (this.made) return this.made[field]?.cell;
    const i = this.indexOf(field);
    return i < 0 ? undefined : cellAddress(this.row, this.reading.figures[i].col);
  }

  raw(field: Field): CellValue | undefined {
    if (this.made) return this.made[field]?.raw;
    const i = this.indexOf(field);
    return i < 0 ? undefined : this.sheetValue(i);
  }

  /** Only a made cell can hold an estimate (estimateHouseholds sets it through `cells`). */
  estimate(field: Field): HouseholdsEstimate | undefined {
    return this.made?.[field]?.estimate;
  }

  /** The figure columns while no cell is made (every one holds a number), else null. */
  numberFields(): readonly { field: Field }[] | null {
    return this.made ? null : this.reading.figures;
  }

  /** The cells as the rows read into cells hold them, in the columns' order, each the same shape. */
  private makeCells(): Partial<Record<Field, ReadCell>> {
    const cells = { ...this.reading.emptyCells };
    this.reading.figures.forEach((column, i) => {
      const raw = this.sheetValue(i);
      cells[column.field] = new ReadFigure(cellAddress(this.row, column.col), raw, raw as number, this.decimalsAt(i));
    });
    return cells;
  }
}
