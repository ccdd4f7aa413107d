/**
 * @jest-environment jsdom
 *
 * Which sheets the pane reads inside Excel, on the real adapter over the strict fake Excel: every
 * sheet holding a table unless the officer chose otherwise.
 */
import { districtGrids } from "./harness-data";
import { screen, step, within } from "./harness";
import { officeWorkbook, renderOfficePane, uninstallOffice } from "./office-pane";

afterEach(uninstallOffice);

test("with one sheet per district, every district is read and planned, not only the active sheet", async () => {
  const excel = officeWorkbook(districtGrids());
  renderOfficePane(excel);
  expect(await screen.findByText("Tìm thấy 3 bảng số liệu.")).toBeTruthy();
  const source = step(/Nguồn dữ liệu/);
  for (const [sheet, units] of [["A Lưới", 2], ["Nam Đông", 2], ["Phú Lộc", 2]]) {
    expect(await within(source).findByText(`Trang "${sheet}": ${units} đơn vị`)).toBeTruthy();
  }
  expect((within(source).getByRole("radio", { name: "Tất cả các trang" }) as HTMLInputElement).checked).toBe(true);
});
