/** @jest-environment jsdom */
/** A plan over several years from the pane: the number of years, each year's total, the period appendix written. */
import { waitFor } from "@testing-library/react";
import { communeGrid, fakeExcelHost, renderPane, screen, step, within } from "./harness";
import { layoutCells } from "../helpers/layout-cells";

const generate = () => within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" }) as HTMLButtonElement;

test("five years with a yearly goal show each year's total and write one period appendix", async () => {
  const host = fakeExcelHost({ grids: [communeGrid()], settings: { plan: { goal: "households", goalHouseholds: 10, roundStep: 1, planYear: 2026 } } });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.type(screen.getByRole("textbox", { name: "Số năm kế hoạch (mục tiêu trên là của mỗi năm)" }), "3");
  const plan = step(/Kế hoạch/);
  expect(await within(plan).findByText(/^Năm 2026: giảm 10 hộ, tỷ lệ còn/)).toBeTruthy();
  expect(within(plan).getByText(/^Năm 2028: giảm 10 hộ, tỷ lệ còn/)).toBeTruthy();
  expect(within(plan).getByText(/^Giai đoạn 2026 - 2028: giảm 30 hộ, tỷ lệ hộ nghèo giảm/)).toBeTruthy();
  await waitFor(() => expect(host.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ plan: expect.objectContaining({ planYears: 3 }) })));

  await user.click(generate());
  expect(host.writeAppendix).toHaveBeenCalledTimes(1);
  const layout = host.writeAppendix.mock.calls[0][0];
  expect(layout.sheetName).toBe("Phụ lục 2026-2028");
  expect(layoutCells(layout).filter((c) => c.row === 6 && typeof c.value === "string" && c.value.startsWith("Năm ")).map((c) => c.value)).toEqual(["Năm 2026", "Năm 2027", "Năm 2028"]);
});

test("a period without a yearly goal says the table's targets cover the first year only", async () => {
  const host = fakeExcelHost({ grids: [communeGrid()], settings: { plan: { planYears: 2 } } });
  renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(within(step(/Kế hoạch/)).getByText(/^Kế hoạch nhiều năm cần mục tiêu cho từng năm/)).toBeTruthy();
});
