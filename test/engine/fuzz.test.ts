/**
 * Random grids through the whole engine (detect → validate → plan → layout): values of every type,
 * merges, error values, huge and tiny numbers, and headers shuffled from the vocabulary in
 * shared/DESIGN.md. Whatever comes in, nothing throws, every finding points inside the grid, and
 * the plan's arithmetic holds without a NaN or an Infinity.
 */
import fc from "fast-check";
import { analyze, type AnalyzeOptions, type Grid, parseArea, toA1, WHOLE_PLAN } from "../../src/engine";
import type { CellValue } from "../../src/engine/cells/grid";

const HEADERS = [
  "TT", "Đơn vị", "Tên đơn vị", "Huyện", "Xã, phường, thị trấn", "Tổng số hộ dân", "Tổng số hộ", "Hộ tự nhiên", "Số hộ nghèo",
  "Hộ nghèo", "Số hộ", "Khẩu nghèo", "Tỷ lệ", "Tỷ lệ hộ nghèo (%)", "Hộ nghèo thuộc CS BTXH", "Hộ nghèo thuộc CS giảm nghèo",
  "Tổng số hộ dân (tăng khoảng 0,7%)", "Số hộ nghèo phấn đấu giảm", "Số hộ nghèo dự kiến còn lại", "Tỷ lệ (%)", "Tỷ lệ nghèo giảm (%)",
  "Hộ cận nghèo", "Kết quả rà soát năm 2020", "Số liệu phấn đấu giảm nghèo năm 2021", "Trong đó", "A", "B", "1", "4=3/1*100",
];
const LABELS = ["Toàn tỉnh", "Tổng cộng", "Cộng", "Toàn huyện", "I. Khu vực thành thị", "Cộng I", "Ghi chú: số liệu tạm", "Xã A", "Xã B", "Phường 1", ""];
const ERRORS = ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NUM!"];

const number = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noDefaultInfinity: false, noNaN: false }),
  fc.constantFrom(1e308, -1e308, 5e-324, 1e15, 1e-15, 0, -0, 500),
);
const text = fc.oneof(
  fc.constantFrom(...HEADERS, ...LABELS),
  fc.constantFrom("88.215", "1,36%", "1.234,5", "-", "—", "1e308", `1${"0".repeat(400)}`, "=SUM(A1)", "  "),
  fc.string({ maxLength: 8 }),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

/** A header row drawn from the vocabulary in any order, rows of units below, random cells anywhere. */
const grid: fc.Arbitrary<Grid> = fc
  .record({
    width: fc.integer({ min: 1, max: 12 }),
    height: fc.integer({ min: 1, max: 14 }),
    origin: fc.constantFrom("A1", "B3", "C10"),
    sheet: fc.constantFrom("Sheet1", "Huyện A Lưới", "Phụ lục 2021"),
    headerDepth: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ width, height, origin, sheet, headerDepth }) =>
    fc.record({
      headers: fc.array(fc.array(fc.constantFrom(...HEADERS, null), { minLength: width, maxLength: width }), { minLength: headerDepth, maxLength: headerDepth }),
      units: fc.array(
        fc.tuple(fc.constantFrom(...LABELS), fc.array(cell, { minLength: width, maxLength: width })),
        { minLength: Math.max(0, height - headerDepth), maxLength: Math.max(0, height - headerDepth) },
      ),
      merges: fc.array(fc.tuple(fc.nat(height - 1), fc.nat(width - 1), fc.nat(2), fc.nat(2)), { maxLength: 4 }),
    }).map(({ headers, units, merges }): Grid => {
      const values: CellValue[][] = [...headers, ...units.map(([label, row]) => [row[0], label, ...row.slice(2)].slice(0, width))];
      const top = parseArea(`${origin}:${origin}`);
      const areas = merges
        .map(([r, c, h, w]) => ({ top: r, left: c, bottom: Math.min(height - 1, r + h), right: Math.min(width - 1, c + w) }))
        .filter((a) => a.bottom > a.top || a.right > a.left)
        .filter((a, i, all) => all.slice(0, i).every((b) => a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right));
      return {
        sheet,
        origin,
        values,
        merges: areas.map((a) => `${toA1(top.top + a.top, top.left + a.left)}:${toA1(top.top + a.bottom, top.left + a.right)}`),
      };
    }),
  );

