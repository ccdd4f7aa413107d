/**
 * The published tables' arithmetic (shared/DESIGN.md), written once so the engine and the
 * appendix's formulas compute the same doubles in the same order.
 */
import { round } from "./round";

/** 1 + growth as the literal the formulas use ("1.007"), so both sides hold the same double. */
export function growthFactor(growthPercent: number): number {
  return Number((1 + growthPercent / 100).toFixed(10));
}

export function projectHouseholds(households: number, growthPercent: number): number {
  return round(households * growthFactor(growthPercent), 0);
}

/** part / whole × 100 to two decimals; null when it cannot be computed. */
export function percent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return round((part / whole) * 100, 2);
}

export function difference(a: number | null, b: number | null, digits?: number): number | null {
  if (a === null || b === null) return null;
  return digits === undefined ? a - b : round(a - b, digits);
}

export function sum(values: (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0);
}
