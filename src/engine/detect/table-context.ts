/** What the title and header say about a table: the unit it belongs to, its years and growth. */
import type { Field } from "./fields";
import type { HeaderBlock } from "./header-block";
import { isPlanPath, isStartOfYear } from "./header-vocabulary";
import { parseNumber, type SheetView, fold, sliceFromFolded, titleCaseIfShouting, toA1 } from "../cells";
import { parseA1 } from "../cells/address";
import type { ColumnMapping } from "./table";

export interface TableContext {
  titleUnit: string | null;
  baseYear: number | null;
  planYear: number | null;
  /** The cell (A1) whose text states each year, so a contradicting option can point at it. */
  baseYearCell: string | null;
  planYearCell: string | null;
  growthPercent: number | null;
  isAppendix: boolean;
}

const UNIT_IN_TITLE = /\b(huyen|thi xa|thanh pho|quan|thi tran|phuong|xa) (?!hoi\b|ngheo\b)/;
const YEAR = /nam (\d{4})/;

/** The year a header or title text names ("Kết quả rà soát năm 2020" → 2020), or null. */
export function yearIn(text: string): number | null {
  const match = YEAR.exec(fold(text));
  return match ? Number(match[1]) : null;
}
const PERIOD = /giai doan (\d{4}) ?[-–] ?\d{4}/;
/** "theo chuẩn nghèo đa chiều giai đoạn 2022-2025" names the standard's period, not the table's. */
const STANDARD_PERIOD = /chuan ngheo[^,;]*giai doan/;
const APPENDIX_TITLE = /chi tieu phan dau giam ty le ho ngheo/;

const PLAN_FIELDS: Field[] = ["projectedHouseholds", "targetReduction", "remainingPoor", "remainingRate", "rateReduction"];
const PLAN_TITLE_YEAR = /(chi tieu|ke hoach|phan dau)\D*?nam (\d{4})/;
const BASE_TITLE_YEAR = /(ra soat|ket qua|thuc hien)\D*?nam (\d{4})/;

/** titleTop: where the table's title may start, the sheet's top or under the table above it on the sheet. */
export function readTableContext(view: SheetView, block: HeaderBlock, columns: ColumnMapping[], titleTop = view.top): TableContext {
  let baseYear: number | null = null;
  let planYear: number | null = null;
  let growthPercent: number | null = null;
  for (const [col, path] of block.paths) {
    const field = columns.find((c) => c.col === col)?.field;
    // Only the columns read state the table's years: one set aside (last year's "Số hộ nghèo năm 2022") does not.
    if (field === undefined) continue;
    const inPlan = isPlanPath(path) || (field !== undefined && PLAN_FIELDS.includes(field));
    for (const text of path) {
      const year = yearIn(text);
      if (year !== null && inPlan) planYear ??= year;
      // The poor at the start of 2024 are the 2023 review's.
      else if (year !== null) baseYear ??= isStartOfYear(text) ? year - 1 : year;
      const growth = /tang (khoang )?([\d.,]+) ?%/.exec(fold(text));
      if (growth) growthPercent ??= parseNumber(growth[2], "ratio").value;
    }
  }
  // "KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024" or "CHỈ TIÊU … NĂM 2025" in the title, when the header has no year.
  if (baseYear === null && planYear === null) {
    const titles = textsAbove(view, titleTop, block.top).map(fold);
    for (const text of titles) {
      const plan = PLAN_TITLE_YEAR.exec(text);
      const base = BASE_TITLE_YEAR.exec(text) ?? (plan ? null : YEAR.exec(text));
      if (plan) planYear ??= Number(plan[2]);
      if (base) baseYear ??= Number(base[base.length - 1]);
    }
    // "Rà soát đầu kỳ giai đoạn 2022-2025": the review before the period's first year, which is the plan's.
    const period = baseYear === null && planYear === null ? titles.map((text) => (STANDARD_PERIOD.test(text) ? null : PERIOD.exec(text))).find((m) => m) : undefined;
    if (period) {
      planYear = Number(period[1]);
      baseYear = planYear - 1;
    }
  }
  // "KẾT QUẢ RÀ SOÁT … NĂM 2023" above a header naming only the plan's year ("phấn đấu giảm năm 2024").
  if (baseYear === null && planYear !== null) {
    const reviewed = textsAbove(view, titleTop, block.top).map((text) => BASE_TITLE_YEAR.exec(fold(text))).find((m) => m);
    if (reviewed && Number(reviewed[2]) < planYear) baseYear = Number(reviewed[2]);
  }
  const baseYearCell = baseYear === null ? null : yearCell(view, block, titleTop, baseYear) ?? (planYear === null ? null : yearCell(view, block, titleTop, planYear));
  const planYearCell = planYear === null ? null : yearCell(view, block, titleTop, planYear);
  const isAppendix = textsAbove(view, titleTop, block.top).some((t) => APPENDIX_TITLE.test(fold(t)));
  return { titleUnit: findTitleUnit(view, titleTop, block.top), baseYear, planYear, baseYearCell, planYearCell, growthPercent, isAppendix };
}

