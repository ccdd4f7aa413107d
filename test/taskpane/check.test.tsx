/** @jest-environment jsdom */
import { act } from "@testing-library/react";
import { analyze } from "../../src/engine/analysis";
import { seedGrid } from "../helpers/seed-grid";
import { fakeExcelHost, fakeFilesHost, renderPane, screen, step, within } from "./harness";

/** The group of findings under the heading whose text starts with `title`. */
function group(title: string): HTMLElement {
  const heading = within(step(/Kiểm tra|Check/)).getByRole("heading", { level: 3, name: new RegExp(`^${title}`) });
  return heading.closest("section") as HTMLElement;
}

test("findings are grouped by severity with their counts, in plain words, each with its cell; many of one rule in one column are one line", async () => {
  // The seed's findings, each checked by hand in test/engine/validate.test.ts: 5 errors (ratios J7, J8,
  // shares J7, J8, the total's K16) and 17 warnings (projections K7 to K15, of which K8 below the
  // baseline, and plan rates N8 to N15).
  const count = (severity: "error" | "warning") => ({ error: 5, warning: 17 })[severity];
  // The one finding of its rule in column K (the engine's wording is tested in test/engine).
  const belowBaseline = analyze([seedGrid()], { currentYear: new Date().getFullYear() }).issues.find((issue) => issue.code === "projection-below-baseline")!;
  renderPane(fakeExcelHost({ grids: [seedGrid()] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");

  const errors = group("Lỗi");
  expect(within(errors).getByRole("heading").textContent).toBe(`Lỗi${count("error")}`);
  expect(within(errors).getAllByRole("listitem")).toHaveLength(count("error"));
  expect(within(group("Cảnh báo")).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
    "Cột K: 8 dòng lệchTổng số hộ dân dự kiến",
    "Cột N: 8 dòng lệchTỷ lệ hộ nghèo kế hoạch (%)",
    `Phụ lục!K8${belowBaseline.message.vi}`,
  ]);
  expect(within(step(/Kiểm tra/)).queryByRole("heading", { name: /^Thông tin/ })).toBeNull();

  const item = within(errors).getAllByRole("listitem")[0];
  // 647 / 1,203 = 53.78 %, published 43.88.
  expect(item.textContent).toBe('Phụ lục!J7"Tỷ lệ hộ nghèo thuộc CS giảm nghèo (%)" (Thành phố Huế) ghi 43,88, tính lại từ I7/D7 được 53,78.');
});

test("clicking a finding selects its cell in Excel and marks it in the pane", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const finding = within(group("Cảnh báo")).getByRole("button", { name: /^Phụ lục!K8/ });
  await user.click(finding);
  expect(host.selectCell).toHaveBeenCalledWith("Phụ lục", "K8");
  expect(finding.getAttribute("aria-current")).toBe("true");
});

// Tab order itself is walked in the browser tests: in jsdom, Fluent's focus manager (Tabster) parks
// focus on its helper elements, which jsdom cannot move on from.
test("a finding is opened with Enter from the keyboard", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const finding = within(group("Lỗi")).getAllByRole("button")[0];
  act(() => finding.focus());
  await user.keyboard("{Enter}");
  expect(host.selectCell).toHaveBeenCalledWith("Phụ lục", "J7");
});

test("when the cell cannot be selected the pane says why", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  host.selectCell.mockRejectedValue(Object.assign(new Error("gone"), { text: { vi: 'Không tìm thấy trang tính "Phụ lục".', en: "gone" } }));
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(within(group("Lỗi")).getAllByRole("button")[0]);
  expect(await screen.findByText('Không tìm thấy trang tính "Phụ lục".')).toBeTruthy();
});

test("in files mode a finding is plain text naming its sheet and cell in words, its unit, column and values as fields, not a button that does nothing", async () => {
  const host = fakeFilesHost({ grids: [seedGrid()], files: [{ name: "tinh.xlsx", sheets: ["Phụ lục"] }] });
  renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(within(step(/Kiểm tra/)).getByText(/Mỗi dòng ghi trang và ô cần xem/)).toBeTruthy();
  expect(within(group("Lỗi")).queryAllByRole("button")).toHaveLength(0);
  const item = within(group("Lỗi")).getAllByRole("listitem")[0];
  expect(item.firstElementChild?.textContent).toBe("Trang Phụ lục, ô J7");
  // J7 of the seed's table: Thành phố Huế's share under poverty-reduction policy, published 43.88, 647 / 1,203 = 53.78 %.
  const terms = within(item).getAllByRole("term").map((term) => [term.textContent, term.nextElementSibling?.textContent]);
  expect(terms).toEqual([
    ["Đơn vị", "Thành phố Huế"],
    ["Cột", "Tỷ lệ hộ nghèo thuộc CS giảm nghèo (%)"],
    ["Giá trị", "43,88"],
    ["Đúng ra", "53,78"],
  ]);
  expect(item.lastElementChild?.textContent).toBe('"Tỷ lệ hộ nghèo thuộc CS giảm nghèo (%)" (Thành phố Huế) ghi 43,88, tính lại từ I7/D7 được 53,78.');
});

test("a line of many findings opens to its rows, which the arrow keys reach and which take the officer to their cells", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const planRates = within(group("Cảnh báo")).getByRole("button", { name: /^Cột N: 8 dòng lệch/ });
  expect(planRates.getAttribute("aria-expanded")).toBe("false");
  await user.click(planRates);
  expect(planRates.getAttribute("aria-expanded")).toBe("true");
  const rows = within(planRates.closest("li") as HTMLElement).getAllByRole("button").slice(1);
  expect(rows.map((row) => row.firstElementChild?.textContent)).toEqual(["N8", "N9", "N10", "N11", "N12", "N13", "N14", "N15"].map((cell) => `Phụ lục!${cell}`));
  expect(document.activeElement).toBe(planRates);
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement).toBe(rows[0]);
  await user.keyboard("{ArrowDown}{Enter}");
  expect(host.selectCell).toHaveBeenLastCalledWith("Phụ lục", "N9");
  await user.click(planRates);
  expect(within(group("Cảnh báo")).queryByRole("button", { name: /^Phụ lục!N9/ })).toBeNull();
});

test("in Excel the findings are one Tab stop; the arrow keys move between them and the last one focused keeps the stop", async () => {
  const { user } = renderPane(fakeExcelHost({ grids: [seedGrid()] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const findings = within(step(/Kiểm tra/)).getAllByRole("button").filter((button) => button.hasAttribute("data-finding"));
  expect(findings.length).toBeGreaterThan(2);
  expect(findings.map((finding) => finding.tabIndex).filter((index) => index === 0)).toHaveLength(1);
  expect(findings[0].tabIndex).toBe(0);
  act(() => findings[0].focus());
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement).toBe(findings[1]);
  await user.keyboard("{End}");
  expect(document.activeElement).toBe(findings[findings.length - 1]);
  await user.keyboard("{ArrowUp}");
  expect(document.activeElement).toBe(findings[findings.length - 2]);
  expect(findings[findings.length - 2].tabIndex).toBe(0);
  expect(findings[0].tabIndex).toBe(-1);
});
