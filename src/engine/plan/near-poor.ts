/**
 * Near-poor households in the plan (hộ cận nghèo): planned when the table has them and either a
 * near-poor target column or a near-poor goal, with the same arithmetic and sharing as the poor.
 */
import type { DetectedTable } from "../detect";
import type { PlanOptions } from "./plan-types";
import { resolveTargets, type TargetRow, type Targets, type WholeHouseholds } from "./targets";

interface NearPoorRow extends TargetRow {
  nearPoorHouseholds: number | null;
  nearPoorTableTarget: number | null;
}

export function nearPoorTargets(tables: DetectedTable[], rows: NearPoorRow[], options: PlanOptions, whole: WholeHouseholds | null): Targets | null {
  const has = (field: string) => tables.every((t) => t.columns.some((c) => c.field === field));
  const goal = options.targetNearPoorHouseholds !== undefined || options.targetNearPoorRateReduction !== undefined;
  if (!has("nearPoorHouseholds") || (!has("nearPoorTarget") && !goal)) return null;
  const asPoor = rows.map((r) => ({ ...r, poorHouseholds: r.nearPoorHouseholds, tableTarget: r.nearPoorTableTarget }));
  const nearPoorOptions: PlanOptions = {
    ...options,
    targetHouseholds: options.targetNearPoorHouseholds,
    targetRateReduction: options.targetNearPoorRateReduction,
    // The officer's own targets in the pane are for poor households.
    unitTargets: undefined,
  };
  return resolveTargets(asPoor, has("nearPoorTarget"), nearPoorOptions, tables[0].sheet, whole, "nearPoor");
}
