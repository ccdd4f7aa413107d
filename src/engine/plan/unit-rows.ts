/**
 * A unit's two rows in the plan: what the plan reads of it (a Leaf, from its table row) and its plan
 * row. Both are made by classes, not object literals: V8 moves the objects a literal makes straight into
 * the old generation once most of them outlive a collection (allocation-site pretenuring), and 10,000 of
 * each a run, garbage at the next analysis, kept its collector marking through repeated analyses (with
 * the sorted rows' and the appendix rows' literals: 79 -> 24 ms a run at 10,600 units).
 */
import { isDash } from "../cells";
import { figure, type DetectedTable, type Field, type TableRow } from "../detect";
import { estimateOf, rawOf } from "../detect/row-values";
import { difference, projectHouseholds } from "./plan-math";
import type { PlanRow } from "./plan-types";
import type { TargetRow } from "./targets";

export interface Leaf extends TargetRow {
  row: number;
  nearPoorHouseholds: number | null;
  nearPoorTableTarget: number | null;
  householdsEstimated: boolean;
  poorPersons: number | null;
  socialAssistancePoor: number | null;
  povertyPolicyPoor: number | null;
  /** Index into the plan's group list, or null outside any group. */
  group: number | null;
}

/** Counts a published table writes "-" for when a unit has none. */
const NONE_BY_DASH: Field[] = ["poorHouseholds", "poorPersons", "socialAssistancePoor", "povertyPolicyPoor", "targetReduction", "nearPoorHouseholds", "nearPoorTarget"];

export type ColumnReader = (unit: TableRow, field: Field) => number | null;

/**
 * A unit's figure of a column of its table: its number, or 0 for a dash in a count column whose other
 * cells hold numbers (a column of dashes says nothing). None for a column the table lacks, told without
 * asking the row: most of a unit's fields have no column. Households, which may be estimated, are read apart.
 */
export function columnReader(table: DetectedTable): ColumnReader {
  const mapped = new Set(table.columns.map((column) => column.field));
  const numbered = new Set(NONE_BY_DASH.filter((field) => mapped.has(field) && table.units.some((unit) => figure(unit, field) !== null)));
  return (unit, field) => (mapped.has(field) ? (figure(unit, field) ?? (numbered.has(field) && isDash(rawOf(unit, field) ?? null) ? 0 : null)) : null);
}

export class UnitLeaf implements Leaf {
  name: string;
  sheet: string;
  row: number;
  group: number | null;
  households: number | null;
  householdsEstimated: boolean;
  poorHouseholds: number | null;
  poorPersons: number | null;
  socialAssistancePoor: number | null;
  povertyPolicyPoor: number | null;
  projectedHouseholds: number | null;
  tableTarget: number | null;
  weight: number | null;
  nearPoorHouseholds: number | null;
  nearPoorTableTarget: number | null;

  constructor(table: DetectedTable, unit: TableRow, growthPercent: number, group: number | null, read: ColumnReader) {
    const households = figure(unit, "households");
    const own = read(unit, "projectedHouseholds");
    this.name = unit.name;
    this.sheet = table.sheet;
    this.row = unit.row;
    this.group = group;
    this.households = households;
    this.householdsEstimated = estimateOf(unit, "households") !== undefined;
    this.poorHouseholds = read(unit, "poorHouseholds");
    this.poorPersons = read(unit, "poorPersons");
    this.socialAssistancePoor = read(unit, "socialAssistancePoor");
    this.povertyPolicyPoor = read(unit, "povertyPolicyPoor");
    this.projectedHouseholds = own ?? (households === null ? null : projectHouseholds(households, growthPercent));
    this.tableTarget = read(unit, "targetReduction");
    this.weight = read(unit, "allocationWeight");
    this.nearPoorHouseholds = read(unit, "nearPoorHouseholds");
    this.nearPoorTableTarget = read(unit, "nearPoorTarget");
  }
}

/**
 * A unit's plan row, its rates left for withRates to set, its keys in the order the rows are written
 * out (each assigned in the constructor, in that order). Near-poor counts are kept for every unit once the plan has near-poor columns, even where a unit's
 * own target is unknown.
 */
export class UnitPlanRow implements PlanRow {
  name: string;
  sheet: string;
  row: number;
  households: number | null;
  householdsEstimated: boolean;
  poorHouseholds: number | null;
  poorPersons: number | null;
  socialAssistancePoor: number | null;
  povertyPolicyPoor: number | null;
  projectedHouseholds: number | null;
  targetReduction: number | null;
  remainingPoor: number | null;
  nearPoorHouseholds: number | null;
  nearPoorTarget: number | null;
  nearPoorRemaining: number | null;
  poorRate: number | null;
  remainingRate: number | null;
  rateReduction: number | null;
  nearPoorRate: number | null;
  nearPoorRemainingRate: number | null;
  nearPoorRateReduction: number | null;

  constructor(leaf: Leaf, target: number | null, nearPoorPlanned: boolean, nearPoorTarget: number | null) {
    this.name = leaf.name;
    this.sheet = leaf.sheet;
    this.row = leaf.row;
    this.households = leaf.households;
    this.householdsEstimated = leaf.householdsEstimated;
    this.poorHouseholds = leaf.poorHouseholds;
    this.poorPersons = leaf.poorPersons;
    this.socialAssistancePoor = leaf.socialAssistancePoor;
    this.povertyPolicyPoor = leaf.povertyPolicyPoor;
    this.projectedHouseholds = leaf.projectedHouseholds;
    this.targetReduction = target;
    this.remainingPoor = difference(leaf.poorHouseholds, target);
    this.nearPoorHouseholds = nearPoorPlanned ? leaf.nearPoorHouseholds : null;
    this.nearPoorTarget = nearPoorTarget;
    this.nearPoorRemaining = difference(this.nearPoorHouseholds, nearPoorTarget);
    this.poorRate = null;
    this.remainingRate = null;
    this.rateReduction = null;
    this.nearPoorRate = null;
    this.nearPoorRemainingRate = null;
    this.nearPoorRateReduction = null;
  }
}
