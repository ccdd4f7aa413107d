/** Command-line options: a small parser, so the tool needs nothing beyond what it ships with. */
import { columnNumber, FIELDS, formatNumber, MAX_PLAN_YEARS, type AnalyzeOptions, type Field, type Lang } from "../engine";

export interface CliOptions {
  input: string | null;
  out: string | null;
  json: boolean;
  allowErrors: boolean;
  lang: Lang;
  help: boolean;
  /** A list of weights by unit name, for --allocate weights. */
  weightsFile: string | null;
  /** Add the checks sheet "Kiểm tra" (--checks). */
  checks: boolean;
  analyze: AnalyzeOptions;
}

/** A mistake in the command: said in both languages, printed in the chosen one. */
export class UsageError extends Error {
  readonly code = "usage";
  readonly text: { vi: string; en: string };

  constructor(vi: string, en: string) {
    super(vi);
    this.text = { vi, en };
  }
}

const VALUE_OPTIONS = new Set(["-o", "--out", "--sheet", "--growth", "--base-year", "--plan-year", "--target-rate-reduction", "--target-households", "--round-step", "--lang", "--map",
  "--allocate", "--weights", "--minimum", "--target-near-poor-rate-reduction", "--target-near-poor-households", "--period"]);

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { input: null, out: null, json: false, allowErrors: false, lang: "vi", help: false, weightsFile: null, checks: false, analyze: {} };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith("--") && argv[i].includes("=") ? splitOnce(argv[i]) : [argv[i], undefined];
    if (!flag.startsWith("-") || flag === "-") {
      if (options.input !== null) throw new UsageError(`Chỉ nhận một tệp đầu vào: "${flag}".`, `Only one input file: "${flag}".`);
      options.input = flag;
      continue;
    }
    let value: string | undefined;
    if (VALUE_OPTIONS.has(flag)) {
      value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`Thiếu giá trị cho ${flag}.`, `${flag} needs a value.`);
    }
    apply(options, flag, value);
  }
  checkTogether(options.analyze);
  return options;
}

/** Options that contradict each other: one goal at a time, and a plan year after the base year. */
function checkTogether(a: AnalyzeOptions): void {
  if (a.targetRateReduction !== undefined && a.targetHouseholds !== undefined) {
    throw new UsageError(
      "Chỉ cho một mục tiêu: --target-rate-reduction hoặc --target-households, không cả hai.",
      "Give one goal: --target-rate-reduction or --target-households, not both.",
    );
  }
  if (a.targetNearPoorRateReduction !== undefined && a.targetNearPoorHouseholds !== undefined) {
    throw new UsageError(
      "Chỉ cho một mục tiêu hộ cận nghèo: --target-near-poor-rate-reduction hoặc --target-near-poor-households.",
      "Give one near-poor goal: --target-near-poor-rate-reduction or --target-near-poor-households.",
    );
  }
  if (a.baseYear !== undefined && a.planYear !== undefined) checkYears(a.baseYear, a.planYear);
}

/** "2026-2030" (or with an en dash): the plan's first year and how many years it covers. */
function period(text: string): { planYear: number; planYears: number } {
  const match = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  const [first, last] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  const years = last - first + 1;
  if (first >= 2000 && last <= 2100 && years >= 2 && years <= MAX_PLAN_YEARS) return { planYear: first, planYears: years };
  throw new UsageError(
    `Giá trị không hợp lệ cho --period: "${text}". Cần NĂM_ĐẦU-NĂM_CUỐI, từ 2 đến ${MAX_PLAN_YEARS} năm trong khoảng 2000 đến 2100, ví dụ 2026-2030.`,
    `Invalid value for --period: "${text}". Give FIRST-LAST, 2 to ${MAX_PLAN_YEARS} years between 2000 and 2100, e.g. 2026-2030.`,
  );
}

export function checkYears(baseYear: number, planYear: number): void {
  if (planYear > baseYear) return;
  throw new UsageError(
    `Năm kế hoạch (--plan-year ${planYear}) phải sau năm rà soát (${baseYear}).`,
    `The plan year (--plan-year ${planYear}) must come after the review year (${baseYear}).`,
  );
}