/**
 * The first cell naming the year, in the header rows, else in the titles above. A base year taken
 * from a period ("giai đoạn 2022-2025" → 2021) is named by no cell; the caller then points at the
 * period's cell through the plan year.
 */
function yearCell(view: SheetView, block: HeaderBlock, titleTop: number, year: number): string | null {
  const names = new RegExp(`(^|\\D)${year}(\\D|$)`);
  const rows = [...range(block.top, block.bottom), ...range(titleTop, block.top - 1)];
  for (const row of rows) {
    for (let col = view.left; col <= view.right; col++) if (names.test(view.text(row, col))) return toA1(row, col);
  }
  return null;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Whether a cell stating a table's year is one of its column headers or a title above it. */
export function yearPlace(table: { headerTop: number }, cell: string | null): "column" | "title" | undefined {
  if (cell === null) return undefined;
  return parseA1(cell).row >= table.headerTop ? "column" : "title";
}

/** The review year the titles above a header name: "KẾT QUẢ RÀ SOÁT … NĂM 2023" → 2023, "CHỈ TIÊU … NĂM 2024" → 2023. */
export function titleReviewYear(view: SheetView, headerTop: number): number | null {
  for (const text of textsAbove(view, view.top, headerTop).map(fold)) {
    const base = BASE_TITLE_YEAR.exec(text);
    if (base) return Number(base[2]);
    const plan = PLAN_TITLE_YEAR.exec(text);
    if (plan) return Number(plan[2]) - 1;
    const year = YEAR.exec(text);
    if (year) return Number(year[1]);
  }
  return null;
}

function textsAbove(view: SheetView, titleTop: number, headerTop: number): string[] {
  const texts: string[] = [];
  for (let row = titleTop; row < headerTop; row++) {
    for (let col = view.left; col <= view.right; col++) if (view.text(row, col)) texts.push(view.text(row, col));
  }
  return texts;
}

/**
 * Where a unit's name ends in a title: at the report's own words ("- TỔNG HỢP KẾT QUẢ …", "BIỂU SỐ 01",
 * "V/v …", "NĂM 2022", the office's "PHÒNG LAO ĐỘNG …") or a comma, semicolon, colon or bracket. A dash
 * alone is no end: "Phan Rang - Tháp Chàm" is one name.
 */
const NAME_END =
  /[,;:(]|\b(tong hop|ket qua|bao cao|danh sach|bieu (so|mau|\d)|v\/v|ve viec|ra soat|chi tieu|ke hoach|so lieu|thong ke|phu luc|giai doan|nam \d{4}|phong (lao dong|ld)|cong hoa xa hoi)\b|\b(19|20)\d\d\b/;

/** "UBND HUYỆN A LƯỚI" or "Kết quả rà soát … huyện A Lưới năm 2020" above the header. */
function findTitleUnit(view: SheetView, titleTop: number, headerTop: number): string | null {
  for (const text of textsAbove(view, titleTop, headerTop)) {
    const found = sliceFromFolded(text, UNIT_IN_TITLE);
    if (!found) continue;
    const end = fold(found).search(NAME_END);
    return titleCaseIfShouting(found.slice(0, end < 0 ? undefined : end).replace(/[\s\-–—]+$/, ""));
  }
  return null;
}
