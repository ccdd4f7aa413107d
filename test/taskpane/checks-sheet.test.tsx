/** @jest-environment jsdom */
/** The checks sheet "Kiểm tra" from the pane: asked for with a checkbox, handed to the host with the appendix. */
import { waitFor } from "@testing-library/react";
import { analyze } from "../../src/engine/analysis";
import { checksLayout } from "../../src/engine/appendix/checks-layout";
import { seedGrid } from "../helpers/seed-grid";
import { fakeExcelHost, renderPane, screen, within } from "./harness";

const currentYear = new Date().getFullYear();
const generate = () => within(screen.getByRole("region", { name: "Thao tác chính" })).getByRole("button", { name: "Tạo phụ lục" }) as HTMLButtonElement;

test("ticking the checkbox writes the checks sheet after the appendix, remembered, and says where it went", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()], outcome: { checksSheet: "Kiểm tra" } });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(screen.getByRole("checkbox", { name: "Vẫn tạo khi còn lỗi" }));
  await user.click(generate());
  // Unticked: the appendix alone.
  expect(host.writeAppendix.mock.calls[0][2]).toBeUndefined();

  await user.click(screen.getByRole("checkbox", { name: 'Thêm trang "Kiểm tra" (các phát hiện)' }));
  await user.click(generate());
  const expected = analyze([seedGrid()], { currentYear });
  expect(host.writeAppendix.mock.calls[1][2]).toEqual(checksLayout(expected.tables, expected.issues, "vi"));
  expect(await screen.findByText('Các phát hiện ở trang "Kiểm tra".')).toBeTruthy();
  await waitFor(() => expect(host.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ checksSheet: true })));
});
