/**
 * How each row under a header is read (src/engine/detect/rows.ts): a unit, the table's total, a
 * group's title or subtotal, or a row passed over. Each case is one row under the header "TT | Tên
 * đơn vị | Số hộ nghèo | Tỷ lệ hộ nghèo (%)", named as officers name them in the tables they send.
 */
import { SheetView, type CellValue } from "../../src/engine/cells";
import { analyze } from "../../src/engine";
import { detectTables } from "../../src/engine/detect/detect";
import { findHeaderBlocks } from "../../src/engine/detect/header-block";
import fc from "fast-check";
import { classifyRow, mayBeLabel, readRow, rowReading } from "../../src/engine/detect/rows";
import type { ColumnMapping } from "../../src/engine/detect/table";
import { grid } from "../helpers/grid";

const COLUMNS: ColumnMapping[] = [
  { field: "poorHouseholds", col: 3, header: ["Số hộ nghèo"] },
  { field: "poorRate", col: 4, header: ["Tỷ lệ hộ nghèo (%)"] },
];

function read(order: CellValue, name: CellValue, figures: CellValue[], formats: (string | null)[] = []) {
  const view = new SheetView(
    grid([["TT", "Tên đơn vị", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], [order, name, ...figures]], { numberFormats: [[], [null, null, ...formats]] }),
  );
  const [block] = findHeaderBlocks(view);
  const row = readRow(rowReading(view, block, COLUMNS), 2);
  return { row, kind: classifyRow(view, block, row) };
}

const kindOf = (name: string, figures: CellValue[] = [5, 1.2], order: CellValue = "") => read(order, name, figures).kind;

describe("the table's total row", () => {
  it.each([
    "Toàn tỉnh", "Toàn huyện", "Toàn thành phố", "Toàn thị xã", "Toàn quận", "Toàn xã", "Toàn phường", "Toàn thị trấn",
    "Toàn quốc", "Cả nước", "Tổng cộng", "Tổng hợp chung", "Tổng số toàn huyện", "Tổng toàn tỉnh", "Cộng chung",
    "Cộng cả huyện", "Tổng số (I+II)", "Tổng (A+B+C)", "Cộng (1+2)", "Tổng số", "Tổng", "Cộng", "Chung", "Cộng:",
    "Tổng số.", "TỔNG CỘNG", "Tổng cộng toàn tỉnh", "Cộng :",
  ])("%j with figures is the total", (name) => {
    expect(kindOf(name)).toBe("total");
  });

  it("is passed over when it holds no figure", () => {
    expect(kindOf("Tổng cộng", [null, ""])).toBe("skip");
    expect(kindOf("Tổng cộng", ["", ""])).toBe("skip");
  });

  it.each(["Cộng Hòa", "Tổng Cọ", "Toàn Quang", "Chung Chải", "Tổng số (I+II) khác", "Toàn Thắng", "Chungnam", "Xã Hòa Chung"])(
    "%j is a unit whose name only begins like a total",
    (name) => {
      expect(kindOf(name)).toBe("unit");
    },
  );
});

describe("a group's subtotal", () => {
  it.each(["Cộng I", "Tổng II", "Tổng số khu vực III", "Cộng nhóm A", "Tổng số IV:", "Cộng D.", "Tổng số nhóm b"])(
    "%j with figures is a subtotal",
    (name) => {
      expect(kindOf(name)).toBe("subtotal");
    },
  );

  it("is passed over when it holds no figure", () => {
    expect(kindOf("Cộng II", [null, null])).toBe("skip");
  });

  it.each(["Cộng huyện Hướng Hóa", "Tổng số khu vực IIa", "Cộng các xã miền núi", "Cộng TP. Đông Hà", "Tổng số huyện Vĩnh Linh"])(
    "%j, a district's or an area's sum, is a subtotal",
    (name) => {
      expect(kindOf(name)).toBe("subtotal");
    },
  );

  it.each(["Cộng E", "Cộng Ia Grai", "Thôn Tổng A", "Cộng Hòa", "Tổng Xá"])("%j is no subtotal", (name) => {
    expect(kindOf(name)).not.toBe("subtotal");
  });
});

