/**
 * @jest-environment jsdom
 *
 * A finding that follows from another cell's error names that cell as a field of its own: on the web
 * page beside the unit, column and values; inside Excel as a link that takes the officer to the cell.
 */
import type { Grid } from "../../src/engine/cells/grid";
import { districtGrid } from "./harness-data";
import { fakeExcelHost, fakeFilesHost, renderPane, screen, step, within } from "./harness";

/** A Lưới's total says 300 poor households where its communes add up to 226; its rate, 20.55, fits the 300. */
function wrongTotal(): Grid {
  const grid = districtGrid("A Lưới", [["Xã Hồng Kim", 820, 131, 20], ["Xã Trung Sơn", 640, 95, 15]]);
  grid.values[3][3] = 300;
  grid.values[3][4] = 20.55;
  return grid;
}

/** The finding at E4 (the total's rate) in the step's list. */
const rateFinding = () => within(step(/Kiểm tra|Check/)).getAllByRole("listitem").find((item) => /E4/.test(item.textContent ?? "")) as HTMLElement;

test("on the web page the total's rate names the total's poor households as its cause, in either language", async () => {
  const { user } = renderPane(fakeFilesHost({ grids: [wrongTotal()], files: [{ name: "a-luoi.xlsx", sheets: ["A Lưới"] }] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const terms = () => within(rateFinding()).getAllByRole("term").map((term) => [term.textContent, term.nextElementSibling?.textContent]);
  // 226 / 1,460 = 15.48 %: what the rate would be with D4 fixed.
  expect(terms()).toEqual([
    ["Đơn vị", "Toàn huyện"],
    ["Cột", "Tỷ lệ hộ nghèo (%)"],
    ["Giá trị", "20,55"],
    ["Đúng ra", "15,48"],
    ["Nguyên nhân", "D4 (Số hộ nghèo) sai"],
  ]);
  await user.click(screen.getByRole("button", { name: "Switch to English" }));
  expect(terms().at(-1)).toEqual(["Caused by", "D4 (Poor households), which is wrong"]);
  // The finding that is the cause has none.
  const total = within(step(/Check/)).getAllByRole("listitem").find((item) => /, D4|cell D4/.test(item.textContent ?? "")) as HTMLElement;
  expect(within(total).getAllByRole("term").map((term) => term.textContent)).not.toContain("Caused by");
});

test("inside Excel the cause is a link beside the finding that selects the causing cell", async () => {
  const host = fakeExcelHost({ grids: [wrongTotal()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const item = rateFinding();
  expect(within(item).getByRole("button", { name: /^A Lưới!E4/ })).toBeTruthy();
  await user.click(within(item).getByRole("button", { name: "Nguyên nhân: D4 (Số hộ nghèo) sai" }));
  expect(host.selectCell).toHaveBeenLastCalledWith("A Lưới", "D4");
  // Only the knock-on finding has the link.
  expect(within(step(/Kiểm tra/)).getAllByRole("button", { name: /^Nguyên nhân/ })).toHaveLength(1);
});
