/**
 * What the officer set for a sheet (its column corrections, units' own targets) follows the sheet
 * when it is renamed. Inside Excel each read gives a grid its sheet's Worksheet.id, so a sheet read
 * twice under two names was renamed in between; the web page's files have no ids and never rename.
 */
import type { Grid } from "../engine";
import type { PaneSettings } from "./settings";

/** Old name → new name, for each sheet both reads hold under different names. */
export function sheetRenames(before: Grid[], after: Grid[]): Map<string, string> {
  const renames = new Map<string, string>();
  for (const grid of after) {
    if (grid.sheetId === undefined) continue;
    const earlier = before.find((old) => old.sheetId === grid.sheetId);
    if (earlier && earlier.sheet !== grid.sheet) renames.set(earlier.sheet, grid.sheet);
  }
  return renames;
}

/** The settings with every sheet name renamed; the same object when nothing of them was on a renamed sheet. */
export function followRenames(settings: PaneSettings, renames: Map<string, string>): PaneSettings {
  if (renames.size === 0) return settings;
  const renamed = (sheet: string) => renames.get(sheet) ?? sheet;
  const overrides = settings.overrides.map((override) => ({ ...override, sheet: renamed(override.sheet) }));
  // A unit's key is "sheet!unit" (unitTargetKey); the sheet's own name may hold "!" too.
  const unitKey = (key: string) => {
    const old = [...renames.keys()].find((sheet) => key.startsWith(`${sheet}!`));
    return old === undefined ? key : `${renames.get(old)}!${key.slice(old.length + 1)}`;
  };
  const unitTargets = Object.fromEntries(Object.entries(settings.plan.unitTargets).map(([key, households]) => [unitKey(key), households]));
  const changed = overrides.some((o, i) => o.sheet !== settings.overrides[i].sheet) || Object.keys(unitTargets).some((key) => !(key in settings.plan.unitTargets));
  return changed ? { ...settings, overrides, plan: { ...settings.plan, unitTargets } } : settings;
}
