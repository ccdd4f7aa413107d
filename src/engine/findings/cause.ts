/**
 * How a knock-on finding names its cause (Issue.cause): the cell and its column's field, said to be
 * wrong. One wording for the pane's findings and the checks sheet the officer prints.
 */
import type { Lang } from "./issue";

/** "K17 (Số hộ nghèo) sai" / "K17 (Poor households), which is wrong"; the column when a table maps it. */
export function causeWrong(cell: string, column: string | null, lang: Lang): string {
  const named = `${cell}${column ? ` (${column})` : ""}`;
  return lang === "vi" ? `${named} sai` : `${named}, which is wrong`;
}
