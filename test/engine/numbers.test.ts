import { parseNumber } from "../../src/engine/cells/numbers";

describe("parseNumber", () => {
  it.each([
    ["88.215", "count", 88215],
    ["88,215", "count", 88215],
    ["1.234.567", "count", 1234567],
    ["1,234,567", "count", 1234567],
    ["1.234,5", "ratio", 1234.5],
    ["1,234.5", "ratio", 1234.5],
    ["1,36", "ratio", 1.36],
    ["1,36%", "ratio", 1.36],
    ["1.36", "ratio", 1.36],
    ["46,220", "ratio", 46.22],
    [" 3 842 ", "count", 3842],
    ["12", "count", 12],
    ["-5", "count", -5],
    // The sign is not part of the first group of three: 1 thousand 234, negative.
    ["-1.234", "count", -1234],
    // Four digits before the separator are no thousands group, so it is a decimal point even in a count
    // (validation then says a count is not whole).
    ["1234.567", "count", 1234.567],
  ] as const)("reads %p as a %s: %p", (text, kind, expected) => {
    expect(parseNumber(text, kind)).toEqual({ value: expected });
  });

  it("keeps numeric cells as they are", () => {
    expect(parseNumber(1203, "count")).toEqual({ value: 1203 });
  });

  it.each([null, "", "-", "  ", "–", "—"])("reads %p as empty, not as 0", (raw) => {
    expect(parseNumber(raw, "count")).toEqual({ value: null });
  });

  it("reports error values instead of reading them as 0", () => {
    expect(parseNumber({ error: "#REF!" }, "count")).toEqual({ value: null, problem: "error-value" });
    expect(parseNumber("#N/A", "ratio")).toEqual({ value: null, problem: "error-value" });
  });

  it.each(["x#DIV/0!", "#N/A5"])("reads %p, text around an error's name, as words, not as an error value", (raw) => {
    expect(parseNumber(raw, "count")).toEqual({ value: null, problem: "not-a-number" });
  });

  // "1e5" would be 100000 to JavaScript, "1%5" 15 if any "%" were dropped; "12.34,5" and "1.2345.678"
  // have thousands groups that are not three digits, "1.234.56" a last group of two.
  it.each(["abc", "12a", "1.2.3,4,5", "1,2,3", true, "1e5", "1%5", "12.34,5", "1.2345.678", "1.234.56"])("reports %p as not a number", (raw) => {
    expect(parseNumber(raw, "count")).toEqual({ value: null, problem: "not-a-number" });
  });
});

describe("figures no table can hold", () => {
  it.each([[1e308], [-1e16], [Infinity], [NaN], [`1${"0".repeat(400)}`], ["1e308"]])("reads %p as a problem, not a value", (raw) => {
    expect(parseNumber(raw, "count")).toEqual({ value: null, problem: "not-a-number" });
  });

  it("still reads the largest real counts", () => {
    expect(parseNumber(123456789012, "count")).toEqual({ value: 123456789012 });
    expect(parseNumber("123.456.789.012", "count")).toEqual({ value: 123456789012 });
    // LARGEST_FIGURE (1e15) itself is beyond: one below is read.
    expect(parseNumber(999999999999999, "count")).toEqual({ value: 999999999999999 });
    expect(parseNumber(1e15, "count")).toEqual({ value: null, problem: "not-a-number" });
  });
});
