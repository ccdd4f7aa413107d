import { fold, foldedFirst, nameKey, sliceFromFolded, tidy, titleCaseIfShouting } from "../../src/engine/cells/text";

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

describe("foldedFirst", () => {
  // Every pair of characters below U+0300 (where it answers), each followed by a combining mark that
  // NFC joins to a letter before it: the answer is fold's own first character, found by folding.
  const below = Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code));

  it("is fold's first character for every text it answers for", () => {
    const wrong: string[] = [];
    for (const first of below) {
      for (const second of below) {
        const text = `${first}${second}\u0301z`;
        const answer = foldedFirst(text);
        if (answer !== null && answer !== fold(text)[0]) wrong.push(text);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("folds no character into the signs a label or header is told by (. ) - / ,) but the sign itself", () => {
    // mayBeLabel and mayBeNameHeader look for these signs in the text itself, not folded.
    const signs = new Set([...".)-/,"]);
    const into = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((ch) => !signs.has(ch) && [...fold(`x${ch}`)].some((c) => signs.has(c)));
    expect(into).toEqual([]);
  });

  it("answers for texts starting with two characters below U+0300 and no white space", () => {
    expect(foldedFirst("Xã 1")).toBe("x");
    expect(foldedFirst("Đông")).toBe("d");
    expect(foldedFirst("Ánh")).toBe("a");
  });

  it("does not answer where the first character alone cannot tell", () => {
    // Too short, white space first (trimmed), a mark joined to the first letter, a first letter above U+0300.
    expect(["", "X", " Xã", "\u00a0Xã", "X\u0303a", "Ỹ Lâm", "Ẳ"].map(foldedFirst)).toEqual([null, null, null, null, null, null, null]);
  });
});