const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    growthPercent: fc.double({ min: 0, max: 10, noNaN: true }),
    targetHouseholds: fc.integer({ min: 0, max: 100_000 }),
    targetRateReduction: fc.double({ min: 0, max: 5, noNaN: true }),
    roundStep: fc.integer({ min: 1, max: 1000 }),
    detail: fc.boolean(),
  },
  { requiredKeys: [] },
).map((o) => (o.targetHouseholds !== undefined ? { ...o, targetRateReduction: undefined } : o));

function nonFiniteNumbers(value: unknown, path = ""): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  return [];
}

function inside(cell: string, g: Grid): boolean {
  const at = parseArea(`${cell}:${cell}`);
  const origin = parseArea(`${g.origin}:${g.origin}`);
  const width = g.values.reduce((w, row) => Math.max(w, row.length), 0);
  return at.top >= origin.top && at.top < origin.top + g.values.length && at.left >= origin.left && at.left < origin.left + width;
}

it("takes thousands of random grids without throwing, pointing outside the grid, or losing the arithmetic", () => {
  fc.assert(
    fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), options, (grids, opts) => {
      const analysis = analyze(grids, { ...opts, currentYear: 2021 });
      for (const issue of analysis.issues) {
        // A finding about the plan of several tables is on none of their sheets, and at no cell.
        if (issue.sheet === WHOLE_PLAN && issue.cell === null && new Set(analysis.tables.map((t) => t.sheet)).size > 1) continue;
        const g = grids.find((x) => x.sheet === issue.sheet);
        expect(g).toBeDefined();
        if (issue.cell !== null) {
          expect(issue.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
          expect(grids.some((x) => x.sheet === issue.sheet && inside(issue.cell as string, x))).toBe(true);
        }
      }
      expect(nonFiniteNumbers(analysis.plan, "plan")).toEqual([]);
      expect(nonFiniteNumbers(analysis.layout, "layout")).toEqual([]);
      const plan = analysis.plan;
      if (!plan) return;
      for (const row of plan.units) {
        if (row.poorHouseholds !== null && row.targetReduction !== null && row.remainingPoor !== null) {
          expect(row.remainingPoor).toBe(row.poorHouseholds - row.targetReduction);
        }
      }
      // The total sums its units' remaining figures: exact for whole counts, within rounding for the fractions a fuzzed cell holds.
      const { poorHouseholds: poorTotal, targetReduction: targetTotal, remainingPoor: remainingTotal } = plan.total;
      if (poorTotal !== null && targetTotal !== null && remainingTotal !== null) {
        expect(Math.abs(remainingTotal - (poorTotal - targetTotal))).toBeLessThanOrEqual(Number.isInteger(poorTotal) ? 0 : 1e-9 * Math.abs(poorTotal));
      }
      // A goal is shared out in full when every unit's poor households are known and suffice.
      const poor = plan.units.map((u) => u.poorHouseholds);
      const allKnown = poor.every((p): p is number => p !== null);
      const goal = plan.target.kind === "households" || plan.target.kind === "rateReduction" ? plan.target.households : null;
      if (goal !== null && allKnown && goal <= poor.reduce((a, b) => a + b, 0)) {
        const shared = plan.units.reduce((sum, u) => sum + (u.targetReduction ?? 0), 0);
        expect(shared).toBe(goal);
        expect(plan.total.targetReduction).toBe(goal);
      }
    }),
    { numRuns: 3000, seed: 20210402 },
  );
});
