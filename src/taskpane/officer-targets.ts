/**
 * What the officer's own targets did to a shared goal. The engine keeps a unit's own target and
 * shares what is left of the goal among the other units; a target past the goal leaves them 0 and
 * the plan above the goal, which the pane must say with the numbers rather than let pass.
 */
import { formatNumber, type Lang, type Plan, type PlanRow, unitTargetKey } from "../engine";
import { PLAN_STRINGS } from "./plan-strings";

/** Units named in a warning at most; the rest are counted. */
const NAMED = 3;

export interface OfficerSharing {
  /** Keys (unitTargetKey) of the units whose share was computed again from what the goal left. */
  reshared: Set<string>;
  /** The warning with its numbers, or null when the goal still covers the officer's targets and no unit is left at 0. */
  warning: string | null;
}

/** null when no goal is shared or the officer set no target of a unit in the plan. */
export function officerSharing(plan: Plan, unitTargets: Record<string, number>, lang: Lang): OfficerSharing | null {
  if (plan.target.kind !== "households" && plan.target.kind !== "rateReduction") return null;
  const own = plan.units.filter((row) => unitTargetKey(row) in unitTargets);
  // A goal above the poor households gives no targets at all: the engine's error says so.
  if (own.length === 0 || own.some((row) => row.targetReduction === null)) return null;
  const others = plan.units.filter((row) => !own.includes(row));
  const t = PLAN_STRINGS[lang];
  const num = (value: number) => formatNumber(value, lang);
  const goal = plan.target.households;
  const ownHouseholds = own.reduce((total, row) => total + (row.targetReduction as number), 0);
  // A unit without poor households gets 0 from any goal: only those that had some are worth a word.
  const atZero = others.filter((row) => row.targetReduction === 0 && (row.poorHouseholds ?? 0) > 0);
  const reshared = new Set(others.map(unitTargetKey));
  if (ownHouseholds <= goal && atZero.length === 0) return { reshared, warning: null };
  const ownText = own.length <= NAMED ? own.map((row) => t.ownTarget(row.name, num(row.targetReduction as number))).join(", ") : t.ownTargets(num(own.length), num(ownHouseholds));
  const first =
    ownHouseholds > goal ? t.overGoal(ownText, num(goal)) : ownHouseholds === goal ? t.wholeGoal(ownText, num(goal)) : t.leftToShare(ownText, num(goal), num(goal - ownHouseholds));
  const zero = atZero.length > 0 ? t.leftAtZero(listed(atZero, lang)) : "";
  return { reshared, warning: `${first}${zero}.` };
}

/** "A Lưới và Phú Lộc", "A, B, C và 4 đơn vị khác". */
function listed(rows: PlanRow[], lang: Lang): string {
  const t = PLAN_STRINGS[lang];
  const names = rows.slice(0, NAMED).map((row) => row.name);
  if (rows.length > NAMED) return `${names.join(", ")} ${t.and} ${t.others(formatNumber(rows.length - NAMED, lang))}`;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} ${t.and} ${names[names.length - 1]}`;
}
