/** @jest-environment jsdom */
import { waitFor } from "@testing-library/react";
import { seedGrid } from "../helpers/seed-grid";
import { chosen, fakeExcelHost, renderPane, screen, step, within } from "./harness";

test("Vietnamese by default; the switch turns every step to English and is remembered", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(document.documentElement.lang).toBe("vi");

  await user.click(screen.getByRole("button", { name: "Switch to English" }));

  expect(screen.getByText("Poverty-reduction appendix")).toBeTruthy();
  expect(document.documentElement.lang).toBe("en");
  const source = step(/Source/);
  expect(within(source).getByText("1 table found.")).toBeTruthy();
  expect(within(source).getByText('Sheet "Phụ lục": 9 units')).toBeTruthy();
  await user.click(within(source).getByRole("button", { name: "Edit" }));
  expect(chosen(within(source).getByRole("combobox", { name: /Column D: Số hộ/ }))).toBe("Poor households");
  expect(within(step(/Check/)).getByText('"Share under poverty-reduction policy (%)" (Thành phố Huế) says 43.88, recomputed from I7/D7 it is 53.78.')).toBeTruthy();
  expect(within(step(/Plan/)).getByRole("columnheader", { name: "Plan rate (%)" })).toBeTruthy();
  expect(within(screen.getByRole("region", { name: "Main action" })).getByRole("button", { name: "Generate appendix" })).toBeTruthy();
  await waitFor(() => expect(host.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ lang: "en" })));

  await user.click(screen.getByRole("button", { name: "Chuyển sang tiếng Việt" }));
  expect(screen.getByText("Phụ lục giảm nghèo")).toBeTruthy();
});

test("English when Office's display language is not Vietnamese", async () => {
  renderPane(fakeExcelHost({ grids: [seedGrid()], displayLanguage: "en-US" }));
  expect(await screen.findByText("1 table found.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Generate appendix" })).toBeTruthy();
});

test("English when Office is in French or any other language that is not Vietnamese", async () => {
  renderPane(fakeExcelHost({ grids: [seedGrid()], displayLanguage: "fr-FR" }));
  expect(await screen.findByText("1 table found.")).toBeTruthy();
  expect(document.documentElement.lang).toBe("en");
});

test("Vietnamese when Office's display language is vi-VN", async () => {
  renderPane(fakeExcelHost({ grids: [seedGrid()], displayLanguage: "vi-VN" }));
  expect(await screen.findByText("Tìm thấy 1 bảng số liệu.")).toBeTruthy();
});

test("numbers are written the officer's way in each language", async () => {
  const { user } = renderPane(fakeExcelHost({ grids: [seedGrid()] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(screen.getByText("Tổng số hộ phấn đấu giảm: 1.220.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Switch to English" }));
  expect(screen.getByText("Households to lift out in total: 1,220.")).toBeTruthy();
});

test("in English the pane's own total label is English; Vietnamese keeps the appendix's", async () => {
  const values = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã A", 1000, 100], [2, "Xã B", 2000, 100], [3, "Xã C", 1000, 40]];
  const settings = { lang: "en", plan: { goal: "rate", goalPoints: 1 } };
  const { user } = renderPane(fakeExcelHost({ grids: [{ sheet: "Xã", origin: "A1", values }], settings }));
  const plan = await screen.findByRole("region", { name: /Plan/ });
  // 240 of 4,000 households are poor: 6.00%.
  expect(await within(plan).findByText(/^Total: poverty rate from 6\.00% to /)).toBeTruthy();
  const lastRow = () => within(plan).getAllByRole("row").at(-1)!;
  expect(within(lastRow()).getAllByRole("cell")[0].textContent).toBe("Total");
  await user.click(screen.getByRole("button", { name: "Chuyển sang tiếng Việt" }));
  expect(within(lastRow()).getAllByRole("cell")[0].textContent).toBe("Tổng cộng");
});
