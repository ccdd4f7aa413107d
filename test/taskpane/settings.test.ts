import { parseNumber } from "../../src/taskpane/numbers";
import { DEFAULT_SETTINGS, planOptions, readSettings, sourceScope } from "../../src/taskpane/settings";

test("numbers as officers type them", () => {
  expect(parseNumber("0,7", "decimal", "vi")).toBe(0.7);
  expect(parseNumber("0.7", "decimal", "vi")).toBe(0.7);
  expect(parseNumber(" 1,5 ", "decimal", "en")).toBe(1.5);
  expect(parseNumber("1.220", "whole", "vi")).toBe(1220);
  expect(parseNumber("1,220", "whole", "en")).toBe(1220);
  expect(parseNumber("1.220", "whole", "en")).toBeUndefined();
  expect(parseNumber("12,5", "whole", "vi")).toBeUndefined();
  expect(parseNumber("", "whole", "vi")).toBeNull();
  expect(parseNumber("-1", "decimal", "vi")).toBeUndefined();
  expect(parseNumber("abc", "decimal", "vi")).toBeUndefined();
  expect(parseNumber(",", "decimal", "vi")).toBeUndefined();
});

test("stored settings are checked: anything unreadable falls back to the default", () => {
  expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  expect(readSettings("x")).toEqual(DEFAULT_SETTINGS);
  const read = readSettings({
    scope: "imported",
    importedSheets: ["Huyện A Lưới", 3],
    overrides: [{ sheet: "Phụ lục", col: 12, field: null }, { sheet: "Phụ lục", col: 3, field: "nonsense" }, { col: 1 }],
    plan: { goal: "households", goalHouseholds: 1220, roundStep: "5", unitTargets: { "Xã A": 7, "Xã B": "x" } },
    lang: "fr",
    appendixSheets: ["Phụ lục 2021"],
  });
  expect(read.scope).toBe("imported");
  expect(read.importedSheets).toEqual(["Huyện A Lưới"]);
  expect(read.overrides).toEqual([{ sheet: "Phụ lục", col: 12, field: null }]);
  expect(read.plan).toMatchObject({ goal: "households", goalHouseholds: 1220, roundStep: null, unitTargets: { "Xã A": 7 } });
  expect(read.lang).toBeNull();
  expect(read.appendixSheets).toEqual(["Phụ lục 2021"]);
  // "imported" without imported sheets means nothing: back to every sheet; a chosen scope stays.
  expect(readSettings({ scope: "imported" }).scope).toBe("all");
  expect(readSettings({ scope: "active" }).scope).toBe("active");
});

test("plan settings become the engine's options; a goal only counts when its kind is chosen", () => {
  const plan = { ...DEFAULT_SETTINGS.plan, goal: "rate" as const, goalPoints: 0.4, goalHouseholds: 900, growthPercent: 1 };
  expect(planOptions(plan, 2025)).toEqual({ currentYear: 2025, detail: false, summary: false, growthPercent: 1, targetRateReduction: 0.4 });
  expect(planOptions({ ...plan, goal: "table" }, 2025)).toEqual({ currentYear: 2025, detail: false, summary: false, growthPercent: 1 });
  expect(sourceScope({ ...DEFAULT_SETTINGS, scope: "imported", importedSheets: ["A"] })).toEqual({ kind: "sheets", names: ["A"] });
  expect(sourceScope({ ...DEFAULT_SETTINGS, scope: "selection" })).toEqual({ kind: "selection" });
});
