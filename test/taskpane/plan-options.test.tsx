/** @jest-environment jsdom */
import { seedGrid } from "../helpers/seed-grid";
import { communeGrid, fakeExcelHost, renderPane, screen, step, within } from "./harness";

test("a review year typed against the header's is a warning among the findings, which takes the officer to the header's cell", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const check = step(/Kiểm tra/);
  expect(within(check).queryByText(/Năm rà soát đã nhập/)).toBeNull();

  await user.type(screen.getByRole("textbox", { name: "Năm rà soát" }), "2021");

  // The seed's C4 says "Kết quả rà soát năm 2020".
  const finding = await within(check).findByText(/^Năm rà soát đã nhập \(2021\) khác năm 2020 ghi ở tiêu đề cột, ô C4/);
  await user.click(finding);
  expect(host.selectCell).toHaveBeenLastCalledWith("Phụ lục", "C4");
});

test("a round step larger than a unit's share is a warning beside the step, and the note names the share off the step", async () => {
  const { user } = renderPane(fakeExcelHost({ grids: [communeGrid()] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(screen.getByRole("radio", { name: "Mục tiêu của tỉnh: số hộ thoát nghèo" }));
  await user.type(screen.getByRole("textbox", { name: "Số hộ thoát nghèo" }), "30");
  await user.type(screen.getByRole("textbox", { name: "Làm tròn chỉ tiêu đơn vị đến bội số của" }), "100");
  // 30 over 50 and 40 poor: exact shares 16.7 and 13.3, both under 100; all 30 go to Xã A's larger remainder.
  const plan = step(/Kế hoạch/);
  expect(await within(plan).findByText(/^Bội số làm tròn 100 hộ lớn hơn phần chia theo tỷ lệ của 1 đơn vị \(hộ nghèo\): Xã B \(phần chia 13,3 → nhận 0 hộ\)\./)).toBeTruthy();
  expect(within(plan).getByText("Mục tiêu 30 hộ thoát nghèo được chia cho các đơn vị theo số hộ nghèo, bội số 100; không theo bội số 100: Xã A (30 hộ).")).toBeTruthy();
});