function apply(options: CliOptions, flag: string, value: string | undefined): void {
  const a = options.analyze;
  switch (flag) {
    case "-o":
    case "--out":
      options.out = value as string;
      return;
    case "--sheet":
      a.sheets = [...(a.sheets ?? []), value as string];
      return;
    case "--growth":
      a.growthPercent = number(flag, value, { min: 0, max: 10, example: "0,7" });
      return;
    case "--base-year":
      a.baseYear = number(flag, value, { min: 2000, max: 2100, whole: true, example: "2020" });
      return;
    case "--plan-year":
      if (a.planYears !== undefined) throw new UsageError("Chỉ cho --plan-year hoặc --period, không cả hai.", "Give --plan-year or --period, not both.");
      a.planYear = number(flag, value, { min: 2000, max: 2100, whole: true, example: "2021" });
      return;
    case "--period":
      if (a.planYear !== undefined) throw new UsageError("Chỉ cho --plan-year hoặc --period, không cả hai.", "Give --plan-year or --period, not both.");
      Object.assign(a, period(value as string));
      return;
    case "--target-rate-reduction":
      a.targetRateReduction = number(flag, value, { min: 0, max: 100, example: "0,4" });
      return;
    case "--target-households":
      a.targetHouseholds = number(flag, value, { min: 0, max: 10_000_000, whole: true, example: "1220" });
      return;
    case "--round-step":
      a.roundStep = number(flag, value, { min: 1, max: 1000, whole: true, example: "5" });
      return;
    case "--allocate":
      if (value !== "poor" && value !== "rate" && value !== "weights") {
        throw new UsageError(`--allocate nhận poor, rate hoặc weights: "${value}"`, `--allocate takes poor, rate or weights: "${value}"`);
      }
      a.allocation = value;
      return;
    case "--weights":
      options.weightsFile = value as string;
      return;
    case "--minimum":
      a.minimumTarget = number(flag, value, { min: 0, max: 100_000, whole: true, example: "10" });
      return;
    case "--target-near-poor-rate-reduction":
      a.targetNearPoorRateReduction = number(flag, value, { min: 0, max: 100, example: "0,5" });
      return;
    case "--target-near-poor-households":
      a.targetNearPoorHouseholds = number(flag, value, { min: 0, max: 10_000_000, whole: true, example: "500" });
      return;
    case "--detail":
      a.detail = true;
      return;
    case "--summary":
      a.summary = true;
      return;
    case "--map":
      a.columnMap = [...(a.columnMap ?? []), columnAssignment(value as string)];
      return;
    case "--allow-errors":
      options.allowErrors = true;
      return;
    case "--json":
      options.json = true;
      return;
    case "--no-chart":
      a.chart = false;
      return;
    case "--checks":
      options.checks = true;
      return;
    case "--lang":
      if (value !== "vi" && value !== "en") throw new UsageError(`--lang nhận vi hoặc en, không nhận "${value}".`, `--lang takes vi or en, not "${value}".`);
      options.lang = value;
      return;
    case "-h":
    case "--help":
      options.help = true;
      return;
    default:
      throw new UsageError(`Tuỳ chọn không rõ: ${flag}`, `Unknown option: ${flag}`);
  }
}

/** Plain decimals only: "0,4" or "0.4", never "0x10", "1e2", "Infinity" or "1.000". */
const DECIMAL = /^[+-]?\d+([.,]\d+)?$/;

/** Officers type the Vietnamese way ("0,4") as often as the English way ("0.4"); both are read. */
function number(flag: string, text: string | undefined, limits: { min: number; max: number; whole?: boolean; example: string }): number {
  const trimmed = String(text).trim();
  const value = Number(trimmed.replace(",", "."));
  const ok = DECIMAL.test(trimmed) && (!limits.whole || Number.isInteger(value)) && value >= limits.min && value <= limits.max;
  if (ok) return value;
  const kind = limits.whole ? { vi: "một số nguyên", en: "a whole number" } : { vi: "một số thập phân", en: "a decimal number" };
  const range = { vi: `${formatNumber(limits.min, "vi")} đến ${formatNumber(limits.max, "vi")}`, en: `${formatNumber(limits.min, "en")} to ${formatNumber(limits.max, "en")}` };
  throw new UsageError(
    `Giá trị không hợp lệ cho ${flag}: "${text}". Cần ${kind.vi} từ ${range.vi}, ví dụ ${limits.example}.`,
    `Invalid value for ${flag}: "${text}". Give ${kind.en} from ${range.en}, e.g. ${limits.example.replace(",", ".")}.`,
  );
}

/** "poorHouseholds=D": the officer says which column holds a field the headers did not reveal. */
function columnAssignment(text: string): { field: Field; col: number } {
  const match = /^([A-Za-z]+)=([A-Za-z]{1,3})$/.exec(text.trim());
  const field = FIELDS.find((f) => f.toLowerCase() === match?.[1].toLowerCase());
  if (!match || !field) {
    throw new UsageError(
      `--map nhận TRƯỜNG=CỘT, ví dụ poorHouseholds=D, không nhận "${text}"; trường là một trong: ${FIELDS.join(", ")}.`,
      `--map takes FIELD=COLUMN, e.g. poorHouseholds=D, not "${text}"; the field is one of: ${FIELDS.join(", ")}.`,
    );
  }
  return { field, col: columnNumber(match[2].toUpperCase()) };
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf("=");
  return [arg.slice(0, at), arg.slice(at + 1)];
}

