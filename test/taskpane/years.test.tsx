/** @jest-environment jsdom */
import { seedGrid } from "../helpers/seed-grid";
import { fakeExcelHost, renderPane, screen, step, within } from "./harness";

test("a review year typed against the header's is a warning among the findings, which takes the officer to the header's cell", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const check = step(/Kiểm tra/);
  expect(within(check).queryByText(/Năm rà soát đã nhập/)).toBeNull();

  await user.type(screen.getByRole("textbox", { name: "Năm rà soát" }), "2021");

  // The seed's C4 says "Kết quả rà soát năm 2020".
  const finding = await within(check).findByText(/^Năm rà soát đã nhập \(2021\) khác năm 2020 mà tiêu đề ghi ở ô C4/);
  await user.click(finding);
  expect(host.selectCell).toHaveBeenLastCalledWith("Phụ lục", "C4");
});
