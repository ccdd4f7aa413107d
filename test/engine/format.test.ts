import { formatNumber, formatRate } from "../../src/engine/cells/format";

describe("formatNumber", () => {
  it("writes numbers the Vietnamese way by default and the English way when asked", () => {
    expect(formatNumber(317152, "vi")).toBe("317.152");
    expect(formatNumber(1.36, "vi")).toBe("1,36");
    expect(formatNumber(317152, "en")).toBe("317,152");
    expect(formatNumber(-1234.5, "en")).toBe("-1,234.5");
  });

  it("groups every three digits of a province's count, not only the last three", () => {
    expect(formatNumber(1234567, "vi")).toBe("1.234.567");
    expect(formatNumber(-12345678.25, "en")).toBe("-12,345,678.25");
  });

  it("shows a value too small for its decimals as 0, without a stray sign", () => {
    // String(1e-7) is "1e-7": no decimal point, so no decimals are shown.
    expect(formatNumber(1e-7, "vi")).toBe("0");
    expect(formatNumber(-1e-7, "vi")).toBe("0");
  });
});

describe("formatRate", () => {
  it("shows rates with the appendix's two decimals", () => {
    expect(formatRate(0.3, "vi")).toBe("0,30");
    expect(formatRate(3.4, "en")).toBe("3.40");
    expect(formatRate(-0.001, "vi")).toBe("0,00");
  });
});

describe("values that are not finite", () => {
  it.each([[Infinity], [-Infinity], [NaN]])("show %p as a dash, never as Infinity or NaN", (value) => {
    expect(formatNumber(value, "vi")).toBe("—");
    expect(formatRate(value, "en")).toBe("—");
  });
});
