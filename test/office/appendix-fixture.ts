/**
 * Appendix layouts as the product makes them: a province sheet of units under the seed's header
 * (plan 129/KH-UBND), analysed by the engine, whose layout the Office adapter then writes. Also the
 * units' source sheets as a district would send them, for the reading tests.
 */
import { analyze, type AnalyzeOptions } from "../../src/engine/analysis";
import type { CellValue, Grid } from "../../src/engine/cells/grid";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { fromHundredths, projected as projectedAt, rateHundredths } from "../helpers/exact";
import type { Content } from "../helpers/fake-excel";
import { SEED_HEADER, SEED_HEADER_MERGES } from "../helpers/seed-grid";

/** part / whole × 100 to two decimals, and households grown by 0.7 %, from the exact oracle, not the engine. */
const percent = (part: number, whole: number): number => fromHundredths(rateHundredths(part, whole));
const reduction = (poor: number, households: number, remaining: number, projected: number): number =>
  fromHundredths(rateHundredths(poor, households) - rateHundredths(remaining, projected));

export interface Unit {
  name: string;
  households: number;
  poor: number;
  persons: number;
  socialAssistance: number;
  target: number;
}

/** Deterministic units with Vietnamese names; `names` overrides the first ones (e.g. "=1+1"). */
export function makeUnits(count: number, names: string[] = []): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const households = 500 + ((i * 7919) % 9000);
    const poor = 10 + ((i * 131) % Math.floor(households / 10));
    return {
      name: names[i] ?? `Xã Phong Điền ${i + 1}`,
      households,
      poor,
      persons: poor * 3,
      socialAssistance: Math.floor(poor / 2),
      target: Math.max(1, Math.floor(poor / 8)),
    };
  });
}

/** A unit's row under the seed's fifteen columns, every derived figure from the exact oracle (the engine checks them). */
function planRow(index: number, unit: Unit): CellValue[] {
  const policy = unit.poor - unit.socialAssistance;
  const projected = projectedAt(unit.households);
  const poorRate = percent(unit.poor, unit.households);
  const remaining = unit.poor - unit.target;
  const remainingRate = percent(remaining, projected);
  return [
    index, unit.name, unit.households, unit.poor, unit.persons, poorRate, unit.socialAssistance,
    percent(unit.socialAssistance, unit.poor), policy, percent(policy, unit.poor), projected, unit.target,
    remaining, remainingRate, reduction(unit.poor, unit.households, remaining, projected),
  ];
}

/** The province's total row: sums, and ratios of the sums. */
function totalRow(units: Unit[]): CellValue[] {
  const sum = (of: (u: Unit) => number): number => units.reduce((s, u) => s + of(u), 0);
  const [households, poor, socialAssistance, target] = [sum((u) => u.households), sum((u) => u.poor), sum((u) => u.socialAssistance), sum((u) => u.target)];
  const projected = sum((u) => projectedAt(u.households));
  const [poorRate, remainingRate] = [percent(poor, households), percent(poor - target, projected)];
  return [
    null, "Toàn tỉnh", households, poor, sum((u) => u.persons), poorRate, socialAssistance, percent(socialAssistance, poor),
    poor - socialAssistance, percent(poor - socialAssistance, poor), projected, target, poor - target, remainingRate,
    reduction(poor, households, poor - target, projected),
  ];
}

/** The province's summary sheet: a title, the seed's three-row merged header from A4, units, total. */
export function unitGrid(units: Unit[]): Grid {
  const blank = (): CellValue[] => new Array<CellValue>(15).fill(null);
  const title = ["TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020 VÀ CHỈ TIÊU GIẢM NGHÈO NĂM 2021", ...blank().slice(1)];
  const shift = (area: string): string => area.replace(/\d+/g, (n) => String(Number(n) + 3));
  return {
    sheet: "Tổng hợp",
    origin: "A1",
    values: [title, blank(), blank(), ...SEED_HEADER, ...units.map((unit, i) => planRow(i + 1, unit)), totalRow(units)],
    merges: ["A1:O1", ...SEED_HEADER_MERGES.map(shift)],
  };
}

/** The engine's appendix for these units; a grid the engine finds fault with fails the test here. */
export function engineLayout(units: Unit[], options: AnalyzeOptions = {}): AppendixLayout {
  const analysis = analyze([unitGrid(units)], options);
  const faults = analysis.issues.filter((issue) => issue.severity !== "info");
  if (!analysis.layout || faults.length > 0) {
    throw new Error(`The engine refused the unit grid: ${faults.slice(0, 5).map((i) => `${i.code} ${i.message.en}`).join("; ")}`);
  }
  return analysis.layout;
}

/**
 * A district's sheet with the review's twelve columns: title, two header rows, the units and a
 * total row (its rate an error value when asked).
 */
export function sourceRows(units: Unit[], options: { error?: boolean } = {}): Content[][] {
  const rate = (part: number, whole: number): number => Math.round((part / whole) * 10000) / 100;
  const rows: Content[][] = [
    ["DANH SÁCH KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020", ...new Array<Content>(11).fill(null)],
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", null, null, "Trong đó", null, null, null, "Hộ cận nghèo", null],
    [null, null, null, "Số hộ", "Khẩu nghèo", "Tỷ lệ (%)", "Hộ nghèo thuộc CS BTXH", "Tỷ lệ", "Hộ nghèo thuộc CS giảm nghèo", "Tỷ lệ", "Số hộ", "Tỷ lệ (%)"],
  ];
  units.forEach((u, i) => {
    const policy = u.poor - u.socialAssistance;
    const nearPoor = Math.floor(u.poor * 1.3);
    rows.push([
      i + 1, u.name, u.households, u.poor, u.persons, rate(u.poor, u.households), u.socialAssistance,
      rate(u.socialAssistance, u.poor), policy, rate(policy, u.poor), nearPoor, rate(nearPoor, u.households),
    ]);
  });
  const sum = (of: (u: Unit) => number): number => units.reduce((s, u) => s + of(u), 0);
  const [households, poor] = [sum((u) => u.households), sum((u) => u.poor)];
  rows.push([null, "Cộng", households, poor, sum((u) => u.persons), options.error ? { error: "#DIV/0!" } : rate(poor, households), ...new Array<Content>(6).fill(null)]);
  return rows;
}

export const SOURCE_MERGES = ["A1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:J2", "K2:L2"];

export const sourceFormats = (rowCount: number): string[][] =>
  Array.from({ length: rowCount }, (_, r) =>
    r < 3 ? new Array<string>(12).fill("General") : ["0", "@", "#,##0", "#,##0", "#,##0", "0.00", "#,##0", "0.00", "#,##0", "0.00", "#,##0", "0.00"],
  );
