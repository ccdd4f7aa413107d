/** The one catalogue of finding codes, their severity and their Vietnamese and English texts. */
import { FIELD_LABELS, isCountField, type Field } from "../detect";
import { formatNumber, formatRate } from "../cells";
import type { Issue, Lang, Message, Severity } from "./issue";
import type { AllocationMethod } from "../plan/sharing";
import type { StepUnit } from "../plan/step-check";
import type { PointsShortfall } from "../plan/table-points";

export interface IssueParams {
  field?: Field;
  other?: Field;
  name?: string;
  sheet?: string;
  text?: string;
  expected?: number;
  actual?: number;
  cells?: string;
  points?: number;
  method?: AllocationMethod;
  /** The finding is about near-poor households' targets. */
  nearPoor?: boolean;
  minimum?: number;
  step?: number;
  /** Targets the officer set in the pane while a goal is shared: how many units, how many households. */
  officerUnits?: number;
  officerHouseholds?: number;
  /** The growth of households a year, in percent, a projection was recomputed at. */
  growth?: number;
  /** The review year, where a finding compares with it. */
  year?: number;
  /** The last year a plan covers (a period's), where a finding suggests a period. */
  lastYear?: number;
  /** Units a rounding step did not fit, with their shares. */
  units?: StepUnit[];
  /** Rows whose plan lowers the rate less than the table's points. */
  shortfalls?: PointsShortfall[];
  /** Units the finding is about, by name: those lacking a figure. */
  names?: string[];
  /** A province goal is being shared (not the table's own targets). */
  goal?: boolean;
  /** The units are in the plan as their table's or group's row, which adds up the others. */
  inRows?: boolean;
  /** A limit the finding's value passes: said in its text, not offered as the value expected. */
  limit?: number;
  /** How many rows a finding about a whole column covers. */
  rows?: number;
  /** Where the table states a year (`cells`): a column's header, or the title above the table. */
  yearPlace?: "column" | "title";
  /** The total row adds up with the figure the finding proposes. */
  totalAgrees?: boolean;
  /** The cell this finding follows from (Issue.cause). */
  cause?: string;
  /** The files two sheets were read from (Grid.source), the passed-over one's first, where the page read several files. */
  files?: [string, string];
}

type Text = (p: IssueParams, lang: Lang) => string;

interface Entry {
  severity: Severity;
  vi: Text;
  en: Text;
  /** The finding's value and expected value are years, shown without grouping (2022, not 2.022). */
  years?: true;
}

const label = (field: Field | undefined, lang: Lang) => (field ? FIELD_LABELS[field][lang] : "");
const num = (value: number | undefined, lang: Lang) => (value === undefined ? "" : formatNumber(value, lang));
/** A recomputed figure as the appendix shows it: rates with two decimals. */
const computed = (value: number | undefined, field: Field | undefined, lang: Lang) =>
  value === undefined ? "" : field && !isCountField(field) ? formatRate(value, lang) : formatNumber(value, lang);
const unit = (p: IssueParams) => (p.name ? ` (${p.name})` : "");
/** A fraction of 1 as percent and back, without binary tails (0.0501 × 100 is 5.010000000000001). */
const asPercent = (fraction: number | undefined) => (fraction === undefined ? undefined : Number((fraction * 100).toPrecision(12)));
const asFraction = (percent: number | undefined) => (percent === undefined ? undefined : Number((percent / 100).toPrecision(12)));
/** A finding that follows from another: "(do ô K16 khác tổng các đơn vị)". */
const causeVi = (p: IssueParams) => (p.cause ? ` (do ô ${p.cause} khác tổng các đơn vị; sửa ô đó trước)` : "");
const causeEn = (p: IssueParams) => (p.cause ? ` (because ${p.cause} differs from its units' sum; fix that cell first)` : "");
/** Where the table states a year, and what that cell is: " ghi ở tiêu đề cột, ô C5". */
const statedVi = (p: IssueParams) => {
  if (!p.cells) return " mà bảng ghi";
  return p.yearPlace === "column" ? ` ghi ở tiêu đề cột, ô ${p.cells}` : p.yearPlace === "title" ? ` ghi ở tên bảng, ô ${p.cells}` : ` ghi ở ô ${p.cells}`;
};
const statedEn = (p: IssueParams) => {
  if (!p.cells) return " stated in the table";
  return p.yearPlace === "column" ? ` stated in the column header at ${p.cells}` : p.yearPlace === "title" ? ` stated in the title at ${p.cells}` : ` stated in cell ${p.cells}`;
};
/** A plan year (p.actual) past the year after the review (p.expected), to p.lastYear the plan's last: the year to plan, those skipped, the period to plan instead. */
const gapYears = (p: IssueParams) => {
  const next = Number(p.expected) + 1;
  const skippedLast = Number(p.actual) - 1;
  return { next, between: skippedLast > next ? `${next}-${skippedLast}` : `${next}`, span: `${next}-${p.lastYear ?? p.actual}` };
};
/** How a goal was shared, for the poor or the near-poor. */
const sharedBy = (p: IssueParams, lang: Lang): string => {
  const method = p.method ?? "poor";
  if (method === "rate") return lang === "vi" ? "để mọi đơn vị giảm cùng một mức tỷ lệ" : "so that every unit lowers its rate by the same points";
  const by = lang === "vi" ? `theo số ${whose(p, lang)}` : `by their ${whose(p, lang)}`;
  if (method === "poor") return by;
  return lang === "vi" ? `${by} nhân hệ số của từng đơn vị` : `${by} times each unit's weight`;
};
/** Who got the goal: `everyUnit` says it, unless the officer's own targets left only the rest to the other units (after `lead`). */
const sharedAmong = (p: IssueParams, lang: Lang, everyUnit: string, lead = ": "): string => {
  if (!p.officerUnits) return everyUnit;
  const set = num(p.officerHouseholds, lang);
  const rest = num(Math.max(0, (p.actual ?? 0) - (p.officerHouseholds ?? 0)), lang);
  return lang === "vi"
    ? `${lead}${set} hộ tự đặt cho ${num(p.officerUnits, lang)} đơn vị, còn ${rest} hộ chia cho các đơn vị khác ${sharedBy(p, lang)}`
    : `${lead}${set} set by you for ${num(p.officerUnits, lang)} ${p.officerUnits === 1 ? "unit" : "units"}, the remaining ${rest} shared among the other units ${sharedBy(p, lang)}`;
};
/** The option for a goal in households, for the poor or the near-poor. */
const householdsGoalOption = (p: IssueParams) => (p.nearPoor ? "--target-near-poor-households" : "--target-households");
/** "hộ nghèo" or "hộ cận nghèo", as the finding is about. */
const whose = (p: IssueParams, lang: Lang) => (lang === "vi" ? (p.nearPoor ? "hộ cận nghèo" : "hộ nghèo") : p.nearPoor ? "near-poor households" : "poor households");

