/** Words about the sheets not read (the officer chose the active sheet or the selection). */
import type { Lang } from "../engine";

const vi = {
  otherTables: (count: string, sheets: string) => `Sổ còn ${count} trang có bảng: ${sheets}.`,
  readAll: "Đọc tất cả",
};

const en: typeof vi = {
  otherTables: (count, sheets) => `${count} more ${count === "1" ? "sheet holds" : "sheets hold"} a table: ${sheets}.`,
  readAll: "Read them all",
};

export const SHEETS_STRINGS: Record<Lang, typeof vi> = { vi, en };
