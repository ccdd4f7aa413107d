/**
 * What rounding to a step did to the shares: units whose exact share is under one step get none or
 * a whole step, far from that share (a lopsided split), and units with fewer poor households than a step, or the goal's
 * remainder, get a share that is no multiple of the step. Both are said, with the numbers, so no
 * note claims a step that was not kept.
 */
import type { Shares } from "./sharing";

export interface StepUnit {
  name: string;
  /** The households the unit was given. */
  share: number;
  /** Its exact share before rounding to the step. */
  quota: number;
}

/**
 * Units with a claim smaller than one step that were given far from it: half a step or more away
 * (none for 7.5 in steps of 10), or all of a smaller claim away (none for 2 in steps of 5, or 10 for
 * 5 in steps of 20, when the goal itself is under a step). Rounding 4 up to 5 is no news, nor a
 * claim under one household given none. A step of 1 rounds nothing away.
 */
export function unitsUnderStep(rows: { name: string }[], shared: Shares, step: number): StepUnit[] {
  if (step <= 1) return [];
  const far = (u: StepUnit) => Math.abs(u.share - u.quota) >= Math.max(1, Math.min(step / 2, u.quota));
  // The farthest first: a message names only the first few.
  const gap = (u: StepUnit) => Math.abs(u.share - u.quota);
  return stepUnits(rows, shared)
    .filter((u) => u.quota < step && far(u))
    .sort((a, b) => gap(b) - gap(a));
}

/** Units whose share is not a multiple of the step. */
export function unitsOffStep(rows: { name: string }[], shared: Shares, step: number): StepUnit[] {
  return stepUnits(rows, shared).filter((u) => u.share % step !== 0);
}

function stepUnits(rows: { name: string }[], shared: Shares): StepUnit[] {
  return rows.map((row, i) => ({ name: row.name, share: shared.shares[i], quota: shared.quotas[i] }));
}
