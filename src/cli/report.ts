/** What the command line prints: a short summary and the findings as a table, or one JSON document. */
import { type Analysis, FIELD_LABELS, formatNumber, formatRate, type Issue, type Lang, type PeriodPlan, type PlanRow, shownTotalName, WHOLE_PLAN } from "../engine";

type Figure = (n: number | null) => string;

const WORDS = {
  vi: {
    tables: "Bảng tìm thấy",
    units: "đơn vị",
    sheet: "trang",
    plan: (plan: number, base: number, growth: string) => `Kế hoạch năm ${plan} (kết quả rà soát năm ${base}), số hộ dân tăng ${growth}%`,
    total: (row: PlanRow, f: Figure, r: Figure) =>
      `${row.name}: ${f(row.households)} hộ, ${f(row.poorHouseholds)} hộ nghèo (${r(row.poorRate)}%) → phấn đấu giảm ${f(row.targetReduction)} hộ, còn ${f(row.remainingPoor)} hộ (${r(row.remainingRate)}%), tỷ lệ nghèo giảm ${r(row.rateReduction)} điểm %`,
    nearPoor: (row: PlanRow, f: Figure, r: Figure) =>
      `Hộ cận nghèo: ${f(row.nearPoorHouseholds)} hộ (${r(row.nearPoorRate)}%) → phấn đấu giảm ${f(row.nearPoorTarget)} hộ, còn ${f(row.nearPoorRemaining)} hộ (${r(row.nearPoorRemainingRate)}%), giảm ${r(row.nearPoorRateReduction)} điểm %`,
    period: (first: number, last: number) => `Giai đoạn ${first} - ${last}, từng năm:`,
    year: (year: number, row: PlanRow, f: Figure, r: Figure) =>
      `  Năm ${year}: ${f(row.projectedHouseholds)} hộ dân, phấn đấu giảm ${f(row.targetReduction)} hộ nghèo, còn ${f(row.remainingPoor)} hộ (${r(row.remainingRate)}%), tỷ lệ nghèo giảm ${r(row.rateReduction)} điểm %`,
    whole: (targets: string, from: string, to: string, down: string) => `  Cả giai đoạn: giảm ${targets} hộ nghèo, tỷ lệ từ ${from}% xuống ${to}% (giảm ${down} điểm %)`,
    findings: (e: number, w: number, i: number) => `Kết quả kiểm tra: ${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    columns: ["Mức", "Ô", "Nội dung"],
    written: (sheet: string, file: string) => `Đã ghi phụ lục vào trang "${sheet}" của tệp ${file}`,
    checks: (sheet: string) => `Các phát hiện ở trang "${sheet}", mỗi dòng có liên kết tới ô.`,
    notWritten: "Chưa ghi phụ lục vì còn lỗi (sửa lỗi, hoặc dùng --allow-errors để vẫn ghi).",
    noTable: "Chưa ghi phụ lục: không tìm thấy bảng hộ nghèo nào để lập chỉ tiêu (xem các dòng ở trên; chọn trang bằng --sheet, hoặc chỉ cột bằng --map TRƯỜNG=CỘT).",
    target: {
      table: "Chỉ tiêu giảm lấy từ cột \"Số hộ nghèo phấn đấu giảm\" của bảng.",
      none: "Chưa có chỉ tiêu giảm hộ nghèo.",
    },
  },
  en: {
    tables: "Tables found",
    units: "units",
    sheet: "sheet",
    plan: (plan: number, base: number, growth: string) => `Plan for ${plan} (review results of ${base}), households growing ${growth}%`,
    total: (row: PlanRow, f: Figure, r: Figure) =>
      `${shownTotalName(row.name, "en")}: ${f(row.households)} households, ${f(row.poorHouseholds)} poor (${r(row.poorRate)}%) → lift out ${f(row.targetReduction)}, ${f(row.remainingPoor)} remain (${r(row.remainingRate)}%), rate down ${r(row.rateReduction)} points`,
    nearPoor: (row: PlanRow, f: Figure, r: Figure) =>
      `Near-poor: ${f(row.nearPoorHouseholds)} households (${r(row.nearPoorRate)}%) → lift out ${f(row.nearPoorTarget)}, ${f(row.nearPoorRemaining)} remain (${r(row.nearPoorRemainingRate)}%), rate down ${r(row.nearPoorRateReduction)} points`,
    period: (first: number, last: number) => `Period ${first}–${last}, year by year:`,
    year: (year: number, row: PlanRow, f: Figure, r: Figure) =>
      `  ${year}: ${f(row.projectedHouseholds)} households, lift out ${f(row.targetReduction)} poor, ${f(row.remainingPoor)} remain (${r(row.remainingRate)}%), rate down ${r(row.rateReduction)} points`,
    whole: (targets: string, from: string, to: string, down: string) => `  Whole period: ${targets} poor households lifted out, rate from ${from}% to ${to}% (down ${down} points)`,
    findings: (e: number, w: number, i: number) => `Check: ${counted(e, "error")}, ${counted(w, "warning")}, ${counted(i, "note")}`,
    severity: { error: "Error", warning: "Warning", info: "Note" },
    columns: ["Level", "Cell", "Finding"],
    written: (sheet: string, file: string) => `Appendix written to sheet "${sheet}" of ${file}`,
    checks: (sheet: string) => `The findings are on sheet "${sheet}", each with a link to its cell.`,
    notWritten: "No appendix written: errors were found (fix them, or use --allow-errors).",
    noTable: "No appendix written: no table of poor households was found to plan from (see the lines above; choose a sheet with --sheet, or name a column with --map FIELD=COLUMN).",
    target: {
      table: "Targets taken from the table's \"Số hộ nghèo phấn đấu giảm\" column.",
      none: "No targets yet.",
    },
  },
};

/** "1 error", "2 errors": English counts agree with their number. */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export function humanReport(analysis: Analysis, lang: Lang, output: { sheet: string; file: string; checksSheet?: string } | null): string {
  const w = WORDS[lang];
  const f = (n: number | null) => (n === null ? "—" : formatNumber(n, lang));
  const r = (n: number | null) => (n === null ? "—" : formatRate(n, lang));
  const lines: string[] = [];
  const tables = analysis.tables.map((t) => {
    const mapped = t.columns.filter((c) => c.field !== "name" && c.field !== "order").map((c) => FIELD_LABELS[c.field][lang]);
    return `  ${w.sheet} "${t.sheet}": ${t.units.length} ${w.units} — ${mapped.join(", ")}`;
  });
  lines.push(`${w.tables}: ${analysis.tables.length}`);
  for (const table of tables) lines.push(table);
  const plan = analysis.plan;
  if (plan) {
    lines.push(w.plan(plan.planYear, plan.baseYear, formatNumber(plan.growthPercent, lang)), w.total(plan.total, f, r), targetLine(analysis, lang));
    if (plan.nearPoorTarget) lines.push(w.nearPoor(plan.total, f, r));
  }
  if (analysis.period) periodLines(lines, analysis.period, lang);
  const count = (s: Issue["severity"]) => analysis.issues.filter((i) => i.severity === s).length;
  lines.push("", w.findings(count("error"), count("warning"), count("info")));
  if (analysis.issues.length > 0) lines.push(issueTable(analysis.issues, lang));
  lines.push("");
  if (output) {
    lines.push(w.written(output.sheet, output.file));
    if (output.checksSheet) lines.push(w.checks(output.checksSheet));
  } else lines.push(plan ? w.notWritten : w.noTable);
  return lines.join("\n");
}

/** Each year's totals, then the period's: households lifted out and the rate from the base year to the last. */
function periodLines(lines: string[], period: PeriodPlan, lang: Lang): void {
  const w = WORDS[lang];
  const f = (n: number | null) => (n === null ? "—" : formatNumber(n, lang));
  const r = (n: number | null) => (n === null ? "—" : formatRate(n, lang));
  lines.push(w.period(period.firstYear, period.lastYear));
  for (const year of period.years) lines.push(w.year(year.planYear, year.total, f, r));
  const last = period.years[period.years.length - 1];
  lines.push(w.whole(f(period.targetReduction), r(period.years[0].total.poorRate), r(last.total.remainingRate), r(period.rateReduction)));
}

/** How the targets came about; for a goal or the units' points, the finding that explains how they became households. */
function targetLine(analysis: Analysis, lang: Lang): string {
  const words = WORDS[lang].target;
  const kind = analysis.plan?.target.kind;
  if (kind === "table") return words.table;
  const goal = analysis.issues.find((i) => i.code === "goal-from-rate" || i.code === "goal-allocated" || i.code === "targets-from-points");
  return goal ? goal.message[lang] : words.none;
}

function issueTable(issues: Issue[], lang: Lang): string {
  const w = WORDS[lang];
  const rows = issues.map((i) => [w.severity[i.severity], i.cell ? `${quoteSheet(i.sheet)}!${i.cell}` : i.sheet === WHOLE_PLAN ? "" : quoteSheet(i.sheet), i.message[lang]]);
  const widths = [0, 1].map((c) => rows.reduce((widest, r) => Math.max(widest, r[c].length), w.columns[c].length));
  const line = (r: string[]) => `  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2]}`;
  return [line(w.columns), ...rows.map(line)].join("\n");
}

/** Excel's way of naming a sheet in a reference: quoted when it holds spaces or punctuation. */
export function quoteSheet(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function jsonReport(analysis: Analysis | null, output: string | null, error?: string): string {
  const document = {
    units: analysis?.plan?.units ?? [],
    total: analysis?.plan?.total ?? null,
    issues: analysis?.issues ?? [],
    ...(analysis?.period ? { period: periodJson(analysis.period) } : {}),
    output,
    ...(error ? { error } : {}),
  };
  return JSON.stringify(document, null, 2);
}

/** Each year's units and total in the JSON, the year named; the period's totals beside them. */
function periodJson(period: PeriodPlan) {
  const { firstYear, lastYear, targetReduction, rateReduction } = period;
  return { firstYear, lastYear, years: period.years.map((year) => ({ year: year.planYear, units: year.units, total: year.total })), targetReduction, rateReduction };
}
