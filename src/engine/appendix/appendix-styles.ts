/** The appendix's styles: the seed's look, Times New Roman as Vietnamese official documents use. */
import type { CellStyle } from "./layout";

const FONT = "Times New Roman";

export const COUNT_FORMAT = "#,##0";
export const RATE_FORMAT = "0.00";

export const APPENDIX_STYLES = {
  label: { font: { name: FONT, size: 12, bold: true }, horizontal: "left" },
  title: { font: { name: FONT, size: 13, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  subtitle: { font: { name: FONT, size: 12, italic: true }, horizontal: "center", vertical: "middle", wrap: true },
  header: { font: { name: FONT, size: 11, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: true },
  order: { font: { name: FONT, size: 11 }, horizontal: "center", vertical: "middle", border: true },
  name: { font: { name: FONT, size: 11 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  count: { font: { name: FONT, size: 11 }, numberFormat: COUNT_FORMAT, horizontal: "right", vertical: "middle", border: true },
  rate: { font: { name: FONT, size: 11 }, numberFormat: RATE_FORMAT, horizontal: "right", vertical: "middle", border: true },
  totalName: { font: { name: FONT, size: 11, bold: true }, horizontal: "center", vertical: "middle", border: true },
  totalCount: { font: { name: FONT, size: 11, bold: true }, numberFormat: COUNT_FORMAT, horizontal: "right", vertical: "middle", border: true },
  totalRate: { font: { name: FONT, size: 11, bold: true }, numberFormat: RATE_FORMAT, horizontal: "right", vertical: "middle", border: true },
  groupOrder: { font: { name: FONT, size: 11, bold: true }, horizontal: "center", vertical: "middle", border: true },
  /** Households estimated from a count and its rate: italic, explained in the note under the table. */
  estimatedCount: { font: { name: FONT, size: 11, italic: true }, numberFormat: COUNT_FORMAT, horizontal: "right", vertical: "middle", border: true },
  totalEstimatedCount: { font: { name: FONT, size: 11, bold: true, italic: true }, numberFormat: COUNT_FORMAT, horizontal: "right", vertical: "middle", border: true },
  note: { font: { name: FONT, size: 11, italic: true }, horizontal: "left", vertical: "top", wrap: true },
  groupName: { font: { name: FONT, size: 11, bold: true }, horizontal: "left", vertical: "middle", wrap: true, border: true },
} satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof APPENDIX_STYLES;