/** A sheet's year where its header states one: " (năm 2023)"; years are written without grouping. */
const yearVi = (year: number | undefined) => (year === undefined ? "" : ` (năm ${year})`);
const yearEn = (year: number | undefined) => (year === undefined ? "" : ` (${year})`);
/** The sheet kept (expected) states a later year than the one passed over (actual). */
const laterYear = (p: IssueParams) => p.expected !== undefined && p.actual !== undefined && p.expected > p.actual;

/** Two sheets from two of the page's files: the remedy is to remove one file, not to choose a sheet. */
const twoFiles = (p: IssueParams): p is IssueParams & { files: [string, string] } => p.files !== undefined && p.files[0] !== p.files[1];

/** At most this many units are named in a message; the rest are counted. */
const LISTED_UNITS = 5;
const unitList = <T>(units: T[], lang: Lang, item: (u: T) => string): string => {
  const named = units.slice(0, LISTED_UNITS).map(item).join(", ");
  const more = units.length - LISTED_UNITS;
  if (more <= 0) return named;
  return lang === "vi" ? `${named} và ${num(more, lang)} đơn vị khác` : `${named} and ${num(more, lang)} more`;
};
/** Units by name, the first few named: "Xã A, Xã B và 3 đơn vị khác". */
const nameList = (p: IssueParams, lang: Lang) => unitList(p.names ?? [], lang, (name) => name);
const unitsWord = (count: number | undefined) => (count === 1 ? "unit" : "units");
/** An exact share with one decimal: 7,5. */
const quota = (u: StepUnit, lang: Lang) => formatNumber(Math.round(u.quota * 10) / 10, lang);
/** The units whose share is no multiple of the step, after a note that names the step. */
const offStep = (p: IssueParams, lang: Lang): string => {
  if (!p.units?.length) return "";
  const list = unitList(p.units, lang, (u) => (lang === "vi" ? `${u.name} (${num(u.share, lang)} hộ)` : `${u.name} (${num(u.share, lang)})`));
  return lang === "vi" ? `; không theo bội số ${p.step}: ${list}` : `; not a multiple of ${p.step}: ${list}`;
};

