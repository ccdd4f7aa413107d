import { analyze, shownTotalName } from "../../src/engine";

test("the appendix's own total label is English only for an English reader", () => {
  expect(shownTotalName("Tổng cộng", "en")).toBe("Total");
  expect(shownTotalName("Tổng cộng", "vi")).toBe("Tổng cộng");
  expect(shownTotalName("Toàn tỉnh", "en")).toBe("Toàn tỉnh");
});

test("a table without a total row gets the appendix's own label; a table's own total keeps its label", () => {
  const units = [["Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], ["Xã A", 1000, 100], ["Xã B", 2000, 100]];
  const own = analyze([{ sheet: "Xã", origin: "A1", values: units }], {});
  expect(own.plan?.total.name).toBe("Tổng cộng");
  const labelled = analyze([{ sheet: "Xã", origin: "A1", values: [...units, ["Cộng", 3000, 200]] }], {});
  expect(labelled.plan?.total.name).toBe("Cộng");
});
