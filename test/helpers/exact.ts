/**
 * An independent oracle for the plan's numbers: exact integer arithmetic on BigInt, rounding half
 * away from zero as the sheet's ROUND does. Nothing here comes from the engine, so a test built
 * on it fails when the engine's arithmetic is wrong, not only when it changes.
 */

/** a / b rounded half away from zero to a whole number, exactly. */
export function roundedQuotient(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const [n, d] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const q = n / d + (2n * (n % d) >= d ? 1n : 0n);
  return negative ? -q : q;
}

/** Households projected at a growth of numerator/denominator (0.7 % is 1007/1000), rounded to a whole. */
export function projected(households: number, numerator = 1007n, denominator = 1000n): number {
  return Number(roundedQuotient(BigInt(households) * numerator, denominator));
}

/** part / whole × 100 rounded to two decimals, in hundredths of a percent (8.06 % is 806n). */
export function rateHundredths(part: number, whole: number): bigint {
  return roundedQuotient(BigInt(part) * 10000n, BigInt(whole));
}

/** A number of hundredths as the double the sheet shows: 806n → 8.06. */
export function fromHundredths(hundredths: bigint): number {
  return Number(hundredths) / 100;
}
