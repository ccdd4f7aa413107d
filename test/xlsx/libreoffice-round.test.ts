/**
 * The engine's round() against LibreOffice's ROUND on the appendix's own formulas:
 * ROUND(a/b*100,2) (rates) and ROUND(h*(1+0.007),0) (projected households).
 * Each row holds the formula and RAWSUBTRACT(formula, engine value), which LibreOffice computes
 * without its usual near-equality snapping, so a one-ulp difference shows as non-zero.
 */
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { round } from "../../src/engine/cells/round";
import { itWithLibreOffice, recalculate } from "../helpers/libreoffice";
import { makeTempDir, removeTempDir, saveTo } from "../helpers/xlsx-fixtures";

interface Case {
  formula: string;
  /** The same computation in JavaScript, in the formula's operation order. */
  compute: (r: (value: number, digits: number) => number) => number;
}

const rate = (a: number, b: number): Case => ({
  formula: `ROUND(${a}/${b}*100,2)`,
  compute: (r) => r((a / b) * 100, 2),
});
const projected = (h: number): Case => ({
  formula: `ROUND(${h}*(1+0.007),0)`,
  compute: (r) => r(h * (1 + 0.007), 0),
});
const literal = (x: string, digits: number): Case => ({
  formula: `ROUND(${x},${digits})`,
  compute: (r) => r(Number(x), digits),
});

/** a/b*100 with a third decimal of exactly 5 (1/8 → 12.5, 1/32 → 3.125, 1/800 → 0.125 …). */
function exactHalves(): Case[] {
  const cases: Case[] = [];
  for (const b of [8, 16, 32, 40, 64, 80, 160, 200, 320, 400, 800, 1600, 2000, 3200, 4000, 8000, 20000, 40000]) {
    for (let a = 1; a <= Math.min(b, 2000); a++) {
      const thousandths = (BigInt(a) * 100000n) / BigInt(b);
      if ((BigInt(a) * 100000n) % BigInt(b) === 0n && thousandths % 10n === 5n) cases.push(rate(a, b));
    }
  }
  return cases.filter((_, i) => i % 3 === 0); // every third keeps the sheet small but covers every b
}

function allCases(): Case[] {
  const cases: Case[] = [rate(1, 8), rate(1, 16), rate(1, 32), rate(1, 80), rate(1, 800), rate(3, 800), rate(201, 20000)];
  cases.push(...exactHalves());
  // h ≡ 500 (mod 1000) makes h*1.007 end in exactly .5 in decimals; the double may fall either side.
  for (let h = 500; h <= 80500; h += 1000) cases.push(projected(h));
  cases.push(...[1, 7, 99, 143, 1001, 12345, 71500, 214500].map(projected));
  for (const x of ["1.005", "2.675", "1.015", "8.345", "0.285", "1.255", "5.015", "10.005", "4.435", "-1.005", "-2.675", "1234.565"]) {
    cases.push(literal(x, 2));
  }
  cases.push(...[[-1, 8], [-1, 32], [-3, 800]].map(([a, b]) => rate(a, b)));
  const units = fc.tuple(fc.integer({ min: 1, max: 300000 }), fc.integer({ min: 0, max: 100000 }));
  for (const [b, a] of fc.sample(units, { seed: 2021, numRuns: 300 })) cases.push(rate(Math.min(a, b), b));
  for (const h of fc.sample(fc.integer({ min: 1, max: 2000000 }), { seed: 129, numRuns: 200 })) cases.push(projected(h));
  return cases;
}

/**
 * LibreOffice 7.4's rtl::math::round (sal/rtl/math.cxx), mode Corrected, as a reference port:
 * 0 digits: std::round of the double as it is; otherwise floor(approxValue(x*10^d + 0.5)) / 10^d,
 * where approxValue rounds to 15 significant digits.
 */
function libreOfficeRound(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const sign = value < 0 ? -1 : 1;
  let x = Math.abs(value);
  if (digits === 0) return sign * Math.round(x);
  if (digits > 0 && (x >= 2 ** 52 || Number.isInteger(x))) return value;
  const factor = Number(`1e${Math.abs(digits)}`);
  x = digits < 0 ? x / factor : x * factor;
  if (x < 2 ** 52) x = Math.floor(approxValue(x + 0.5));
  x = digits < 0 ? x * factor : x / factor;
  return sign * x;
}

function approxValue(x: number): number {
  if (x === 0 || !Number.isFinite(x) || x > 2 ** 41 || Number.isInteger(x) || fractionBits(x) <= 11) return x;
  const exp = 14 - Math.floor(Math.log10(x));
  const factor = Number(`1e${Math.abs(exp)}`);
  const scaled = Math.round(exp < 0 ? x / factor : x * factor);
  return exp < 0 ? scaled * factor : scaled / factor;
}

/** Binary digits after the point (doubling is exact, so this terminates within 1074 steps). */
function fractionBits(x: number): number {
  let bits = 0;
  for (let y = x; !Number.isInteger(y); y *= 2) bits++;
  return bits;
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("xlsx-round-");
});
afterAll(() => removeTempDir(dir));

itWithLibreOffice("round() equals LibreOffice's ROUND on the appendix's formulas", async () => {
  const cases = allCases();
  expect(cases.length).toBeGreaterThan(600);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("round");
  cases.forEach((c, i) => {
    const engine = c.compute(round);
    sheet.getCell(i + 1, 1).value = { formula: c.formula };
    sheet.getCell(i + 1, 2).value = { formula: `_xlfn.ORG.LIBREOFFICE.RAWSUBTRACT(A${i + 1},${engine})` };
  });
  const rows = (await recalculate(await saveTo(workbook, dir, "round.xlsx"))).round;

  const disagreements = cases
    .map((c, i) => ({ formula: c.formula, libreOffice: rows[i]?.[0], engine: c.compute(round), exactDifference: rows[i]?.[1] }))
    .filter((d) => d.exactDifference !== "0" || Number(d.libreOffice) !== d.engine);
  expect(disagreements).toEqual([]);

  const portMismatches = cases
    .map((c, i) => ({ formula: c.formula, libreOffice: rows[i]?.[0], port: c.compute(libreOfficeRound) }))
    .filter((d) => Number(d.libreOffice) !== d.port);
  expect(portMismatches).toEqual([]);
});