export const USAGE = {
  vi: `Cách dùng: npm run appendix -- <tệp.xlsx> [tuỳ chọn]
  -o, --out TỆP                 tệp kết quả (mặc định <tệp>-phu-luc.xlsx bên cạnh tệp vào)
  --sheet TÊN                   chỉ đọc trang này (lặp lại được; mặc định mọi trang có bảng)
  --growth PHẦN_TRĂM            tăng số hộ dân (mặc định 0,7)
  --base-year NĂM, --plan-year NĂM
  --period NĂM-NĂM              kế hoạch nhiều năm, vd. 2026-2030: một bảng, mỗi năm một nhóm cột;
                                mục tiêu (--target-…) là của mỗi năm
  --target-rate-reduction ĐIỂM  mục tiêu giảm tỷ lệ hộ nghèo toàn tỉnh (điểm %; mỗi năm với --period)
  --target-households SỐ_HỘ     mục tiêu số hộ thoát nghèo toàn tỉnh (mỗi năm với --period)
  --round-step N                làm tròn chỉ tiêu từng đơn vị theo bội số N (mặc định 5)
  --target-near-poor-rate-reduction ĐIỂM, --target-near-poor-households SỐ_HỘ
                                mục tiêu cho hộ cận nghèo (thêm các cột hộ cận nghèo vào phụ lục)
  --allocate poor|rate|weights  chia mục tiêu theo số hộ nghèo (mặc định), để mọi đơn vị giảm cùng mức tỷ lệ,
                                hoặc theo số hộ nghèo nhân hệ số (cột "Hệ số phân bổ" hoặc --weights)
  --weights TỆP                 hệ số từng đơn vị: mỗi dòng "Tên đơn vị;hệ số" (dấu ; , hoặc tab)
  --minimum SỐ_HỘ               mỗi đơn vị giảm ít nhất chừng ấy hộ
  --detail                      nhiều bảng: liệt kê từng đơn vị dưới dòng cộng của bảng
  --summary                     bảng có nhóm (khu vực, huyện): mỗi nhóm một dòng
  --map TRƯỜNG=CỘT              cột chứa một trường mà tiêu đề không cho biết, vd. poorHouseholds=D (lặp lại được)
  --allow-errors                vẫn ghi phụ lục khi còn lỗi
  --no-chart                    không vẽ biểu đồ tỷ lệ hộ nghèo dưới phụ lục
  --checks                      thêm trang "Kiểm tra": mỗi phát hiện một dòng, có liên kết tới ô
  --json                        in kết quả dạng JSON
  --lang vi|en                  ngôn ngữ thông báo`,
  en: `Usage: npm run appendix -- <workbook.xlsx> [options]
  -o, --out FILE                output workbook (default <input>-phu-luc.xlsx beside the input)
  --sheet NAME                  read only this sheet (repeatable; default every sheet holding a table)
  --growth PERCENT              household growth (default 0.7)
  --base-year YEAR, --plan-year YEAR
  --period YEAR-YEAR            a plan over several years, e.g. 2026-2030: one table, a column group per year;
                                the goal (--target-…) is each year's
  --target-rate-reduction PP    province goal: lower the poverty rate by PP percentage points (a year with --period)
  --target-households N         province goal: lift N households out of poverty (a year with --period)
  --round-step N                round each unit's target to a multiple of N (default 5)
  --target-near-poor-rate-reduction PP, --target-near-poor-households N
                                goals for near-poor households (adds the near-poor columns to the appendix)
  --allocate poor|rate|weights  share a goal by poor households (default), for the same rate reduction
                                everywhere, or by poor households times a weight ("Hệ số phân bổ" column or --weights)
  --weights FILE                each unit's weight: one "Unit name;weight" a line (; , or tab)
  --minimum N                   every unit lifts out at least N households
  --detail                      several tables: list every unit under its table's subtotal
  --summary                     a table with groups (areas, districts): one row per group
  --map FIELD=COLUMN            the column holding a field its header does not reveal, e.g. poorHouseholds=D (repeatable)
  --allow-errors                write the appendix even when errors were found
  --no-chart                    no chart of the poverty rates under the appendix
  --checks                      add a sheet "Checks": one row per finding, with a link to its cell
  --json                        print the result as one JSON document
  --lang vi|en                  language of the messages`,
};
