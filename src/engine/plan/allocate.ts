/**
 * Sharing a province goal among units in proportion to their weights (by default their poor
 * households), in multiples of a rounding step, by largest remainder, so the shares add up exactly
 * to the goal. No unit is given more than it has poor households.
 */

export interface AllocationInput {
  poorHouseholds: number;
  /** The unit's claim on the goal; its poor households when absent. */
  weight?: number;
}

export function allocate(goal: number, units: AllocationInput[], step: number): number[] {
  const capacity = units.map((u) => Math.max(0, u.poorHouseholds));
  const shares = units.map(() => 0);
  let left = goal;
  // Caps can leave part of the goal unshared; the loop shares it again among units with room.
  while (left > 0) {
    const open = shares.map((_, i) => i).filter((i) => capacity[i] - shares[i] > 0);
    if (open.length === 0) break;
    const given = shareOnce(left, open.map((i) => capacity[i] - shares[i]), open.map((i) => Math.max(0, units[i].weight ?? units[i].poorHouseholds)), step);
    open.forEach((unitIndex, k) => (shares[unitIndex] += given[k]));
    const sharedNow = given.reduce((a, b) => a + b, 0);
    if (sharedNow === 0) break;
    left -= sharedNow;
  }
  return shares;
}

function shareOnce(goal: number, room: number[], weights: number[], step: number): number[] {
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  // Units without weight take part only once the weighted ones are full; then by their room, so the shares still make the goal.
  if (totalWeight === 0) return shareOnce(goal, room, room, step);
  const quotas = weights.map((w) => (goal * w) / totalWeight);
  const given = quotas.map((q, i) => Math.min(room[i], Math.floor(q / step) * step));
  let left = goal - given.reduce((a, b) => a + b, 0);
  const order = quotas.map((_quota, i) => i).sort((a, b) => quotas[b] - given[b] - (quotas[a] - given[a]) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    const extra = Math.min(left, step, room[i] - given[i]);
    given[i] += extra;
    left -= extra;
  }
  return given;
}
