/** @jest-environment jsdom */
/**
 * Inside Excel the engine worker analyses, and at national scale one analysis takes most of a second:
 * an edit of the plan is analysed once typing pauses, never at every key (issue 9), while "Tạo phụ
 * lục" clicked before the pause writes what was typed, its layout made by the worker then. The
 * worker's analyses and layouts are the fake host's `analyze` and `appendixLayouts` (the real engine
 * in the test's thread). jest's fake timers: the pause is exactly when the test says.
 */
import { act, waitFor } from "@testing-library/react";
import { analyze } from "../../src/engine/analysis";
import { ANALYZE_DELAY_MS } from "../../src/taskpane/use-settled-request";
import { seedGrid } from "../helpers/seed-grid";
import { communeGrid, fakeExcelHost, renderPane, screen, within } from "./harness";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const currentYear = new Date().getFullYear();
const generate = () => within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" });
const pause = () => act(() => jest.advanceTimersByTime(ANALYZE_DELAY_MS));

test("a goal typed as 1234 is analysed once, after typing pauses", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const analyses = host.analyze;
  const { user } = renderPane(host, { advanceTimers: jest.advanceTimersByTime });
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(screen.getByRole("radio", { name: "Mục tiêu của tỉnh: số hộ thoát nghèo" }));
  analyses.mockClear();

  await user.type(screen.getByRole("textbox", { name: "Số hộ thoát nghèo" }), "1234");
  expect(analyses).not.toHaveBeenCalled();
  // Meanwhile the pane shows the plan as it was: the table's own targets.
  expect(screen.getByText("Tổng số hộ phấn đấu giảm: 1.220.")).toBeTruthy();

  pause();
  expect(analyses).toHaveBeenCalledTimes(1);
  expect(analyses.mock.calls[0][1].options.targetHouseholds).toBe(1234);
  // The units' shares add up exactly to the goal.
  expect(await screen.findByText("Tổng số hộ phấn đấu giảm: 1.234.")).toBeTruthy();
  expect(host.appendixLayouts).not.toHaveBeenCalled();
});

test("a unit's target, already waited for by its field, is analysed at once", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const analyses = host.analyze;
  const { user } = renderPane(host, { advanceTimers: jest.advanceTimersByTime });
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  analyses.mockClear();
  const huế = screen.getByRole("textbox", { name: /^Số hộ giảm của Thành phố Huế/ });
  await user.clear(huế);
  await user.type(huế, "200{Enter}");
  expect(analyses).toHaveBeenCalledTimes(1);
  expect(analyses.mock.calls[0][1].options.unitTargets).toEqual({ "Phụ lục!Thành phố Huế": 200 });
  // The table's 1.220 less Huế's 130 plus the 200 typed.
  expect(await screen.findByText("Tổng số hộ phấn đấu giảm: 1.290.")).toBeTruthy();
  pause();
  expect(analyses).toHaveBeenCalledTimes(1);
});

test("'Tạo phụ lục' clicked before typing pauses writes the goal as typed, not the plan shown", async () => {
  const host = fakeExcelHost({ grids: [communeGrid()], settings: { plan: { goal: "rate", goalPoints: 1 } } });
  const { user } = renderPane(host, { advanceTimers: jest.advanceTimersByTime });
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const points = screen.getByRole("textbox", { name: "Mức giảm tỷ lệ hộ nghèo (điểm %)" });
  await user.clear(points);
  await user.type(points, "2");
  await user.click(generate());

  await waitFor(() => expect(host.writeAppendix).toHaveBeenCalledTimes(1));
  // The layout written was asked of the worker, once, for the plan as typed.
  expect(host.appendixLayouts).toHaveBeenCalledTimes(1);
  expect(host.appendixLayouts.mock.calls[0][1].options.targetRateReduction).toBe(2);
  const typed = analyze([communeGrid()], { currentYear, detail: false, summary: false, targetRateReduction: 2, overrides: [] }).layout;
  const shown = analyze([communeGrid()], { currentYear, detail: false, summary: false, targetRateReduction: 1, overrides: [] }).layout;
  expect(typed).not.toEqual(shown);
  expect(host.writeAppendix.mock.calls[0][0]).toEqual(typed);
});
