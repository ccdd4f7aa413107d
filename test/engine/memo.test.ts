/**
 * The answers worked out once per key (src/engine/cells/memo.ts), the store the format and word
 * caches use, and the cell helpers of grid.ts: each answer comes from the work once while it is
 * remembered, and the store never holds more than its limit.
 */
import { isCellError, Memo, UNCACHED_FORMULA } from "../../src/engine/cells";
import { analyze } from "../../src/engine";
import { simpleTable } from "../helpers/grid";

function counted(limit: number) {
  const asked: string[] = [];
  const memo = new Memo(limit, (key: string) => {
    asked.push(key);
    return key.length;
  });
  return { memo, asked };
}

describe("Memo", () => {
  it("works each key out once while it is remembered, whether asked twice in a row or between others", () => {
    const { memo, asked } = counted(10);
    expect([memo.get("a"), memo.get("a"), memo.get("bb"), memo.get("a"), memo.get("bb")]).toEqual([1, 1, 2, 1, 2]);
    expect(asked).toEqual(["a", "bb"]);
    expect(memo.size).toBe(2);
  });

  it("forgets everything when a new key would pass the limit, and never holds more", () => {
    const { memo, asked } = counted(2);
    memo.get("a");
    memo.get("bb");
    expect(memo.size).toBe(2);
    memo.get("ccc");
    // "a" and "bb" forgotten, "ccc" alone kept; "a" is worked out again.
    expect(memo.size).toBe(1);
    memo.get("a");
    expect(asked).toEqual(["a", "bb", "ccc", "a"]);
    expect(memo.size).toBe(2);
  });

  it("keeps a store exactly at its limit until one more key comes", () => {
    const { memo } = counted(3);
    for (const key of ["a", "b", "c"]) memo.get(key);
    expect(memo.size).toBe(3);
    memo.get("b");
    expect(memo.size).toBe(3);
  });

  it("takes an answer of undefined-like values (0, empty text) as known", () => {
    const asked: string[] = [];
    const memo = new Memo(5, (key: string) => {
      asked.push(key);
      return key === "zero" ? 0 : "";
    });
    memo.get("zero");
    memo.get("empty");
    memo.get("zero");
    memo.get("empty");
    expect(asked).toEqual(["zero", "empty"]);
  });
});

describe("cell values", () => {
  it("tells an error value from text, numbers, blanks and booleans", () => {
    expect([{ error: "#N/A" }, "#N/A", 5, null, true].map(isCellError)).toEqual([true, false, false, false, false]);
  });

  it("reports a formula saved without its result as such, not as an error value", () => {
    expect(UNCACHED_FORMULA).toBe("#FORMULA?");
    const analysis = analyze([simpleTable(["TT", "Tên đơn vị", "Tổng số hộ", "Số hộ nghèo"], [[1, "Xã A", 100, { error: UNCACHED_FORMULA }], [2, "Xã B", 100, 5]])]);
    expect(analysis.issues.filter((i) => i.cell === "D2").map((i) => i.code)).toEqual(["formula-without-value"]);
  });
});
