/**
 * What the pane remembers (in the workbook's document settings, or the browser's storage in files
 * mode), and how it turns into the engine's plan options. Stored values are checked on the way in:
 * a document can hold anything.
 */
import { FIELDS, type AllocationMethod, type Field, type Lang, type PlanOptions, type ColumnOverride } from "../engine";
import type { SourceScope } from "./host";

export type GoalKind = "table" | "rate" | "households";

/** The officer's plan choices; null means "as the table says" (or the engine's default). */
export interface PlanSettings {
  growthPercent: number | null;
  baseYear: number | null;
  planYear: number | null;
  goal: GoalKind;
  goalPoints: number | null;
  goalHouseholds: number | null;
  roundStep: number | null;
  allocation: AllocationMethod;
  minimumTarget: number | null;
  /** Province goal for near-poor households, in points of their rate. */
  nearPoorGoalPoints: number | null;
  detail: boolean;
  /** One row per group of the source (areas, districts over communes). */
  summary: boolean;
  /** Years in the plan; 2 or more make a period plan (the goal is each year's). */
  planYears: number | null;
  unitTargets: Record<string, number>;
}

/** "imported": the sheets of the last import (importedSheets). */
export type ScopeKind = "active" | "selection" | "all" | "imported";

export interface PaneSettings {
  scope: ScopeKind;
  importedSheets: string[];
  overrides: ColumnOverride[];
  plan: PlanSettings;
  /** null: follow Office's display language. */
  lang: Lang | null;
  /** Appendix sheets this pane wrote: never read back as data. */
  appendixSheets: string[];
  /** Write the checks sheet "Kiểm tra" beside the appendix. */
  checksSheet: boolean;
}

export const DEFAULT_PLAN: PlanSettings = {
  growthPercent: null,
  baseYear: null,
  planYear: null,
  goal: "table",
  goalPoints: null,
  goalHouseholds: null,
  roundStep: null,
  allocation: "poor",
  minimumTarget: null,
  nearPoorGoalPoints: null,
  detail: false,
  summary: false,
  planYears: null,
  unitTargets: {},
};

export const DEFAULT_SETTINGS: PaneSettings = {
  // Every sheet until the officer chooses: with one sheet per district, the active one alone would
  // plan one district and say nothing of the others (the engine passes over sheets without a table).
  scope: "all",
  importedSheets: [],
  overrides: [],
  plan: DEFAULT_PLAN,
  lang: null,
  appendixSheets: [],
  checksSheet: false,
};

/** The scope as the host reads it. */
export function sourceScope(settings: PaneSettings): SourceScope {
  return settings.scope === "imported" ? { kind: "sheets", names: settings.importedSheets } : { kind: settings.scope };
}

export function planOptions(plan: PlanSettings, currentYear: number): PlanOptions {
  const options: PlanOptions = { currentYear, detail: plan.detail, summary: plan.summary };
  if (plan.growthPercent !== null) options.growthPercent = plan.growthPercent;
  if (plan.baseYear !== null) options.baseYear = plan.baseYear;
  if (plan.planYear !== null) options.planYear = plan.planYear;
  if (plan.roundStep !== null) options.roundStep = plan.roundStep;
  if (plan.allocation !== "poor") options.allocation = plan.allocation;
  if (plan.minimumTarget !== null) options.minimumTarget = plan.minimumTarget;
  if (plan.nearPoorGoalPoints !== null) options.targetNearPoorRateReduction = plan.nearPoorGoalPoints;
  if (plan.goal === "rate" && plan.goalPoints !== null) options.targetRateReduction = plan.goalPoints;
  if (plan.goal === "households" && plan.goalHouseholds !== null) options.targetHouseholds = plan.goalHouseholds;
  if (Object.keys(plan.unitTargets).length > 0) options.unitTargets = plan.unitTargets;
  if (plan.planYears !== null && plan.planYears > 1) options.planYears = plan.planYears;
  return options;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);
const numberOrNull = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** Stored settings → settings the pane can use; anything unreadable falls back to the default. */
export function readSettings(stored: unknown): PaneSettings {
  if (!isObject(stored)) return DEFAULT_SETTINGS;
  const importedSheets = strings(stored.importedSheets);
  const scope = SCOPES.find((kind) => kind === stored.scope) ?? DEFAULT_SETTINGS.scope;
  return {
    scope: scope === "imported" && importedSheets.length === 0 ? DEFAULT_SETTINGS.scope : scope,
    importedSheets,
    overrides: Array.isArray(stored.overrides) ? stored.overrides.flatMap(readOverride) : [],
    plan: readPlan(stored.plan),
    lang: stored.lang === "vi" || stored.lang === "en" ? stored.lang : null,
    appendixSheets: strings(stored.appendixSheets),
    checksSheet: stored.checksSheet === true,
  };
}

const SCOPES: ScopeKind[] = ["active", "selection", "all", "imported"];

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function readOverride(value: unknown): ColumnOverride[] {
  if (!isObject(value) || typeof value.sheet !== "string" || !Number.isInteger(value.col)) return [];
  const field = value.field === null || FIELDS.includes(value.field as Field) ? (value.field as Field | null) : undefined;
  return field === undefined ? [] : [{ sheet: value.sheet, col: value.col as number, field }];
}

function readPlan(value: unknown): PlanSettings {
  if (!isObject(value)) return DEFAULT_PLAN;
  const targets = isObject(value.unitTargets) ? value.unitTargets : {};
  return {
    growthPercent: numberOrNull(value.growthPercent),
    baseYear: numberOrNull(value.baseYear),
    planYear: numberOrNull(value.planYear),
    goal: value.goal === "rate" || value.goal === "households" ? value.goal : "table",
    goalPoints: numberOrNull(value.goalPoints),
    goalHouseholds: numberOrNull(value.goalHouseholds),
    roundStep: numberOrNull(value.roundStep),
    allocation: value.allocation === "rate" || value.allocation === "weights" ? value.allocation : "poor",
    minimumTarget: numberOrNull(value.minimumTarget),
    nearPoorGoalPoints: numberOrNull(value.nearPoorGoalPoints),
    detail: value.detail === true,
    summary: value.summary === true,
    planYears: numberOrNull(value.planYears),
    unitTargets: Object.fromEntries(
      Object.entries(targets).filter((entry): entry is [string, number] => numberOrNull(entry[1]) !== null),
    ),
  };
}
