import type { Grid } from "../../src/engine";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../src/taskpane/settings";
import { followRenames, sheetRenames } from "../../src/taskpane/sheet-renames";

const grid = (sheet: string, sheetId?: string): Grid => ({ sheet, ...(sheetId && { sheetId }), origin: "A1", values: [] });

test("a sheet read under a new name with the same id was renamed; files without ids never are", () => {
  const before = [grid("A Lưới", "{1}"), grid("Nam Đông", "{2}"), grid("Phú Lộc")];
  const after = [grid("Nam Đông", "{2}"), grid("Huyện A Lưới", "{1}"), grid("Phú Lộc mới")];
  expect([...sheetRenames(before, after)]).toEqual([["A Lưới", "Huyện A Lưới"]]);
  expect(sheetRenames([], after).size).toBe(0);
});

test("corrections and own targets move to the new name; other sheets' stay, and nothing to move leaves the settings as they were", () => {
  const settings: PaneSettings = {
    ...DEFAULT_SETTINGS,
    overrides: [
      { sheet: "A Lưới", col: 6, field: "targetReduction" },
      { sheet: "Nam Đông", col: 3, field: null },
    ],
    plan: { ...DEFAULT_SETTINGS.plan, unitTargets: { "A Lưới!Xã Hồng Kim": 30, "A Lưới 2!Xã Bắc Sơn": 7, "Nam Đông!Xã Hương Phú": 12 } },
  };
  const moved = followRenames(settings, new Map([["A Lưới", "Huyện A Lưới"]]));
  expect(moved.overrides).toEqual([
    { sheet: "Huyện A Lưới", col: 6, field: "targetReduction" },
    { sheet: "Nam Đông", col: 3, field: null },
  ]);
  expect(moved.plan.unitTargets).toEqual({ "Huyện A Lưới!Xã Hồng Kim": 30, "A Lưới 2!Xã Bắc Sơn": 7, "Nam Đông!Xã Hương Phú": 12 });
  expect(followRenames(settings, new Map([["Phú Lộc", "Huyện Phú Lộc"]]))).toBe(settings);
});
