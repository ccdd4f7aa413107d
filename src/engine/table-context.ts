/** What the title and header say about a table: the unit it belongs to, its years and growth. */
import type { HeaderBlock } from "./header-block";
import { isPlanPath } from "./header-vocabulary";
import { parseNumber } from "./numbers";
import type { SheetView } from "./sheet-view";
import { fold, sliceFromFolded, titleCaseIfShouting } from "./text";

export interface TableContext {
  titleUnit: string | null;
  baseYear: number | null;
  planYear: number | null;
  growthPercent: number | null;
  isAppendix: boolean;
}

const UNIT_IN_TITLE = /\b(huyen|thi xa|thanh pho|quan|thi tran|phuong|xa) (?!hoi\b|ngheo\b)/;
const YEAR = /nam (\d{4})/;
const APPENDIX_TITLE = /chi tieu phan dau giam ty le ho ngheo/;

export function readTableContext(view: SheetView, block: HeaderBlock): TableContext {
  let baseYear: number | null = null;
  let planYear: number | null = null;
  let growthPercent: number | null = null;
  for (const path of block.paths.values()) {
    const inPlan = isPlanPath(path);
    for (const text of path) {
      const year = YEAR.exec(fold(text));
      if (year && inPlan) planYear ??= Number(year[1]);
      else if (year) baseYear ??= Number(year[1]);
      const growth = /tang (khoang )?([\d.,]+) ?%/.exec(fold(text));
      if (growth) growthPercent ??= parseNumber(growth[2], "ratio").value;
    }
  }
  return { titleUnit: findTitleUnit(view, block.top), baseYear, planYear, growthPercent, isAppendix: hasAppendixTitle(view, block.top) };
}

/** "UBND HUYỆN A LƯỚI" or "Kết quả rà soát … huyện A Lưới năm 2020" above the header. */
function findTitleUnit(view: SheetView, headerTop: number): string | null {
  for (let row = view.top; row < headerTop; row++) {
    for (let col = view.left; col <= view.right; col++) {
      const text = view.text(row, col);
      const found = text ? sliceFromFolded(text, UNIT_IN_TITLE) : null;
      if (found) return titleCaseIfShouting(found.replace(/\s+(năm|NĂM)\s+\d{4}.*$/u, "").replace(/[,;(].*$/, "").trim());
    }
  }
  return null;
}

function hasAppendixTitle(view: SheetView, headerTop: number): boolean {
  for (let row = view.top; row < headerTop; row++) {
    for (let col = view.left; col <= view.right; col++) if (APPENDIX_TITLE.test(fold(view.text(row, col)))) return true;
  }
  return false;
}