describe("notes and signatures under the table", () => {
  it.each([
    "Ghi chú: số liệu tạm tính", "Chú thích", "Nguồn: Sở LĐTBXH", "Lưu ý", "* Số hộ tính đến 31/12", "Người lập biểu",
    "Lập biểu", "Thủ trưởng đơn vị", "KT. Giám đốc", "TM. Ủy ban nhân dân", "Giám đốc", "Chủ tịch", "Ngày 5 tháng 1 năm 2021",
  ])("%j is passed over even next to a figure", (name) => {
    expect(kindOf(name)).toBe("skip");
  });

  it("reads a unit whose name merely contains a note word", () => {
    expect(kindOf("Xã Ngày Mới")).toBe("unit");
    expect(kindOf("Ngày Hội")).toBe("unit");
    expect(kindOf("Lưu Kiếm")).toBe("unit");
    expect(kindOf("Xã Đầu Nguồn")).toBe("unit");
  });
});

describe("a group's title", () => {
  it.each([
    ["I", "Khu vực đồng bằng"],
    ["II.", "Khu vực miền núi"],
    ["A", "Các xã vùng cao"],
    ["h", "Vùng bãi ngang"],
    ["IV", ""],
  ])("order %j (name %j) titles a group", (order, name) => {
    expect(kindOf(name, [null, null], order)).toBe("group");
    expect(kindOf(name, [120, 3.5], order)).toBe("group");
  });

  it.each(["I. Khu vực đồng bằng", "II) Miền núi", "A- Vùng cao", "c. Bãi ngang"])("%j titles a group by its name", (name) => {
    expect(kindOf(name)).toBe("group");
  });

  it.each([
    ["1", "Xã Hồng Bắc"],
    ["", "Im Lặng"],
    ["", "I.Vùng"],
    ["k", "Xã K"],
    ["IIa", "Xã A"],
    ["", "TX. Hương Trà"],
    ["", "TT. Khe Sanh"],
    ["", "P. Vĩnh Ninh"],
  ])("order %j and name %j make a unit, not a group", (order, name) => {
    expect(kindOf(name, [5, 1], order)).toBe("unit");
  });
});