export const CATALOGUE = {
  "no-table": {
    severity: "error",
    vi: (p) => `Trang "${p.sheet}" không có bảng số liệu theo đơn vị: không tìm thấy cột "Đơn vị" (hoặc "Tên đơn vị", "Huyện", "Xã").`,
    en: (p) => `Sheet "${p.sheet}" holds no table of units: no "Đơn vị" (unit) column was found.`,
  },
  "missing-column": {
    severity: "error",
    vi: (p, l) =>
      `Chưa có cột "${label(p.field, l)}" trong bảng ở trang "${p.sheet}"${p.field === "households" ? ", cũng không có tỷ lệ hộ nghèo hay hộ cận nghèo để ước tính: không có số hộ dân thì không tính được tỷ lệ, không lập được kế hoạch" : ""}${p.text ? `; các cột chưa xếp được: ${p.text}` : ""}. ${p.field === "households" ? "Nếu bảng có cột số hộ dân, hãy chọn" : "Hãy chọn"} cột đó trong thẻ bảng (dòng lệnh: --map ${p.field}=CỘT).`,
    en: (p, l) =>
      `No "${label(p.field, l)}" column found in the table on sheet "${p.sheet}"${p.field === "households" ? ", nor a poverty or near-poverty rate to estimate them from: without households no rate can be worked out and no plan made" : ""}${p.text ? `; columns not placed: ${p.text}` : ""}. ${p.field === "households" ? "If the table has a households column, choose" : "Choose"} it on the table's card (command line: --map ${p.field}=COLUMN).`,
  },
  "households-estimated": {
    severity: "warning",
    vi: (p, l) =>
      `Bảng ở trang "${p.sheet}" không có số hộ dân: đã ước tính cho ${num(p.actual, l)} đơn vị từ số hộ và "${label(p.field, l)}" (sai số tối đa ±${num(p.expected, l)} hộ mỗi đơn vị, do tỷ lệ chỉ ghi đến số thập phân đã làm tròn).${p.names?.length ? ` Không ước tính được cho ${nameList(p, l)} (số hộ hoặc tỷ lệ bằng 0 hoặc trống).` : ""} Phụ lục in nghiêng các số ước tính.`,
    en: (p, l) =>
      `The table on sheet "${p.sheet}" gives no households: they were estimated for ${num(p.actual, l)} units from the count and "${label(p.field, l)}" (at most ±${num(p.expected, l)} households per unit, as the rate is rounded).${p.names?.length ? ` None could be estimated for ${nameList(p, l)} (a count or rate of 0 or blank).` : ""} The appendix shows the estimates in italics.`,
  },
  "households-on-total-only": {
    severity: "info",
    vi: (p) => `Bảng ở trang "${p.sheet}" chỉ ghi tổng số hộ dân ở dòng tổng: dùng số đó cho toàn bảng; tỷ lệ từng đơn vị để trống.`,
    en: (p) => `The table on sheet "${p.sheet}" gives households on its total row only: that figure is used for the whole; the units' rates are left blank.`,
  },
  "group-mismatch": {
    severity: "error",
    vi: (p, l) => `Dòng "${p.name}": "${label(p.field, l)}" ghi ${num(p.actual, l)}, cộng các đơn vị trong nhóm được ${num(p.expected, l)}.`,
    en: (p, l) => `Row "${p.name}": "${label(p.field, l)}" says ${num(p.actual, l)}, its units add up to ${num(p.expected, l)}.`,
  },
  "year-assumed": {
    severity: "warning",
    years: true,
    vi: (p) => `Bảng không ghi năm: coi là kết quả rà soát năm ${p.actual}, kế hoạch năm ${p.expected}. Nếu khác, hãy nhập năm (dòng lệnh: --plan-year).`,
    en: (p) => `The table names no year: taken as the ${p.actual} review and the ${p.expected} plan. If not, set the year (command line: --plan-year).`,
  },
  "base-year-contradicts-header": {
    severity: "warning",
    years: true,
    vi: (p) => `Năm rà soát đã nhập (${p.actual}) khác năm ${p.expected}${statedVi(p)}; phụ lục ghi năm ${p.actual}. Nếu nhầm, hãy sửa năm rà soát (dòng lệnh: --base-year).`,
    en: (p) => `The review year given (${p.actual}) differs from ${p.expected},${statedEn(p)}; the appendix says ${p.actual}. If that is a mistake, correct the review year (command line: --base-year).`,
  },
  "plan-year-contradicts-header": {
    severity: "warning",
    years: true,
    vi: (p) => `Năm kế hoạch theo năm đã nhập (${p.actual}) khác năm ${p.expected}${statedVi(p)}; phụ lục ghi năm ${p.actual}. Nếu nhầm, hãy sửa năm (dòng lệnh: --plan-year, --base-year).`,
    en: (p) => `The plan year from the years given (${p.actual}) differs from ${p.expected},${statedEn(p)}; the appendix says ${p.actual}. If that is a mistake, correct the year (command line: --plan-year, --base-year).`,
  },
  "plan-year-not-after-header": {
    severity: "warning",
    years: true,
    vi: (p) => `Năm kế hoạch đã nhập (${p.actual}) không sau năm rà soát ${p.expected}${statedVi(p)}. Hãy sửa năm kế hoạch (dòng lệnh: --plan-year).`,
    en: (p) => `The plan year given (${p.actual}) does not come after the ${p.expected} review${statedEn(p)}. Correct the plan year (command line: --plan-year).`,
  },
  "plan-year-gap": {
    severity: "error",
    years: true,
    vi: (p) => {
      const { next, between, span } = gapYears(p);
      return `Năm kế hoạch ${p.actual} cách năm rà soát ${p.expected}${p.cells ? ` (ô ${p.cells})` : ""} ${Number(p.actual) - Number(p.expected)} năm, nhưng phụ lục chỉ tính số hộ dân tăng một năm và không có chỉ tiêu cho ${between.includes("-") ? "các năm" : "năm"} ${between}. Hãy lập kế hoạch năm ${next} (dòng lệnh: --plan-year ${next}), hoặc cho từng năm ${span} (dòng lệnh: --period ${span}).`;
    },
    en: (p) => {
      const { next, between, span } = gapYears(p);
      return `The plan year ${p.actual} is ${Number(p.actual) - Number(p.expected)} years after the ${p.expected} review${p.cells ? ` (cell ${p.cells})` : ""}, but the appendix grows the households by one year only and has no targets for ${between}. Plan ${next} (command line: --plan-year ${next}), or each year of ${span} (command line: --period ${span}).`;
    },
  },
  "duplicate-column": {
    severity: "warning",
    vi: (p, l) => `Cột "${label(p.field, l)}" xuất hiện hai lần; dùng cột ${p.text}, bỏ qua cột này.`,
    en: (p, l) => `"${label(p.field, l)}" appears twice; column ${p.text} is used, this one is ignored.`,
  },
  "column-set-aside-for-map": {
    severity: "info",
    vi: (p, l) => `Cột ${p.cells} ("${p.name}") cũng đọc được là "${label(p.field, l)}", nhưng đã chọn cột ${p.text} cho trường này (--map, hoặc thẻ bảng): bỏ qua cột ${p.cells}.`,
    en: (p, l) => `Column ${p.cells} ("${p.name}") also reads as "${label(p.field, l)}", but column ${p.text} was chosen for it (--map, or the table's card): column ${p.cells} is ignored.`,
  },
  "older-year-column": {
    severity: "info",
    vi: (p, l) => `Cột ${p.cells} ("${p.name}") là số của năm ${p.actual}, trước năm rà soát ${p.expected}: dùng cột ${p.text} cho "${label(p.field, l)}", bỏ qua cột ${p.cells}.`,
    en: (p, l) => `Column ${p.cells} ("${p.name}") holds the figures of ${p.actual}, before the ${p.expected} review: column ${p.text} is used for "${label(p.field, l)}", column ${p.cells} is ignored.`,
  },
  "start-of-year-column": {
    severity: "info",
    vi: (p, l) => `Cột ${p.cells} ("${p.name}") là số đầu năm: dùng cột ${p.text} (cuối năm rà soát) cho "${label(p.field, l)}", bỏ qua cột ${p.cells}.`,
    en: (p, l) => `Column ${p.cells} ("${p.name}") holds the figures at the start of the year: column ${p.text} (the end of the review year) is used for "${label(p.field, l)}", column ${p.cells} is ignored.`,
  },
  "near-poor-table": {
    severity: "info",
    vi: (p) => `Bảng ở trang "${p.sheet}" chỉ có số liệu hộ cận nghèo, không dùng để lập chỉ tiêu giảm hộ nghèo.`,
    en: (p) => `The table on sheet "${p.sheet}" holds near-poor households only; it is not used for the poverty targets.`,
  },
  "no-units": {
    severity: "error",
    vi: (p) => `Bảng ở trang "${p.sheet}" không có dòng đơn vị nào dưới tiêu đề.`,
    en: (p) => `The table on sheet "${p.sheet}" has no unit rows under its header.`,
  },
  "error-value": {
    severity: "error",
    vi: (p, l) => `Ô chứa lỗi ${p.text} thay cho "${label(p.field, l)}"${unit(p)}.`,
    en: (p, l) => `The cell holds the error ${p.text} instead of "${label(p.field, l)}"${unit(p)}.`,
  },
  "formula-without-value": {
    severity: "error",
    vi: (p, l) => `Ô có công thức chưa có giá trị ("${label(p.field, l)}"${unit(p)}): mở tệp bằng Excel và lưu lại để công thức được tính.`,
    en: (p, l) => `The cell holds a formula saved without its value ("${label(p.field, l)}"${unit(p)}): open the file in Excel and save it so the formula is calculated.`,
  },
  "not-a-number": {
    severity: "error",
    vi: (p, l) => `"${p.text}" không phải là số ("${label(p.field, l)}"${unit(p)}).`,
    en: (p, l) => `"${p.text}" is not a number ("${label(p.field, l)}"${unit(p)}).`,
  },
  "not-whole": {
    severity: "error",
    vi: (p, l) => `"${label(p.field, l)}"${unit(p)} phải là số nguyên, ô ghi ${num(p.actual, l)}.`,
    en: (p, l) => `"${label(p.field, l)}"${unit(p)} must be a whole number, the cell holds ${num(p.actual, l)}.`,
  },
  negative: {
    severity: "error",
    vi: (p, l) => `"${label(p.field, l)}"${unit(p)} không được âm (${num(p.actual, l)}).`,
    en: (p, l) => `"${label(p.field, l)}"${unit(p)} cannot be negative (${num(p.actual, l)}).`,
  },
  "missing-value": {
    severity: "error",
    vi: (p, l) => `Thiếu "${label(p.field, l)}"${unit(p)}.`,
    en: (p, l) => `"${label(p.field, l)}"${unit(p)} is missing.`,
  },
  "missing-target": {
    severity: "warning",
    vi: (p, l) =>
      `Thiếu "${label(p.field, l)}"${unit(p)}: khi lấy chỉ tiêu từ cột này, đơn vị không có chỉ tiêu và dòng tổng không cộng được chỉ tiêu. Ghi 0 nếu đơn vị không giảm.`,
    en: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} is missing: with the targets taken from this column, the unit has none and the total cannot add them up. Write 0 if the unit lifts none out.`,
  },
  "total-mismatch": {
    severity: "error",
    vi: (p, l) => `Dòng tổng: "${label(p.field, l)}" ghi ${num(p.actual, l)}, cộng các đơn vị được ${num(p.expected, l)}.`,
    en: (p, l) => `Total row: "${label(p.field, l)}" says ${num(p.actual, l)}, the units add up to ${num(p.expected, l)}.`,
  },
  "ratio-mismatch": {
    severity: "error",
    vi: (p, l) => `"${label(p.field, l)}"${unit(p)} ghi ${num(p.actual, l)}, tính lại từ ${p.cells} được ${computed(p.expected, p.field, l)}${causeVi(p)}.`,
    en: (p, l) => `"${label(p.field, l)}"${unit(p)} says ${num(p.actual, l)}, recomputed from ${p.cells} it is ${computed(p.expected, p.field, l)}${causeEn(p)}.`,
  },
  "fraction-rate-mismatch": {
    severity: "error",
    vi: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} ghi ${num(p.actual, l)}, tức ${computed(asPercent(p.actual), p.field, l)}%; tính lại từ ${p.cells} được ${computed(p.expected, p.field, l)}% (dạng phần của 1 như cả cột: ${num(asFraction(p.expected), l)}).`,
    en: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} says ${num(p.actual, l)}, that is ${computed(asPercent(p.actual), p.field, l)}%; recomputed from ${p.cells} it is ${computed(p.expected, p.field, l)}% (${num(asFraction(p.expected), l)} as a fraction of 1, as in the rest of the column).`,
  },
  "rates-as-fractions": {
    severity: "warning",
    vi: (p, l) =>
      `Cột "${label(p.field, l)}" ghi tỷ lệ dạng phần của 1, không phải phần trăm: ở ${num(p.rows, l)} dòng, số ghi bằng 1/100 tỷ lệ tính từ số hộ (${p.cells} ghi ${num(p.actual, l)}, tức ${computed(p.expected, p.field, l)}%). Phụ lục tính lại tỷ lệ theo phần trăm; hãy nhân cột này với 100 hoặc định dạng ô là %.`,
    en: (p, l) =>
      `Column "${label(p.field, l)}" holds fractions of 1, not percents: in ${num(p.rows, l)} rows the figure is 1/100 of the rate the counts give (${p.cells} says ${num(p.actual, l)}, that is ${computed(p.expected, p.field, l)}%). The appendix recomputes the rates in percent; multiply this column by 100 or format its cells as %.`,
  },
  "ratio-follows-sum": {
    severity: "warning",
    vi: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} ghi ${num(p.actual, l)}, khớp với số của dòng, nhưng ô ${p.cause} khác tổng các đơn vị: sửa ô đó thì tỷ lệ là ${computed(p.expected, p.field, l)}.`,
    en: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} says ${num(p.actual, l)}, which fits its row, but ${p.cause} differs from its units' sum: with that cell fixed the rate is ${computed(p.expected, p.field, l)}.`,
  },
  "plan-rate-mismatch": {
    severity: "warning",
    vi: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} ghi ${num(p.actual, l)}, tính lại từ ${p.cells} được ${computed(p.expected, p.field, l)}${causeVi(p)}; phụ lục ghi số tính lại.`,
    en: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} says ${num(p.actual, l)}, recomputed from ${p.cells} it is ${computed(p.expected, p.field, l)}${causeEn(p)}; the appendix writes the recomputed figure.`,
  },
  "households-mistyped": {
    severity: "error",
    vi: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} ghi ${num(p.actual, l)}, nhưng các tỷ lệ của dòng (${p.cells}) ứng với ${p.totalAgrees ? "" : "khoảng "}${num(p.expected, l)} hộ${p.totalAgrees ? `, và dòng tổng cộng khớp khi ô này là ${num(p.expected, l)}` : ""}: có lẽ ô này gõ nhầm. Sửa ô này thì các tỷ lệ${p.totalAgrees ? " và dòng tổng đều" : ""} khớp.`,
    en: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} says ${num(p.actual, l)}, but the row's rates (${p.cells}) fit ${p.totalAgrees ? "" : "about "}${num(p.expected, l)} households${p.totalAgrees ? `, and the total adds up with ${num(p.expected, l)} here` : ""}: this cell is probably mistyped. With it fixed, the rates${p.totalAgrees ? " and the total" : ""} agree.`,
  },
  "rates-disagree": {
    severity: "error",
    vi: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} ghi ${num(p.actual, l)}, không khớp với "${label(p.other, l)}" ở ${p.cells}: cùng một số hộ dân thì phải là ${computed(p.expected, p.field, l)}. Một trong hai tỷ lệ sai.`,
    en: (p, l) =>
      `"${label(p.field, l)}"${unit(p)} says ${num(p.actual, l)}, which does not fit "${label(p.other, l)}" at ${p.cells}: for the same households it would be ${computed(p.expected, p.field, l)}. One of the two rates is wrong.`,
  },
  "poor-and-near-poor-sum": {
    severity: "error",
    vi: (p, l) => `"Tổng số hộ nghèo và hộ cận nghèo"${unit(p)} ghi ${num(p.actual, l)}, hộ nghèo + hộ cận nghèo được ${num(p.expected, l)}.`,
    en: (p, l) => `"Poor and near-poor households"${unit(p)} say ${num(p.actual, l)}, poor + near-poor households make ${num(p.expected, l)}.`,
  },
  "shares-sum": {
    severity: "error",
    vi: (p, l) => `Các tỷ lệ trong tổng số hộ nghèo${unit(p)} cộng lại ${num(p.actual, l)}, phải là 100.`,
    en: (p, l) => `The shares of poor households${unit(p)} add up to ${num(p.actual, l)}, not 100.`,
  },
  "parts-sum": {
    severity: "error",
    vi: (p, l) => `Hộ nghèo thuộc CS BTXH + CS giảm nghèo${unit(p)} = ${num(p.actual, l)}, khác số hộ nghèo ${num(p.expected, l)}.`,
    en: (p, l) => `Poor households under social assistance + poverty policy${unit(p)} = ${num(p.actual, l)}, not the ${num(p.expected, l)} poor households.`,
  },
  "poverty-kinds-sum": {
    severity: "error",
    vi: (p, l) => `"${label(p.field, l)}" + "${label(p.other, l)}"${unit(p)}: ${p.cells} = ${num(p.actual, l)}, khác số hộ nghèo ${num(p.expected, l)}.`,
    en: (p, l) => `"${label(p.field, l)}" + "${label(p.other, l)}"${unit(p)}: ${p.cells} = ${num(p.actual, l)}, not the ${num(p.expected, l)} poor households.`,
  },
  "poor-exceeds-households": {
    severity: "error",
    vi: (p, l) => `Số hộ nghèo${unit(p)}: ${num(p.actual, l)}, lớn hơn tổng số hộ dân (${num(p.expected, l)}).`,
    en: (p, l) => `Poor households${unit(p)}: ${num(p.actual, l)}, more than all households (${num(p.expected, l)}).`,
  },
  "target-exceeds-poor": {
    severity: "error",
    vi: (p, l) => `Số hộ phấn đấu giảm${unit(p)}: ${num(p.actual, l)}, lớn hơn số hộ nghèo (${num(p.expected, l)}).`,
    en: (p, l) => `The target${unit(p)}: ${num(p.actual, l)}, more than the poor households (${num(p.expected, l)}).`,
  },
  "target-exceeds-near-poor": {
    severity: "error",
    vi: (p, l) => `Số hộ cận nghèo phấn đấu giảm${unit(p)}: ${num(p.actual, l)}, lớn hơn số hộ cận nghèo (${num(p.expected, l)}).`,
    en: (p, l) => `The near-poor target${unit(p)}: ${num(p.actual, l)}, more than the near-poor households (${num(p.expected, l)}).`,
  },
  "duplicate-unit": {
    severity: "error",
    vi: (p) => `Đơn vị "${p.name}" xuất hiện hai lần${p.text ? ` trong nhóm "${p.text}"` : ""} (lần đầu ở ${p.cells}).`,
    en: (p) => `Unit "${p.name}" appears twice${p.text ? ` in group "${p.text}"` : ""} (first at ${p.cells}).`,
  },
  "projection-below-baseline": {
    severity: "warning",
    vi: (p, l) => `Số hộ dân dự kiến${unit(p)}: ${num(p.actual, l)}, thấp hơn số hộ dân ${p.year ? `năm ${p.year}` : "hiện có"} (${num(p.expected, l)}).`,
    en: (p, l) => `Projected households${unit(p)}: ${num(p.actual, l)}, fewer than the households ${p.year ? `of ${p.year}` : "now"} (${num(p.expected, l)}).`,
  },
  "projection-differs": {
    severity: "warning",
    vi: (p, l) => `Số hộ dân dự kiến${unit(p)} ghi ${num(p.actual, l)}, tăng ${num(p.growth, l)}% thì được ${num(p.expected, l)}; giữ số của bảng.`,
    en: (p, l) => `Projected households${unit(p)} say ${num(p.actual, l)}, ${num(p.growth, l)}% growth gives ${num(p.expected, l)}; the table's figure is kept.`,
  },
  "plan-rate-without-growth": {
    severity: "warning",
    vi: (p, l) =>
      `Cột "${label(p.field, l)}" tính tỷ lệ trên tổng số hộ dân năm rà soát, chưa tính số hộ tăng thêm: ${num(p.rows, l)} dòng khác tỷ lệ trên số hộ dân dự kiến (${p.cells} ghi ${num(p.actual, l)}, tính lại được ${computed(p.expected, p.field, l)}). Phụ lục ghi tỷ lệ trên số hộ dân dự kiến.`,
    en: (p, l) =>
      `Column "${label(p.field, l)}" works the rate out over the review year's households, without their growth: ${num(p.rows, l)} ${p.rows === 1 ? "row differs" : "rows differ"} from the rate over the projected households (${p.cells} says ${num(p.actual, l)}, recomputed it is ${computed(p.expected, p.field, l)}). The appendix writes the rate over the projected households.`,
  },
  "plan-mismatch": {
    severity: "warning",
    vi: (p, l) => `"${label(p.field, l)}"${unit(p)} ghi ${num(p.actual, l)}, tính lại được ${computed(p.expected, p.field, l)}; phụ lục ghi số tính lại.`,
    en: (p, l) => `"${label(p.field, l)}"${unit(p)} says ${num(p.actual, l)}, recomputed it is ${computed(p.expected, p.field, l)}; the appendix writes the recomputed figure.`,
  },
  "tcvn3-decoded": {
    severity: "info",
    vi: (p) => `Trang "${p.sheet}" được gõ bằng bảng mã TCVN3 (phông .VnTime); đã đọc chuyển sang Unicode.`,
    en: (p) => `Sheet "${p.sheet}" is typed in the TCVN3 encoding (.VnTime fonts); it was read as Unicode.`,
  },
  "total-by-sum": {
    severity: "info",
    vi: (p) => `Dòng "${p.name}" được coi là dòng tổng vì số hộ và số hộ nghèo bằng tổng các đơn vị còn lại.`,
    en: (p) => `Row "${p.name}" is taken as the total row: its households and poor households equal the other units' sums.`,
  },
  "breakdown-rows": {
    severity: "info",
    vi: (p, l) => `Dòng "${p.name}"${p.rows ? ` và ${num(p.rows, l)} dòng không số thứ tự sau nó` : ""} là phần "trong đó" của dòng tổng, không phải đơn vị: không đưa vào phụ lục.`,
    en: (p, l) => `Row "${p.name}"${p.rows ? ` and the ${num(p.rows, l)} unnumbered ${p.rows === 1 ? "row" : "rows"} after it` : ""} ${p.rows ? "are" : "is"} the "of which" part of the total, not ${p.rows ? "units" : "a unit"}: left out of the appendix.`,
  },
  "unlabelled-total": {
    severity: "info",
    vi: (p) => `Dòng ${p.text} không ghi tên nhưng mọi số bằng tổng các đơn vị ở trên: được coi là dòng tổng.`,
    en: (p) => `Row ${p.text} has no name, but every figure equals the sum of the units above: it is taken as the total row.`,
  },
  "unlabelled-row-near-total": {
    severity: "warning",
    vi: (p, l) =>
      `Dòng ${p.text} không ghi tên, nằm sau các đơn vị, gần bằng tổng các đơn vị nhưng không khớp: "${label(p.field, l)}" ghi ${num(p.actual, l)}, cộng các đơn vị được ${num(p.expected, l)}. Nếu đó là dòng tổng, hãy ghi tên "Tổng cộng" và sửa số; phụ lục tự cộng các đơn vị.`,
    en: (p, l) =>
      `Row ${p.text} has no name and follows the units, close to their sum but not equal: "${label(p.field, l)}" says ${num(p.actual, l)}, the units add up to ${num(p.expected, l)}. If it is the total, name it "Tổng cộng" and correct it; the appendix adds up the units itself.`,
  },
  "no-total-row": {
    severity: "info",
    vi: (p) => `Bảng ở trang "${p.sheet}" không có dòng tổng; phụ lục tự cộng.`,
    en: (p) => `The table on sheet "${p.sheet}" has no total row; the appendix adds one.`,
  },
  "chart-too-many-units": {
    severity: "info",
    vi: (p, l) => `Phụ lục không kèm biểu đồ: ${num(p.actual, l)} đơn vị, quá ${num(p.limit, l)} đơn vị thì các thanh không đọc được.`,
    en: (p, l) => `The appendix has no chart: ${num(p.actual, l)} units, and beyond ${num(p.limit, l)} its bars cannot be read.`,
  },
  "same-units-sheets": {
    severity: "error",
    years: true,
    vi: (p) =>
      twoFiles(p)
        ? `Tệp "${p.files[0]}"${yearVi(p.actual)} và tệp "${p.files[1]}"${yearVi(p.expected)} có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy tệp "${p.files[1]}" (${laterYear(p) ? "năm mới nhất" : "tệp chọn sau"}). Hãy bỏ một tệp: bấm "×" bên tên tệp đó ở bước 1.`
        : `Trang "${p.sheet}"${yearVi(p.actual)} và trang "${p.text}"${yearVi(p.expected)} có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy trang "${p.text}" (${laterYear(p) ? "năm mới nhất" : "trang sau cùng"}). Hãy chọn một trang: mở trang đó và chọn "Trang tính đang mở" (dòng lệnh: --sheet "${p.text}").`,
    en: (p) =>
      twoFiles(p)
        ? `Files "${p.files[0]}"${yearEn(p.actual)} and "${p.files[1]}"${yearEn(p.expected)} hold the same units: they are separate tables and cannot be added up. The plan uses "${p.files[1]}" (${laterYear(p) ? "the latest year" : "the file chosen later"}). Remove one of them: click the "×" beside its name in step 1.`
        : `Sheets "${p.sheet}"${yearEn(p.actual)} and "${p.text}"${yearEn(p.expected)} hold the same units: they are separate tables and cannot be added up. The plan uses "${p.text}" (${laterYear(p) ? "the latest year" : "the last sheet"}). Choose one sheet: open it and choose "The active sheet" (command line: --sheet "${p.text}").`,
  },
  "table-named-after-file": {
    severity: "info",
    vi: (p) =>
      `Tiêu đề bảng ở trang "${p.sheet}" của tệp "${p.text}" không ghi tên đơn vị: phụ lục ghi đơn vị này là "${p.name}", theo tên tệp. Nếu chưa đúng, hãy ghi tên đơn vị vào tiêu đề bảng (như "UBND HUYỆN …") hoặc đổi tên tệp, rồi chọn lại tệp.`,
    en: (p) =>
      `The title of the table on sheet "${p.sheet}" of "${p.text}" names no unit: the appendix calls it "${p.name}", after the file. If that is wrong, write the unit's name in the table's title (such as "UBND HUYỆN …") or rename the file, and choose the file again.`,
  },
  "same-units-tables": {
    severity: "error",
    years: true,
    vi: (p) =>
      `Bảng ở ô ${p.cells}${yearVi(p.actual)} và bảng ở ô ${p.text}${yearVi(p.expected)} của trang "${p.sheet}" có cùng các đơn vị: đó là hai bảng riêng, không cộng lại được. Kế hoạch lấy bảng ở ô ${p.text} (${laterYear(p) ? "năm mới nhất" : "bảng ở dưới"}). Hãy chọn một bảng: chọn các ô của bảng đó và chọn "Vùng đang chọn" (dòng lệnh: chuyển bảng kia sang trang khác rồi dùng --sheet).`,
    en: (p) =>
      `The tables at ${p.cells}${yearEn(p.actual)} and at ${p.text}${yearEn(p.expected)} on sheet "${p.sheet}" hold the same units: they are separate tables and cannot be added up. The plan uses the table at ${p.text} (${laterYear(p) ? "the latest year" : "the lower one"}). Choose one table: select its cells and choose "The selection" (command line: move the other table to a sheet of its own and use --sheet).`,
  },
  "breakdown-table": {
    severity: "info",
    vi: (p, l) => `Bảng ở ô ${p.cells} trang "${p.sheet}" liệt kê lại các đơn vị của bảng trên nhưng không có cột "${label(p.field, l)}": coi là bảng chi tiết, không dùng để lập chỉ tiêu.`,
    en: (p, l) => `The table at ${p.cells} on sheet "${p.sheet}" lists the units of the table above without a "${label(p.field, l)}" column: taken as a breakdown, not used for the targets.`,
  },
  "appendix-skipped": {
    severity: "info",
    vi: (p) => `Trang "${p.sheet}" là phụ lục đã tạo trước đây nên không được đọc làm số liệu (chọn riêng trang này nếu muốn đọc).`,
    en: (p) => `Sheet "${p.sheet}" is an appendix written earlier, so it is not read as data (choose it explicitly to read it).`,
  },
  "no-target": {
    severity: "error",
    vi: () =>
      `Chưa có chỉ tiêu giảm hộ nghèo: bảng không có cột "Số hộ nghèo phấn đấu giảm"; hãy nhập mục tiêu giảm tỷ lệ (điểm %) hoặc số hộ (dòng lệnh: --target-rate-reduction hoặc --target-households).`,
    en: () =>
      `No targets: the table has no "households to lift out" column; give a goal in percentage points or in households (command line: --target-rate-reduction or --target-households).`,
  },
  "targets-from-points": {
    severity: "info",
    vi: (p, l) =>
      `Chỉ tiêu giảm của từng đơn vị tính từ số điểm % tỷ lệ giảm của đơn vị ở cột ${p.text}: số hộ nghèo − (tỷ lệ − số điểm)/100 × số hộ dân dự kiến, làm tròn lên bội số ${p.step} và không quá số hộ nghèo của đơn vị${offStep(p, l)}; dòng tổng cộng các đơn vị.`,
    en: (p, l) =>
      `Each unit's target comes from its rate reduction in points, column ${p.text}: poor − (rate − points)/100 × projected households, rounded up to a multiple of ${p.step} and no more than the unit's poor households${offStep(p, l)}; the total adds up the units.`,
  },
  "points-blank": {
    severity: "error",
    vi: (p) => `${p.name}: ô tỷ lệ nghèo giảm để trống nên đơn vị chưa có chỉ tiêu; hãy ghi số điểm % (0 nếu không giảm) hoặc nhập chỉ tiêu số hộ của đơn vị.`,
    en: (p) => `${p.name}: the rate reduction cell is blank, so the unit has no target; write its points (0 for none) or set its target in households.`,
  },
  "points-negative": {
    severity: "error",
    vi: (p, l) => `${p.name}: tỷ lệ nghèo giảm ${formatRate(p.actual ?? 0, l)} điểm % là số âm (tỷ lệ tăng), không tính được chỉ tiêu giảm hộ nghèo; hãy sửa ô này hoặc nhập chỉ tiêu số hộ của đơn vị.`,
    en: (p, l) => `${p.name}: a rate reduction of ${formatRate(p.actual ?? 0, l)} points is below 0 (the rate rising), so no target can be worked out from it; correct the cell or set the unit's target in households.`,
  },
  "points-need-households": {
    severity: "error",
    vi: (p, l) => `${p.name}: không tính được số hộ cần giảm để tỷ lệ giảm ${formatRate(p.points ?? 0, l)} điểm %: chưa có số hộ dân của đơn vị (bảng không ghi, không ước tính được). Hãy ghi số hộ dân, hoặc nhập chỉ tiêu số hộ của đơn vị.`,
    en: (p, l) => `${p.name}: the households to lift out for ${formatRate(p.points ?? 0, l)} points cannot be worked out: the unit has no households (neither written nor estimated). Write its households, or set its target in households.`,
  },
  "points-exceed-poor": {
    severity: "error",
    vi: (p, l) =>
      `${p.name}: giảm ${formatRate(p.points ?? 0, l)} điểm % cần ít nhất ${num(p.actual, l)} hộ thoát nghèo, nhiều hơn ${num(p.expected, l)} hộ nghèo hiện có (số điểm lớn hơn tỷ lệ hộ nghèo của đơn vị); hãy sửa ô này.`,
    en: (p, l) =>
      `${p.name}: lowering the rate by ${formatRate(p.points ?? 0, l)} points needs at least ${num(p.actual, l)} households lifted out, more than its ${num(p.expected, l)} poor households (the points exceed the unit's poverty rate); correct the cell.`,
  },
  "points-in-period": {
    severity: "error",
    vi: (p) =>
      `Cột ${p.text} ghi số điểm % giảm của từng đơn vị nhưng không nói là cho mỗi năm hay cho cả giai đoạn, nên chưa lập chỉ tiêu giai đoạn từ cột này. Hãy nhập mục tiêu của mỗi năm (dòng lệnh: --target-rate-reduction hoặc --target-households), hoặc lập kế hoạch một năm.`,
    en: (p) =>
      `Column ${p.text} gives each unit's points without saying whether they are each year's or the whole period's, so no period targets are taken from it. Give each year's goal (command line: --target-rate-reduction or --target-households), or plan one year.`,
  },
  "plan-short-of-points": {
    severity: "warning",
    vi: (p, l) =>
      `Kế hoạch giảm tỷ lệ hộ nghèo ít hơn số điểm % ở cột ${p.text}: ${unitList(p.shortfalls ?? [], l, (s) => `${s.name} (kế hoạch ${formatRate(s.plan, l)}, bảng ghi ${formatRate(s.points, l)} ở ô ${s.cell})`)}. Hãy tăng chỉ tiêu của các đơn vị này nếu phải đạt số điểm đó.`,
    en: (p, l) =>
      `The plan lowers the poverty rate less than column ${p.text} states: ${unitList(p.shortfalls ?? [], l, (s) => `${s.name} (plan ${formatRate(s.plan, l)}, table ${formatRate(s.points, l)} at ${s.cell})`)}. Raise these units' targets if those points are to be met.`,
  },
  "goal-exceeds-poor": {
    severity: "error",
    vi: (p, l) => `Mục tiêu giảm ${num(p.actual, l)} hộ vượt số ${whose(p, l)} hiện có (${num(p.expected, l)}).`,
    en: (p, l) => `The goal of ${num(p.actual, l)} households exceeds the ${num(p.expected, l)} ${whose(p, l)}.`,
  },
  "goal-needs-households": {
    severity: "error",
    vi: (p, l) =>
      `Không tính được mục tiêu giảm ${num(p.points, l)} điểm % tỷ lệ ${whose(p, l)}: chưa có số hộ dân của ${nameList(p, l)} (bảng không ghi, không ước tính được) và dòng tổng không cho số hộ dân của toàn bảng. Hãy ghi số hộ dân của các đơn vị này, hoặc nhập mục tiêu theo số hộ (dòng lệnh: ${householdsGoalOption(p)}).`,
    en: (p, l) =>
      `The goal of ${num(p.points, l)} ${p.points === 1 ? "point" : "points"} off the ${p.nearPoor ? "near-poverty" : "poverty"} rate cannot be worked out: no households for ${nameList(p, l)} (neither written nor estimated), and the total row gives none for the whole table. Write these units' households, or give the goal in households (command line: ${householdsGoalOption(p)}).`,
  },
  "goal-rate-without-units": {
    severity: "warning",
    vi: (p, l) => `Tỷ lệ dùng để tính mục tiêu không kể ${nameList(p, l)}: chưa có số hộ dân và không có ${whose(p, l)} nên không nhận chỉ tiêu.`,
    en: (p, l) => `The rate the goal was worked out from leaves out ${nameList(p, l)}: no households known and no ${whose(p, l)}, so no share of the goal.`,
  },
  "units-without-figures": {
    severity: "warning",
    vi: (p, l) =>
      p.inRows
        ? `Chưa có số ${whose(p, l)} của ${num(p.names?.length, l)} đơn vị (${nameList(p, l)}): dòng của bảng hoặc nhóm chứa đơn vị chỉ cộng số ${whose(p, l)} và chỉ tiêu của các đơn vị có số liệu, tỷ lệ của dòng vẫn tính trên toàn bộ số hộ dân của nó nên thấp hơn thực tế; hãy bổ sung số liệu rồi lập lại.`
        : `Chưa có số ${whose(p, l)} của ${num(p.names?.length, l)} đơn vị (${nameList(p, l)}): kế hoạch để trống các ô tính từ số này${p.goal ? ", mục tiêu chỉ chia cho các đơn vị còn lại" : ""}; dòng tổng chỉ cộng các đơn vị có số liệu.`,
    en: (p, l) =>
      p.inRows
        ? `No ${whose(p, l)} for ${num(p.names?.length, l)} ${unitsWord(p.names?.length)} (${nameList(p, l)}): the row of its table or group adds up the ${whose(p, l)} and targets of the units with figures only, and its rate is still over all its households, so it is understated; complete the figures and plan again.`
        : `No ${whose(p, l)} for ${num(p.names?.length, l)} ${unitsWord(p.names?.length)} (${nameList(p, l)}): the plan leaves the figures computed from them blank${p.goal ? ", the goal is shared among the other units only" : ""}; the total adds up the units with figures only.`,
  },
  "goal-from-rate": {
    severity: "info",
    vi: (p, l) =>
      `Giảm ${num(p.points, l)} điểm % tỷ lệ ${whose(p, l)} cần ít nhất ${num(p.minimum, l)} hộ ${p.nearPoor ? "thoát cận nghèo" : "thoát nghèo"}; làm tròn lên bội số ${p.step}: ${num(p.actual, l)} hộ${sharedAmong(p, l, `, chia cho các đơn vị ${sharedBy(p, l)}`, "; ")}${offStep(p, l)}.`,
    en: (p, l) =>
      `Lowering the ${p.nearPoor ? "near-poverty" : "poverty"} rate by ${num(p.points, l)} ${p.points === 1 ? "point" : "points"} needs at least ${num(p.minimum, l)} households lifted out; rounded up to a multiple of ${p.step}: ${num(p.actual, l)} households${sharedAmong(p, l, `, shared among the units ${sharedBy(p, l)}`, "; ")}${offStep(p, l)}.`,
  },
  "goal-allocated": {
    severity: "info",
    vi: (p, l) => `Mục tiêu ${num(p.actual, l)} hộ ${p.nearPoor ? "thoát cận nghèo" : "thoát nghèo"}${sharedAmong(p, l, ` được chia cho các đơn vị ${sharedBy(p, l)}`)}, bội số ${p.step}${offStep(p, l)}.`,
    en: (p, l) => `The goal of ${num(p.actual, l)} households${sharedAmong(p, l, ` was shared among the units ${sharedBy(p, l)}`)}, in steps of ${p.step}${offStep(p, l)}.`,
  },
  "step-exceeds-share": {
    severity: "warning",
    vi: (p, l) =>
      `Bội số làm tròn ${num(p.step, l)} hộ lớn hơn phần chia theo tỷ lệ của ${num(p.units?.length, l)} đơn vị (${whose(p, l)}): ${unitList(p.units ?? [], l, (u) => `${u.name} (phần chia ${quota(u, l)} → nhận ${num(u.share, l)} hộ)`)}. Các đơn vị này nhận 0 hoặc trọn một bội số, lệch xa phần chia của mình; hãy chọn bội số nhỏ hơn (dòng lệnh: --round-step).`,
    en: (p, l) =>
      `The rounding step of ${num(p.step, l)} households is larger than the proportional share of ${num(p.units?.length, l)} ${p.units?.length === 1 ? "unit" : "units"} (${whose(p, l)}): ${unitList(p.units ?? [], l, (u) => `${u.name} (share ${quota(u, l)} → given ${num(u.share, l)})`)}. They were given nothing or a whole step, far from their share; choose a smaller step (command line: --round-step).`,
  },
  "allocation-needs-households": {
    severity: "warning",
    vi: () => `Chia để mọi đơn vị giảm cùng một mức tỷ lệ cần số hộ dân của từng đơn vị; bảng thiếu số này nên đã chia theo số hộ nghèo.`,
    en: () => `Sharing for the same rate reduction needs every unit's households; the table lacks them, so the goal was shared by poor households.`,
  },
  "minimum-exceeds-goal": {
    severity: "warning",
    vi: (p, l) => `Mức tối thiểu ${num(p.actual, l)} hộ cho mỗi đơn vị vượt mục tiêu còn lại (${num(p.expected, l)} hộ): đã chia không theo mức tối thiểu.`,
    en: (p, l) => `A minimum of ${num(p.actual, l)} households per unit exceeds the goal left to share (${num(p.expected, l)}): shared without the minimum.`,
  },
  "period-needs-goal": {
    severity: "error",
    vi: (p) =>
      `Kế hoạch nhiều năm cần mục tiêu cho từng năm (cột "Số hộ nghèo phấn đấu giảm" chỉ cho năm đầu): hãy nhập mục tiêu giảm tỷ lệ (điểm % mỗi năm) hoặc số hộ mỗi năm (dòng lệnh: --target-rate-reduction hoặc --target-households) để lập từ năm ${p.expected}.`,
    en: (p) =>
      `A plan over several years needs a goal for each year (the "Số hộ nghèo phấn đấu giảm" column covers the first year only): give a rate reduction (points a year) or households a year (command line: --target-rate-reduction or --target-households) to plan from ${p.expected} on.`,
  },
  "period-poor-only": {
    severity: "warning",
    vi: () => `Kế hoạch nhiều năm chỉ lập cho hộ nghèo: phụ lục giai đoạn không có các cột hộ cận nghèo.`,
    en: () => `A plan over several years covers poor households only: the period appendix has no near-poor columns.`,
  },
  "period-too-long": {
    severity: "warning",
    vi: (p) => `Kế hoạch dài nhất ${p.expected} năm: đã lập ${p.expected} năm thay cho ${p.actual}.`,
    en: (p) => `A plan covers at most ${p.expected} years: ${p.expected} were planned instead of ${p.actual}.`,
  },
  "period-unit-out-of-poor": {
    severity: "warning",
    vi: (p) => `${p.name} không còn hộ nghèo sau năm ${p.expected}: các năm sau đơn vị này không có chỉ tiêu, mục tiêu chia cho các đơn vị khác.`,
    en: (p) => `${p.name} has no poor households left after ${p.expected}: it gets no target in the later years, whose goals fall on the other units.`,
  },
  "weight-matched-loosely": {
    severity: "info",
    vi: (p) => `Hệ số cho "${p.name}" được áp cho đơn vị "${p.text}" (tên gần đúng, chỉ một đơn vị khớp).`,
    en: (p) => `The weight for "${p.name}" was applied to unit "${p.text}" (a near match, the only unit that fits).`,
  },
  "weight-unknown-unit": {
    severity: "warning",
    vi: (p) => `Hệ số cho "${p.name}" không ứng với đơn vị nào trong bảng; đơn vị không có hệ số thì lấy hệ số 1.`,
    en: (p) => `The weight for "${p.name}" matches no unit of the table; a unit without a weight takes 1.`,
  },
} satisfies Record<string, Entry>;

export type IssueCode = keyof typeof CATALOGUE;

export interface IssuePlace {
  sheet: string;
  cell: string | null;
}

/** A finding's value or expected value as the officer reads it: counts and rates grouped, years not. */
export function findingValue(issue: Issue, value: number | string | null, lang: Lang): string | null {
  if (typeof value !== "number") return value;
  const entry: Entry | undefined = (CATALOGUE as Record<string, Entry>)[issue.code];
  return entry?.years ? String(value) : formatNumber(value, lang);
}

export function makeIssue(code: IssueCode, place: IssuePlace, params: IssueParams = {}): Issue {
  const entry: Entry = CATALOGUE[code];
  const message: Message = { vi: entry.vi(params, "vi"), en: entry.en(params, "en") };
  return {
    code,
    severity: entry.severity,
    sheet: place.sheet,
    cell: place.cell,
    message,
    expected: params.expected ?? null,
    actual: params.actual ?? null,
    ...(params.cause === undefined ? {} : { cause: params.cause }),
  };
}
