/**
 * The text rules the officers' names and headers go through (src/engine/cells/text.ts), on the
 * cases text.test.ts leaves out: a title in lower case, double spaces, "đ" in lower case, text typed
 * in NFD, and folding that keeps one character per character so a title is cut where it matched.
 */
import { fold, nameKey, sliceFromFolded, tidy, titleCaseIfShouting } from "../../src/engine/cells/text";

describe("fold on the headers officers type", () => {
  it("folds a lower-case đ as well as a capital Đ", () => {
    expect(fold("Số hộ đầu kỳ")).toBe("so ho dau ky");
  });

  it("squeezes the spaces and line breaks of a header without diacritics", () => {
    expect(fold("  TT \n\n  Ten   xa ")).toBe("tt ten xa");
  });

  it("gives an empty cell, or one of spaces only, an empty fold", () => {
    expect(fold("")).toBe("");
    expect(fold(" \u00a0\n ")).toBe("");
  });

  it("keeps a character whose decomposition has no marks to drop as it is, one for one", () => {
    // Hangul decomposes into several letters without combining marks: folding must not grow the text.
    expect(fold("한 Xã")).toBe("한 xa");
    expect(sliceFromFolded("한 UBND HUYỆN A LƯỚI", /huyen /)).toBe("HUYỆN A LƯỚI");
  });
});

describe("tidy", () => {
  it("writes NFD text as NFC and squeezes its white space", () => {
    expect(tidy("  Xã\n Hồng   Bắc ".normalize("NFD"))).toBe("Xã Hồng Bắc");
  });
});

describe("sliceFromFolded on a title typed in NFD", () => {
  it("returns the NFC text from the match on, whatever the form typed", () => {
    expect(sliceFromFolded("ỦY BAN NHÂN DÂN   HUYỆN NAM ĐÔNG".normalize("NFD"), /huyen /)).toBe("HUYỆN NAM ĐÔNG");
  });
});

describe("titleCaseIfShouting", () => {
  it("capitalises the first letter of a title written in lower case and leaves the rest", () => {
    expect(titleCaseIfShouting("huyện Nam Đông")).toBe("Huyện Nam Đông");
  });

  it("keeps the double spaces of a shouted title", () => {
    expect(titleCaseIfShouting("HUYỆN  A LƯỚI")).toBe("Huyện  A Lưới");
  });
});

describe("nameKey", () => {
  it("keeps two names with the same letters in another order apart", () => {
    expect(nameKey("Xã Hòa Bình")).not.toBe(nameKey("Xã Hào Bình"));
    expect(nameKey("Xã Lộc An")).not.toBe(nameKey("Xã Lốc An"));
  });

  it("matches names typed with different spacing and line breaks", () => {
    expect(nameKey(" Xã  Hồng\nBắc ")).toBe(nameKey("Xã Hồng Bắc"));
  });
});
