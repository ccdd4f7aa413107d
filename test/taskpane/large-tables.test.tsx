/** @jest-environment jsdom */
/** A national table in the pane: the preview in pages, and on the web page edits analysed once typing pauses. */
import { fireEvent, waitFor } from "@testing-library/react";
import type { CellValue, Grid } from "../../src/engine/cells/grid";
import { fakeExcelHost, fakeFilesHost, renderPane, screen, step, within } from "./harness";

/** `units` communes with a goal to share, numbered "Xã 1" … */
function communes(units: number): Grid {
  const values: CellValue[][] = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"]];
  for (let i = 1; i <= units; i++) values.push([i, `Xã ${i}`, 1000 + i, 50 + (i % 7)]);
  return { sheet: "Tỉnh", origin: "A1", values };
}

const settings = { plan: { goal: "rate", goalPoints: 1 } };
const unitNames = (rows: HTMLElement[]) => rows.slice(1, -1).map((row) => within(row).getAllByRole("cell")[0].textContent);

test("the plan preview shows 50 rows a page, with the total always, and pages forward and back", async () => {
  const { user } = renderPane(fakeExcelHost({ grids: [communes(120)], settings }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const plan = step(/Kế hoạch/);
  const rows = () => within(plan).getAllByRole("row");
  const names = Array.from({ length: 120 }, (_, i) => `Xã ${i + 1}`);
  expect(unitNames(rows())).toEqual(names.slice(0, 50));
  expect(within(rows().at(-1)!).getAllByRole("cell")[0].textContent).toBe("Tổng cộng");
  expect(within(plan).getByText(/^Dòng /).textContent).toBe("Dòng 1–50 / 120");
  expect((within(plan).getByRole("button", { name: "Trang trước" }) as HTMLButtonElement).disabled).toBe(true);

  await user.click(within(plan).getByRole("button", { name: "Trang sau" }));
  expect(unitNames(rows())).toEqual(names.slice(50, 100));
  await user.click(within(plan).getByRole("button", { name: "Trang sau" }));
  expect(unitNames(rows())).toEqual(names.slice(100));
  expect(within(plan).getByText(/^Dòng /).textContent).toBe("Dòng 101–120 / 120");
  expect((within(plan).getByRole("button", { name: "Trang sau" }) as HTMLButtonElement).disabled).toBe(true);
  await user.click(within(plan).getByRole("button", { name: "Trang trước" }));
  expect(unitNames(rows())[0]).toBe("Xã 51");
});

test("a table of one page has no page control", async () => {
  renderPane(fakeExcelHost({ grids: [communes(50)], settings }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(within(step(/Kế hoạch/)).queryByRole("button", { name: "Trang sau" })).toBeNull();
});

test("on the web page a goal typed key by key is analysed once, when typing pauses, and a write at once uses it", async () => {
  const host = fakeFilesHost({ grids: [communes(60)], settings, files: [{ name: "tinh.xlsx", sheets: ["Tỉnh"] }] });
  renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(host.analyze).toHaveBeenCalledTimes(1);
  const goal = screen.getByRole("textbox", { name: "Mức giảm tỷ lệ hộ nghèo (điểm %)" });
  for (const text of ["1,", "1,5", "1,55"]) fireEvent.change(goal, { target: { value: text } });
  await waitFor(() => expect(host.analyze).toHaveBeenCalledTimes(2));
  expect(host.analyze.mock.calls[1][0].options.targetRateReduction).toBe(1.55);

  fireEvent.change(goal, { target: { value: "2" } });
  fireEvent.click(within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" }));
  await waitFor(() => expect(host.writeAppendix).toHaveBeenCalledTimes(1));
  expect(host.writeAppendix.mock.calls[0][0].options.targetRateReduction).toBe(2);
});
