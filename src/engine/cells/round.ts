/**
 * ROUND as the sheet computes it (half away from zero), so the engine's numbers equal what the
 * appendix's own formulas show. With 0 digits the double is rounded as it is: 500*1.007 is
 * 503.49999999999994, and ROUND(500*1.007,0) is 503. With decimals, the scaled value is first
 * brought to 15 significant digits, as spreadsheets do, so 1.005 rounds to 1.01.
 */
export function round(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.abs(value);
  if (digits === 0) return Math.sign(value) * Math.round(magnitude);
  const factor = 10 ** digits;
  const scaled = magnitude * factor;
  return (Math.sign(value) * Math.round(nearHalf(scaled) ? Number(scaled.toPrecision(15)) : scaled)) / factor;
}

/**
 * Whether 15 significant digits can change how `scaled` rounds: they move it by less than
 * scaled × 1e-14, which matters only that close to a half. toPrecision is slow (microseconds), and
 * the plan rounds every rate of every unit.
 */
function nearHalf(scaled: number): boolean {
  return Math.abs(scaled - Math.floor(scaled) - 0.5) <= scaled * 1e-13;
}
