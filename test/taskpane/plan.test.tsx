/** @jest-environment jsdom */
import { render, waitFor } from "@testing-library/react";
import { WarningFilled } from "@fluentui/react-icons";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";
import { communeGrid, fakeExcelHost, renderPane, screen, step, typingPaused, within } from "./harness";

const targetInput = (unit: string) => screen.getByRole("textbox", { name: new RegExp(`^Số hộ giảm của ${unit}`) }) as HTMLInputElement;

test("the preview shows the table's targets, plan rates and reductions, and the total", async () => {
  renderPane(fakeExcelHost({ grids: [seedGrid()] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  const rows = within(step(/Kế hoạch/)).getAllByRole("row");
  expect(rows).toHaveLength(1 + 9 + 1); // header, units, total
  // The seed's published figures: Huế 130 of 1,203, (1,203 − 130) / 88,480 = 1.2127 % → 1,21.
  expect(within(rows[1]).getByText("Thành phố Huế")).toBeTruthy();
  expect(targetInput("Thành phố Huế").value).toBe("130");
  expect(within(rows[1]).getByText("1,21")).toBeTruthy();
  expect(within(rows[10]).getByText("1.220")).toBeTruthy();
  // 10,871 / 314,947 = 3.4517 % → 3,45; 9,651 / 316,128 (the units' projections) = 3.0529 % → 3,05.
  // Under the table's own label of its total row, not a generic "Toàn bộ".
  expect(screen.getByText("Toàn tỉnh: tỷ lệ hộ nghèo từ 3,45% còn 3,05%, giảm 0,40 điểm %.")).toBeTruthy();
});

test("a province goal in percentage points is shared out and changes the preview", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  expect(targetInput("Thành phố Huế").value).toBe("130");

  await user.click(screen.getByRole("radio", { name: "Mục tiêu của tỉnh: giảm tỷ lệ (điểm %)" }));
  await user.type(screen.getByRole("textbox", { name: "Mức giảm tỷ lệ hộ nghèo (điểm %)" }), "0,5");

  // 10,871 − (3.45 − 0.5) % × 316,128 = 1,545.2 → 1,546 → 1,550 in steps of 5; Huế's quota
  // 1,550 × 1,203 / 10,871 = 171.5 floors to 170 and gets none of the 5s left over.
  await waitFor(() => expect(targetInput("Thành phố Huế").value).toBe("170"));
  expect(screen.getByText("Tổng số hộ phấn đấu giảm: 1.550.")).toBeTruthy();
  expect(within(step(/Kế hoạch/)).getByText(/^Giảm 0,5 điểm % tỷ lệ hộ nghèo cần ít nhất/)).toBeTruthy();
  await waitFor(() =>
    expect(host.saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ plan: expect.objectContaining({ goal: "rate", goalPoints: 0.5 }) }),
    ),
  );
});