describe("names told from their first character", () => {
  // A name led by a space is always folded (fold trims the space): it reads each name the long way.
  function kindsBothWays(name: string, figures: CellValue[], order: CellValue) {
    const { kind } = read(order, name, figures);
    // The same row read again, its name led by a space (a row of numbers keeps its figures apart: it is renamed, not copied).
    const { row } = read(order, name, figures);
    row.name = ` ${row.name}`;
    const view = new SheetView(grid([["TT", "Tên đơn vị", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], [order, name, ...figures]]));
    const [block] = findHeaderBlocks(view);
    return { quick: kind, folded: classifyRow(view, block, row) };
  }
  const LABEL_WORDS = [
    "Tổng", "TỔNG", "Cộng", "Toàn", "Cả nước", "Chung", "Trong đó", "Ghi chú", "Chú thích", "Nguồn", "Lưu ý", "Người lập",
    "Lập biểu", "Thủ trưởng", "KT.", "TM.", "Giám đốc", "Chủ tịch", "Ngày 5", "*", "I.", "IV)", "a-", "B.", "C)", "x.", "H-", "Đ.",
  ];
  const OTHER_WORDS = ["Xã", "Phường", "Thị trấn", "Huyện", "Hồng", "Hòa", "Ia", "Kon", "1", "A", "tỉnh", "số", "khu vực", "II", "(I+II)", ":", ".", "-", ")"];
  const word = fc.oneof(fc.constantFrom(...LABEL_WORDS, ...OTHER_WORDS), fc.string({ maxLength: 3 }));
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));

  it("reads every name as folding it would, labels and units alike", () => {
    expect(mayBeLabel(" Xã 1")).toBe(true);
    expect(mayBeLabel("Xã 1")).toBe(false);
    fc.assert(
      fc.property(name, fc.constantFrom<CellValue[]>([5, 1.2], [null, null]), fc.constantFrom<CellValue>("", 3, "II"), (text, figures, order) => {
        const { quick, folded } = kindsBothWays(text, figures, order);
        expect(quick).toBe(folded);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([...LABEL_WORDS.map((w) => `${w} I`), "Tổng cộng", "Cộng:", "* Ghi chú", "II. Miền núi"])(
    "folds %j, which may be a label",
    (text) => {
      expect(mayBeLabel(text)).toBe(true);
    },
  );
});

describe("rows without figures", () => {
  it("reads a numbered row without figures as a unit whose data is missing", () => {
    expect(kindOf("Xã A Roàng", [null, null], 3)).toBe("unit");
    expect(kindOf("Xã A Roàng", [null, null], "3")).toBe("unit");
    expect(kindOf("Xã A Roàng", [null, null], "12")).toBe("unit");
  });

  it("takes a named row without figures and without a number for a heading (a district above its communes), no unit", () => {
    expect(kindOf("Xã A Roàng", [null, null])).toBe("heading");
    expect(kindOf("Xã A Roàng", [null, null], "3a")).toBe("heading");
    expect(kindOf("Xã A Roàng", [null, null], "a3")).toBe("heading");
  });

  it("reads a row with one figure and one empty cell as a unit", () => {
    expect(kindOf("Xã A Roàng", [5, null])).toBe("unit");
  });

  it("reads a row whose only figure is an error value as a unit, to report it", () => {
    expect(kindOf("Xã A Roàng", [{ error: "#REF!" }, null])).toBe("unit");
  });

  it("reads a row of words where figures belong as a unit, to report them", () => {
    expect(kindOf("Xã A Roàng", ["chưa có", null], "2")).toBe("unit");
  });

  it("passes over a row without a name, or with spaces only where figures belong", () => {
    expect(kindOf("", [5, 1.2])).toBe("skip");
    expect(kindOf("", [5, 1.2], "7")).toBe("skip");
    expect(kindOf("", ["", ""])).toBe("skip");
  });
});

describe("readRow", () => {
  it("reads each mapped figure with its cell, value and decimals shown", () => {
    const { row } = read(1, "Xã Hồng Bắc", ["1.203", "3,44"]);
    expect(row).toEqual({
      row: 2,
      name: "Xã Hồng Bắc",
      nameCell: "B2",
      group: null,
      cells: {
        poorHouseholds: { cell: "C2", raw: "1.203", value: 1203, decimals: 3 },
        poorRate: { cell: "D2", raw: "3,44", value: 3.44, decimals: 2 },
      },
    });
  });

  it("reads a rate in a percent-formatted cell in percent: 0.0136 shown as 1.36 %", () => {
    const { row } = read(1, "Xã A", [50, 0.0136], [null, "0.00%"]);
    expect(row.cells.poorRate).toEqual({ cell: "D2", raw: 0.0136, value: 1.36, decimals: 2 });
  });

  it("leaves a rate alone whose format shows a percent sign only as text, or typed as text", () => {
    expect(read(1, "Xã A", [50, 1.36], [null, '0.00" %"']).row.cells.poorRate?.value).toBe(1.36);
    expect(read(1, "Xã A", [50, 1.36], [null, "0.00\\%"]).row.cells.poorRate?.value).toBe(1.36);
    expect(read(1, "Xã A", [50, "1,36%"], [null, "0.00%"]).row.cells.poorRate?.value).toBe(1.36);
    expect(read(1, "Xã A", [50, 1.36], [null, "0.00"]).row.cells.poorRate?.value).toBe(1.36);
  });

  it("does not turn a figure too large to read into 0 in a percent-formatted cell", () => {
    expect(read(1, "Xã A", [50, 1e20], [null, "0.00%"]).row.cells.poorRate).toEqual({ cell: "D2", raw: 1e20, value: null, decimals: 2, problem: "not-a-number" });
  });

  it("keeps the problem of a cell it cannot read", () => {
    const { row } = read(1, "Xã A", [{ error: "#N/A" }, "ba"]);
    expect(row.cells.poorHouseholds).toEqual({ cell: "C2", raw: { error: "#N/A" }, value: null, decimals: 0, problem: "error-value" });
    expect(row.cells.poorRate).toEqual({ cell: "D2", raw: "ba", value: null, decimals: 0, problem: "not-a-number" });
  });

  it("reads a count as a count: 1.203 households, not 1,203", () => {
    expect(read(1, "Xã A", ["1.203", "1.203"]).row.cells).toMatchObject({ poorHouseholds: { value: 1203 }, poorRate: { value: 1.203 } });
  });

  it("names a group by its order cell when the name cell is empty", () => {
    const { row } = read("II", "", [null, null]);
    expect([row.name, row.nameCell]).toEqual(["II", "A2"]);
    const numbered = read("12", "", [null, null]).row;
    expect([numbered.name, numbered.nameCell]).toEqual(["", "B2"]);
    expect(read("1a", "", [null, null]).row.name).toBe("1a");
    expect(read("a1", "", [null, null]).row.name).toBe("a1");
    expect(read("", "", [5, 1]).row.nameCell).toBe("B2");
  });
});

describe("a table without an order column", () => {
  const view = new SheetView(grid([["Tên đơn vị", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], ["Xã A", 50, 5], ["", 50, 5], ["II. Miền núi", null, null]]));
  const [block] = findHeaderBlocks(view);
  const columns: ColumnMapping[] = [
    { field: "poorHouseholds", col: 2, header: ["Số hộ nghèo"] },
    { field: "poorRate", col: 3, header: ["Tỷ lệ hộ nghèo (%)"] },
  ];
  const row = (n: number) => readRow(rowReading(view, block, columns), n);

  it("reads units by their names, passes over a row without a name, and finds groups by name", () => {
    expect(block.orderCol).toBeNull();
    expect([row(2).name, row(3).name, row(3).nameCell]).toEqual(["Xã A", "", "A3"]);
    expect([2, 3, 4].map((n) => classifyRow(view, block, row(n)))).toEqual(["unit", "skip", "group"]);
  });
});

describe("an unlabelled row after the units", () => {
  const header = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo"];
  // The units add up to 1,000 + 2,000 + 500 = 3,500 households, 50 + 40 + 10 = 100 poor, 30 + 20 + 5 = 55 near-poor.
  const units: CellValue[][] = [
    [1, "Xã A", 1000, 50, 30],
    [2, "Xã B", 2000, 40, 20],
    [3, "Xã C", 500, 10, 5],
  ];
  const detect = (last: CellValue[]) => {
    const { tables, issues } = detectTables(grid([header, ...units, last, [null, "Ghi chú: số liệu sơ bộ"]]));
    return { total: tables[0].total?.row ?? null, units: tables[0].units.length, issues: issues.map((i) => [i.severity, i.cell, i.code, i.actual, i.expected, i.message.vi]) };
  };

  it("is the total when every figure equals the units' sum, and the officer is told", () => {
    expect(detect([null, null, 3500, 100, 55])).toEqual({
      total: 5,
      units: 3,
      issues: [["info", "B5", "unlabelled-total", null, null, "Dòng 5 không ghi tên nhưng mọi số bằng tổng các đơn vị ở trên: được coi là dòng tổng."]],
    });
  });

  it("gives the plan's total the appendix's own label, as it has none", () => {
    const analysis = analyze([grid([header, ...units, [null, null, 3500, 100, 55]])], { targetHouseholds: 10 });
    expect([analysis.plan?.total.name, analysis.plan?.total.households, analysis.plan?.total.row]).toEqual(["Tổng cộng", 3500, 5]);
  });

  it("is named in a warning when it is close to the units' sum but off, and not taken as the total", () => {
    expect(detect([null, null, 3507, 100, 55])).toEqual({
      total: null,
      units: 3,
      issues: [
        [
          "warning",
          "C5",
          "unlabelled-row-near-total",
          3507,
          3500,
          'Dòng 5 không ghi tên, nằm sau các đơn vị, gần bằng tổng các đơn vị nhưng không khớp: "Tổng số hộ dân" ghi 3.507, cộng các đơn vị được 3.500. Nếu đó là dòng tổng, hãy ghi tên "Tổng cộng" và sửa số; phụ lục tự cộng các đơn vị.',
        ],
      ],
    });
  });

  it("is passed over as before when its figures are far from the units' sum", () => {
    expect(detect([null, null, 9000, 400, 300])).toEqual({ total: null, units: 3, issues: [] });
  });
});
