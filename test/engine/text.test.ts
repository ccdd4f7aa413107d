import { fold, nameKey, sliceFromFolded, tidy, titleCaseIfShouting } from "../../src/engine/cells/text";

describe("fold", () => {
  it("ignores case, spacing, line breaks and diacritics", () => {
    expect(fold("  Tổng số\nhộ   DÂN ")).toBe("tong so ho dan");
    expect(fold(" STT\t\r\n 1 ")).toBe("stt 1");
  });

  it("folds NFC and NFD alike, and old and new tone placement alike", () => {
    expect(fold("Thủy".normalize("NFD"))).toBe(fold("Thủy"));
    expect(fold("Thuỷ")).toBe(fold("Thủy"));
  });

  it("folds the OCR's 'phần đầu' like 'phấn đấu'", () => {
    expect(fold("Số hộ nghèo phần đầu giảm")).toBe(fold("Số hộ nghèo phấn đấu giảm"));
  });

  it("folds đ to d", () => {
    expect(fold("Đơn vị")).toBe("don vi");
  });
});

describe("spacing", () => {
  // Every character JavaScript's \s matches, found by asking JavaScript itself.
  const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((ch) => /\s/.test(ch));

  it("tidies and folds every white space character JavaScript knows as a space", () => {
    expect(spaces.length).toBeGreaterThan(20);
    const untidy = spaces.filter((ch) => tidy(`${ch}Xã${ch}${ch}A${ch}`) !== "Xã A" || fold(`${ch}Xã${ch}A${ch}`) !== "xa a" || fold(`${ch}X${ch}A`) !== "x a");
    expect(untidy).toEqual([]);
  });

  it("leaves text already tidy as it is", () => {
    expect(tidy("Xã A Lưới")).toBe("Xã A Lưới");
    expect(fold("xa 1")).toBe("xa 1");
  });
});

describe("sliceFromFolded", () => {
  it("returns the original text from the folded match on", () => {
    expect(sliceFromFolded("UBND HUYỆN A LƯỚI", /huyen /)).toBe("HUYỆN A LƯỚI");
    expect(sliceFromFolded("Kết quả rà soát", /huyen /)).toBeNull();
  });
});

describe("titleCaseIfShouting", () => {
  it("title-cases upper-case text and leaves mixed case alone", () => {
    expect(titleCaseIfShouting("HUYỆN A LƯỚI")).toBe("Huyện A Lưới");
    expect(titleCaseIfShouting("TX Hương Trà")).toBe("TX Hương Trà");
  });
});

describe("nameKey", () => {
  it("matches a unit written with old or new tone placement, in any case or encoding", () => {
    expect(nameKey("Xã Thủy Bằng")).toBe(nameKey("xã  THUỶ BẰNG".normalize("NFD")));
    expect(nameKey("Phường Thuận Hòa")).toBe(nameKey("Phường Thuận Hoà"));
  });

  it("keeps letters apart: Ia Băng and Ia Bang are two communes", () => {
    expect(nameKey("Xã Ia Băng")).not.toBe(nameKey("Xã Ia Bang"));
    expect(nameKey("Xã Ia Bang")).not.toBe(nameKey("Xã Ia Báng"));
  });
});