test("a goal in households with a rounding step", async () => {
  const { user } = renderPane(fakeExcelHost({ grids: [communeGrid()] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(screen.getByRole("radio", { name: "Mục tiêu của tỉnh: số hộ thoát nghèo" }));
  await user.type(screen.getByRole("textbox", { name: "Số hộ thoát nghèo" }), "30");
  await user.type(screen.getByRole("textbox", { name: "Làm tròn chỉ tiêu đơn vị đến bội số của" }), "10");
  // Quotas 30 × 50/90 = 16.7 and 30 × 40/90 = 13.3 floor to 10 and 10; the last 10 go to A's larger remainder.
  await waitFor(() => expect(targetInput("Xã A").value).toBe("20"));
  expect(targetInput("Xã B").value).toBe("10");
});

test("typing over a unit's target sets it, and it can be cleared again", async () => {
  const host = fakeExcelHost({ grids: [seedGrid()] });
  const { user } = renderPane(host);
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.clear(targetInput("Thành phố Huế"));
  await user.type(targetInput("Thành phố Huế"), "200{Enter}");

  // The table's 1.220 less Huế's 130 plus the 200 typed.
  expect(screen.getByText("Tổng số hộ phấn đấu giảm: 1.290.")).toBeTruthy();
  expect(targetInput("Thành phố Huế").value).toBe("200");
  expect(targetInput("Thành phố Huế").getAttribute("aria-label")).toContain("Chỉ tiêu tự đặt");
  await waitFor(() =>
    expect(host.saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ plan: expect.objectContaining({ unitTargets: { "Phụ lục!Thành phố Huế": 200 } }) }),
    ),
  );

  await user.click(screen.getByRole("button", { name: "Bỏ các chỉ tiêu tự đặt" }));
  expect(targetInput("Thành phố Huế").value).toBe("130");
  expect(screen.getByText("Tổng số hộ phấn đấu giảm: 1.220.")).toBeTruthy();
});

test("unreadable numbers are refused with a hint and change nothing", async () => {
  const { user } = renderPane(fakeExcelHost({ grids: [communeGrid()] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(screen.getByRole("radio", { name: "Mục tiêu của tỉnh: giảm tỷ lệ (điểm %)" }));
  const points = screen.getByRole("textbox", { name: "Mức giảm tỷ lệ hộ nghèo (điểm %)" });
  await user.type(points, "1");
  await waitFor(() => expect(targetInput("Xã A").value).not.toBe(""));
  const withOnePoint = targetInput("Xã A").value;
  await user.type(points, "x");
  expect(screen.getByText("Hãy nhập một số, ví dụ 0,7")).toBeTruthy();
  // Long enough for an edit to have been analysed.
  await typingPaused();
  expect(targetInput("Xã A").value).toBe(withOnePoint);
});

test("growth and years go into the plan", async () => {
  const { user } = renderPane(fakeExcelHost({ grids: [communeGrid()] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.click(screen.getByRole("radio", { name: "Mục tiêu của tỉnh: giảm tỷ lệ (điểm %)" }));
  await user.type(screen.getByRole("textbox", { name: "Mức giảm tỷ lệ hộ nghèo (điểm %)" }), "1");
  await user.type(screen.getByRole("textbox", { name: "Tỷ lệ tăng số hộ dân (%)" }), "2");
  await user.type(screen.getByRole("textbox", { name: "Năm kế hoạch" }), "2026");
  // What the empty review year means is said under it, never greyed inside it like a typed value.
  const baseYear = screen.getByRole("textbox", { name: "Năm rà soát" }) as HTMLInputElement;
  expect(baseYear.placeholder).toBe("");
  expect(baseYear.value).toBe("");
  expect(baseYear.getAttribute("aria-describedby")).toContain(screen.getByText("Để trống: 2025").id);
  const firstUnit = () => within(step(/Kế hoạch/)).getAllByRole("row")[1];
  // At 2 %: 90 − (3 − 1) % × (1,020 + 2,040) = 28.8 → 30 in steps of 5; quotas 16.7 and 13.3 floor to
  // 15 and 10, the last 5 to B's larger remainder: A keeps 50 − 15 = 35 of 1,020 households, 3.431 % → 3,43
  // (at the usual 0.7 % it would be 35 / 1,007 = 3,48).
  await waitFor(() => expect(within(firstUnit()).getByText("3,43")).toBeTruthy());
});

test("a table with groups offers one row per group, and the preview follows", async () => {
  const values = [
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
    ["I", "Khu vực thành thị", 3000, 60, 6],
    [1, "Phường A", 2000, 40, 4],
    [2, "Phường B", 1000, 20, 2],
    ["II", "Khu vực nông thôn", 3000, 300, 30],
    [1, "Xã C", 1000, 100, 10],
    [2, "Xã D", 2000, 200, 20],
    [null, "Toàn tỉnh", 6000, 360, 36],
  ];
  const host = fakeExcelHost({ grids: [{ sheet: "Tỉnh", origin: "A1", values, merges: [] }] });
  const { user } = renderPane(host);
  const plan = step(/Kế hoạch/);
  const summary = await within(plan).findByRole("checkbox", { name: /Mỗi nhóm một dòng/ });
  expect(within(plan).getByText("Xã C")).toBeTruthy();
  await user.click(summary);
  await waitFor(() => expect(within(plan).queryByText("Xã C")).toBeNull());
  expect(within(plan).getByText("Khu vực nông thôn")).toBeTruthy();
});

test("the officer chooses how a goal is shared: the same rate reduction gives 20, 40 and 40 of 100 households", async () => {
  const values = [["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã A", 1000, 300], [2, "Xã B", 2000, 100], [3, "Xã C", 2000, 100]];
  const { user } = renderPane(fakeExcelHost({ grids: [{ sheet: "Huyện", origin: "A1", values, merges: [] }] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.type(screen.getByRole("textbox", { name: /^Tỷ lệ tăng số hộ dân/ }), "0");
  await user.click(screen.getByRole("radio", { name: "Mục tiêu của tỉnh: số hộ thoát nghèo" }));
  await user.type(screen.getByRole("textbox", { name: "Số hộ thoát nghèo" }), "100");
  await user.type(screen.getByRole("textbox", { name: "Làm tròn chỉ tiêu đơn vị đến bội số của" }), "1");
  // By poor households first: 300 : 100 : 100.
  await waitFor(() => expect(["Xã A", "Xã B", "Xã C"].map((unit) => targetInput(unit).value)).toEqual(["60", "20", "20"]));
  await user.selectOptions(screen.getByRole("combobox", { name: "Cách chia mục tiêu cho các đơn vị" }), "Mọi đơn vị giảm cùng một mức tỷ lệ");
  await waitFor(() => expect(["Xã A", "Xã B", "Xã C"].map((unit) => targetInput(unit).value)).toEqual(["20", "40", "40"]));
  expect(within(step(/Kế hoạch/)).getByText(/chia cho các đơn vị để mọi đơn vị giảm cùng một mức tỷ lệ/)).toBeTruthy();
});

test("a table with near-poor households takes a near-poor goal and says what it gives", async () => {
  const values = [["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo"], [1, "Xã A", 1000, 100, 80], [2, "Xã B", 3000, 60, 120]];
  const { user } = renderPane(fakeExcelHost({ grids: [{ sheet: "Huyện", origin: "A1", values, merges: [] }] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  await user.type(screen.getByRole("textbox", { name: /^Tỷ lệ tăng số hộ dân/ }), "0");
  await user.type(screen.getByRole("textbox", { name: "Mục tiêu giảm tỷ lệ hộ cận nghèo (điểm %)" }), "1");
  // 200 near-poor of 4,000 households (5 %); 1 point fewer: 4 % of 4,000 = 160, so 40 households, in steps of 5.
  expect(await screen.findByText("Hộ cận nghèo: tỷ lệ từ 5,00% còn 4,00%, giảm 40 hộ.")).toBeTruthy();
});

/** The path of Fluent's warning icon, which a MessageBar of intent "warning" shows. */
function warningIcon(): string | null | undefined {
  const { container, unmount } = render(<WarningFilled />);
  const path = container.querySelector("path")?.getAttribute("d");
  unmount();
  return path;
}

describe("a unit's own target while a province goal is shared", () => {
  // Poor households 100, 300 and 100; a goal of 45 households in steps of 5.
  const district = () => ({
    sheet: "Huyện",
    origin: "A1",
    values: [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Nam Đông", 1000, 100], [2, "A Lưới", 1000, 300], [3, "Phú Lộc", 1000, 100]],
    merges: [],
  });
  async function withGoal() {
    const view = renderPane(fakeExcelHost({ grids: [district()] }));
    await screen.findByText("Tìm thấy 1 bảng số liệu.");
    await view.user.click(screen.getByRole("radio", { name: "Mục tiêu của tỉnh: số hộ thoát nghèo" }));
    await view.user.type(screen.getByRole("textbox", { name: "Số hộ thoát nghèo" }), "45");
    await screen.findByText("Tổng số hộ phấn đấu giảm: 45.");
    return view;
  }
  const warnings = () => within(step(/Kế hoạch/)).queryAllByText(/được chia 0 hộ|vượt mục tiêu chung|chỉ còn/);

  test("past the goal: a warning with the numbers, the others marked as re-shared, the sharing said exactly", async () => {
    const { user } = await withGoal();
    await user.clear(targetInput("Nam Đông"));
    await user.type(targetInput("Nam Đông"), "55{Enter}");
    expect(["Nam Đông", "A Lưới", "Phú Lộc"].map((unit) => targetInput(unit).value)).toEqual(["55", "0", "0"]);
    const warning = within(step(/Kế hoạch/)).getByText("Nam Đông 55 hộ, vượt mục tiêu chung 45 hộ; A Lưới và Phú Lộc được chia 0 hộ.");
    // A warning bar: Fluent gives the intent no attribute, only its colours and its icon.
    expect(warning.closest(".fui-MessageBar")?.querySelector("svg path")?.getAttribute("d")).toBe(warningIcon());
    expect(within(step(/Kế hoạch/)).getByText("Mục tiêu 45 hộ thoát nghèo: 55 hộ tự đặt cho 1 đơn vị, còn 0 hộ chia cho các đơn vị khác theo số hộ nghèo, bội số 5.")).toBeTruthy();
    // Marked in the table, for the eye and in the field's accessible name.
    expect(within(step(/Kế hoạch/)).getAllByText("chia lại")).toHaveLength(2);
    expect(targetInput("A Lưới").getAttribute("aria-label")).toBe("Số hộ giảm của A Lưới (chia lại)");
    expect(targetInput("Nam Đông").getAttribute("aria-label")).toBe("Số hộ giảm của Nam Đông (Chỉ tiêu tự đặt)");
  });

  test("within the goal but leaving a unit nothing: the warning says what was left to share", async () => {
    const { user } = await withGoal();
    await user.clear(targetInput("Nam Đông"));
    await user.type(targetInput("Nam Đông"), "40{Enter}");
    // 5 left: A Lưới's quota 5 × 300/400 = 3.75 floors to 0 in steps of 5, and takes the 5 on its larger remainder.
    expect(["A Lưới", "Phú Lộc"].map((unit) => targetInput(unit).value)).toEqual(["5", "0"]);
    expect(warnings().map((element) => element.textContent)).toEqual(["Nam Đông 40 hộ trong mục tiêu chung 45 hộ, chỉ còn 5 hộ để chia; Phú Lộc được chia 0 hộ."]);
  });

  test("a target the goal covers: no warning, the others still marked as re-shared", async () => {
    const { user } = await withGoal();
    expect(within(step(/Kế hoạch/)).queryAllByText("chia lại")).toHaveLength(0);
    await user.clear(targetInput("Nam Đông"));
    await user.type(targetInput("Nam Đông"), "5{Enter}");
    // 40 left for 300 and 100 poor households: 30 and 10.
    expect(["A Lưới", "Phú Lộc"].map((unit) => targetInput(unit).value)).toEqual(["30", "10"]);
    expect(warnings()).toEqual([]);
    expect(within(step(/Kế hoạch/)).getAllByText("chia lại")).toHaveLength(2);
    expect(within(step(/Kế hoạch/)).getByText(/^Mục tiêu 45 hộ thoát nghèo: 5 hộ tự đặt cho 1 đơn vị, còn 40 hộ chia cho các đơn vị khác/)).toBeTruthy();
  });
});

test("a table of each unit's points gives their targets, says so, and rounds them to the step typed", async () => {
  const points = grid([
    ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025"],
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo giảm (%)"],
    [1, "Mường Nhé", 10000, 3000, 4.5],
    [2, "Điện Biên Phủ", 20000, 400, 0.3],
  ]);
  const { user } = renderPane(fakeExcelHost({ grids: [points] }));
  await screen.findByText("Tìm thấy 1 bảng số liệu.");
  // 3,000 − (30 − 4.5) % × 10,070 = 432.15 → 435; 400 − (2 − 0.3) % × 20,140 = 57.62 → 60.
  expect([targetInput("Mường Nhé").value, targetInput("Điện Biên Phủ").value]).toEqual(["435", "60"]);
  expect(within(step(/Kế hoạch/)).getByText(/^Chỉ tiêu giảm của từng đơn vị tính từ số điểm % tỷ lệ giảm của đơn vị ở cột E/)).toBeTruthy();
  await user.type(screen.getByRole("textbox", { name: "Làm tròn chỉ tiêu đơn vị đến bội số của" }), "1");
  await waitFor(() => expect(targetInput("Mường Nhé").value).toBe("433"));
  expect(targetInput("Điện Biên Phủ").value).toBe("58");
});
