import { MAX_SHEET_NAME_LENGTH, sanitizeSheetName, uniqueSheetName } from "../../src/engine/appendix/sheet-name";

describe("uniqueSheetName", () => {
  it("keeps a free, valid name as it is", () => {
    expect(uniqueSheetName("Phụ lục 2021", ["Sheet1", "Huyện Phú Lộc"])).toBe("Phụ lục 2021");
  });

  it("adds (2), (3) … when the name is taken, comparing case-insensitively as Excel does", () => {
    expect(uniqueSheetName("Phụ lục 2021", ["Phụ lục 2021"])).toBe("Phụ lục 2021 (2)");
    expect(uniqueSheetName("Phụ lục 2021", ["PHỤ LỤC 2021", "phụ lục 2021 (2)"])).toBe("Phụ lục 2021 (3)");
  });

  it("compares composed and decomposed Vietnamese letters as the same name", () => {
    const decomposed = "Phụ lục 2021".normalize("NFD");
    expect(uniqueSheetName("Phụ lục 2021", [decomposed])).toBe("Phụ lục 2021 (2)");
  });

  it("replaces the characters Excel forbids", () => {
    expect(uniqueSheetName("Phụ lục 01/2021: [dự thảo]?*", [])).toBe("Phụ lục 01-2021- dự thảo");
    expect(sanitizeSheetName("a\\b")).toBe("a-b");
  });

  it("trims apostrophes and spaces at either end", () => {
    expect(sanitizeSheetName("'Phụ lục'")).toBe("Phụ lục");
    expect(sanitizeSheetName("  ' Kế hoạch '  ")).toBe("Kế hoạch");
    expect(sanitizeSheetName("Hộ nghèo 'cũ' mới")).toBe("Hộ nghèo 'cũ' mới");
  });

  it("falls back to a name when nothing is left", () => {
    expect(uniqueSheetName("''", [])).toBe("Sheet");
    expect(uniqueSheetName("[]", ["Sheet"])).toBe("Sheet (2)");
  });

  it("cuts long names to 31 characters, shortening the base and keeping the suffix", () => {
    const long = "Chỉ tiêu phấn đấu giảm tỷ lệ hộ nghèo năm 2021";
    const first = uniqueSheetName(long, []);
    expect(first).toBe(long.slice(0, 31).trimEnd());
    expect(first.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    const second = uniqueSheetName(long, [first]);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(second.startsWith(first.slice(0, 26))).toBe(true);
  });

  it("stays within 31 characters with two-digit suffixes", () => {
    const name = "x".repeat(31);
    const existing = [name];
    for (let i = 0; i < 10; i++) existing.push(uniqueSheetName(name, existing));
    expect(existing[1]).toBe(`${"x".repeat(27)} (2)`);
    expect(existing[9]).toBe(`${"x".repeat(26)} (10)`);
    const result = uniqueSheetName(name, existing);
    expect(result).toBe(`${"x".repeat(26)} (12)`);
    expect(result).toHaveLength(31);
  });

  it("never splits a character outside the basic plane", () => {
    const name = `${"a".repeat(30)}😀`;
    expect(uniqueSheetName(name, [])).toBe("a".repeat(30));
  });

  it("cuts at the edges of the surrogate range only: U+10000 and U+10FFFF whole, a full-width sign kept", () => {
    // U+10000 is \uD800\uDC00 and U+10FFFF \uDBFF\uDFFF: a cut after their first half drops it; "！" (U+FF01) is one unit.
    expect(sanitizeSheetName(`${"a".repeat(30)}\u{10000}`)).toBe("a".repeat(30));
    expect(sanitizeSheetName(`${"a".repeat(30)}\u{10FFFF}`)).toBe("a".repeat(30));
    expect(sanitizeSheetName(`${"a".repeat(30)}！b`)).toBe(`${"a".repeat(30)}！`);
  });

  it("puts a space for a forbidden sign or a line break between words, not gluing them", () => {
    expect(sanitizeSheetName("Huyện?Xã*A")).toBe("Huyện Xã A");
    expect(sanitizeSheetName("Phụ lục\n2026")).toBe("Phụ lục 2026");
  });

  it("avoids Excel's reserved name History", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
  });
});
