/** Words of the findings list (grouped findings, a finding's fields on the web page), loaded with step 2. */
import type { Lang } from "../engine";

const vi = {
  columnRows: (column: string, rows: string, differ: boolean) => `Cột ${column}: ${rows} dòng ${differ ? "lệch" : "cần xem"}`,
  unit: "Đơn vị",
  column: "Cột",
  value: "Giá trị",
  expected: "Đúng ra",
  cause: "Nguyên nhân",
};

const en: typeof vi = {
  columnRows: (column, rows, differ) => `Column ${column}: ${rows} rows ${differ ? "differ" : "to check"}`,
  unit: "Unit",
  column: "Column",
  value: "Value",
  expected: "Expected",
  cause: "Caused by",
};

export const FINDINGS_STRINGS: Record<Lang, typeof vi> = { vi, en };
