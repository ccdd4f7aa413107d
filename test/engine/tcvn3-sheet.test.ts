/**
 * The TCVN3 sheet test with a lookup table per character gives what the rule says, written here as
 * plainly as it was first written (regular expressions per character): same grids decoded, same left.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/engine/cells/grid";
import { decodeTcvn3, decodeTcvn3Grid } from "../../src/engine/cells/tcvn3";
import { analyze } from "../../src/engine";
import { figure } from "../../src/engine/detect/row-values";
import { grid } from "../helpers/grid";

const TCVN3_ONLY = [..."¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßäåæçèéêëìíîïñòóôõö÷øùúûüýþ"].filter(
  (ch) => !"àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".includes(ch),
);

/** Above U+00FF, Windows' punctuation (dashes, curly quotes, "…", "€", "™") is typed in TCVN3 text too; the rest is Unicode. */
const UNICODE_ONLY = /[^\u0000-\u00ff\u2000-\u206f\u20ac\u2122]/;

/** The rule: a point per TCVN3-only character next to a letter, and per capital after a small letter. */
function plainScore(text: string): number {
  if (UNICODE_ONLY.test(text)) return 0;
  const chars = [...text];
  let points = 0;
  chars.forEach((ch, i) => {
    const near = (chars[i - 1] ?? "") + (chars[i + 1] ?? "");
    if (TCVN3_ONLY.includes(ch) && /[A-Za-z\u00a1-\u00ff]/.test(near)) points++;
    else if (/[\u00c0-\u00de]/.test(ch) && /[a-z\u00df-\u00ff]/.test(chars[i - 1] ?? "")) points++;
  });
  return points;
}

/** +1 for a cell with evidence of TCVN3, -1 for a Unicode one (a letter above U+00FF, or one TCVN3 never writes), else 0. */
function plainLean(v: CellValue): number {
  if (typeof v !== "string") return 0;
  if (plainScore(v) >= 1) return 1;
  return UNICODE_ONLY.test(v) || /[ÀÁÂÃÄÅÍÙÚÛàðÿ]/.test(v) ? -1 : 0;
}

/** A cell written only in letters TCVN3 and Unicode share ("Sè hé"), and no other Vietnamese letter. */
const plainShared = (v: CellValue) => typeof v === "string" && plainLean(v) === 0 && /[áâãèéêìíòóôõùúýÈÉÊÌÒÓÔÕÝ]/.test(v);

function plainDecode(grid: Grid): Grid | null {
  const scores = grid.values.flat().filter((v): v is string => typeof v === "string").map(plainScore);
  if (!(scores.some((s) => s >= 2) || scores.reduce((a, b) => a + b, 0) >= 3)) return null;
  const rowLean = (r: number) => grid.values[r].map(plainLean).reduce((a, b) => a + b, 0);
  const colLean = (c: number) => grid.values.map((row) => plainLean(row[c] ?? null)).reduce((a, b) => a + b, 0);
  const decodes = (v: CellValue, r: number, c: number) => typeof v === "string" && (plainScore(v) >= 1 || (plainShared(v) && rowLean(r) + colLean(c) >= 0));
  return { ...grid, values: grid.values.map((row, r) => row.map((v, c) => (decodes(v, r, c) ? decodeTcvn3(v as string) : v))) };
}

const latin1 = fc.string({ unit: fc.constantFrom(..."aAnghoTs ", ..."ÌæèéÕõãÃ¡µ¸ßÞÀ", "ộ", "ư", "–", "“") });
const cell: fc.Arbitrary<CellValue> = fc.oneof(latin1, fc.integer(), fc.constant(null));

test("random sheets of TCVN3, Latin-1 and Unicode text are decoded, or left, as the rule says", () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }), (values) => {
      const grid: Grid = { sheet: "Trang", origin: "A1", values };
      expect(decodeTcvn3Grid(grid)).toEqual(plainDecode(grid));
    }),
    { numRuns: 5000 },
  );
});

test("one point is not enough; two points in a cell are", () => {
  expect(decodeTcvn3Grid({ sheet: "T", origin: "A1", values: [["nghÌo"]] })).toBeNull();
  expect(decodeTcvn3Grid({ sheet: "T", origin: "A1", values: [["Tæng nghÌo", "Xã Hồng"]] })?.values).toEqual([["Tổng nghèo", "Xã Hồng"]]);
});

/**
 * Field test 4 (P1): "Số hộ" in TCVN3 is "Sè hé", every letter of it also a Latin-1 letter that
 * Unicode Vietnamese uses. A sheet that is TCVN3 writes those letters in TCVN3 too.
 */
describe("letters TCVN3 shares with Latin-1 in a sheet typed in TCVN3", () => {
  /** Cam Lộ's sheet: "Hộ nghèo" over "Tỷ lệ (%) | Số hộ", "Hộ cận nghèo" over the same. */
  const camLo = () =>
    grid(
      [
        ["UBND HUYÖN CAM Lé"],
        ["KÕT QU¶ Rµ SO¸T Hé NGHÌO, Hé CËN NGHÌO N¡M 2022"],
        [],
        ["TT", "Tªn x·, thÞ trÊn", "Tæng sè hé", "Hé nghÌo", "Hé nghÌo", "Hé cËn nghÌo", "Hé cËn nghÌo"],
        ["TT", "Tªn x·, thÞ trÊn", "Tæng sè hé", "Tû lÖ (%)", "Sè hé", "Tû lÖ (%)", "Sè hé"],
        [1, "ThÞ trÊn Cam Lé", 3254, 1.91, 62, 4.33, 141],
        [2, "X· Cam TuyÒn", 1387, 5.12, 71, 6.34, 88],
        [3, "X· Cam Thµnh", 2214, 4.7, 104, 5.69, 126],
        [null, "Tæng céng", 6855, 3.46, 237, 5.18, 355],
      ],
      { sheet: "Cam Lo", merges: ["D4:E4", "F4:G4", "A4:A5", "B4:B5", "C4:C5"] },
    );

  it("decodes every TCVN3 cell, header words made of shared letters only included", () => {
    const decoded = decodeTcvn3Grid(camLo())?.values;
    expect(decoded?.[4]).toEqual(["TT", "Tên xã, thị trấn", "Tổng số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", "Số hộ"]);
    expect(decoded?.[3].slice(3)).toEqual(["Hộ nghèo", "Hộ nghèo", "Hộ cận nghèo", "Hộ cận nghèo"]);
  });

  it("decodes a line of capitals typed for .VnTimeH in capitals, and a name with one capital as it is", () => {
    expect(["UBND HUYÖN CAM Lé", "KÕT QU¶ Rµ SO¸T Hé NGHÌO N¡M 2022", "ThÞ trÊn Cam Lé", "X· A"].map(decodeTcvn3)).toEqual([
      "UBND HUYỆN CAM LỘ",
      "KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2022",
      "Thị trấn Cam Lộ",
      "Xã A",
    ]);
  });

  it("reads the grouped header's poor and near-poor counts, and every commune", () => {
    const { tables, issues } = analyze([camLo()], { targetHouseholds: 20 });
    expect(issues.filter((i) => i.severity !== "info").map((i) => i.code)).toEqual([]);
    const [table] = tables;
    expect(table.columns.map((c) => [c.field, c.col])).toEqual([
      ["order", 1],
      ["name", 2],
      ["households", 3],
      ["poorRate", 4],
      ["poorHouseholds", 5],
      ["nearPoorRate", 6],
      ["nearPoorHouseholds", 7],
    ]);
    expect(table.units.map((u) => [u.name, figure(u, "households"), figure(u, "poorHouseholds"), figure(u, "nearPoorHouseholds")])).toEqual([
      ["Thị trấn Cam Lộ", 3254, 62, 141],
      ["Xã Cam Tuyền", 1387, 71, 88],
      ["Xã Cam Thành", 2214, 104, 126],
    ]);
    expect(table.total?.name).toBe("Tổng cộng");
    expect(table.titleUnit).toBe("Huyện Cam Lộ");
  });

  /** Hướng Hóa's sheet: a three-row header, count before rate, and a notes column of shared letters only. */
  it("reads a three-row TCVN3 header whose leaves and notes column are shared letters only", () => {
    const huongHoa = grid(
      [
        ["HUYÖN H¦íNG HãA"],
        ["BIÓU TæNG HîP KÕT QU¶ Rµ SO¸T Hé NGHÌO, Hé CËN NGHÌO CUèI N¡M 2022"],
        [],
        ["STT", "Tªn ®¬n vÞ", "KÕt qu¶ rµ so¸t cuèi n¨m 2022", null, null, null, null, "Ghi chó"],
        [null, null, "Tæng sè hé", "Hé nghÌo", null, "Hé cËn nghÌo", null, null],
        [null, null, null, "Sè hé", "Tû lÖ (%)", "Sè hé", "Tû lÖ (%)", null],
        [1, "TT Khe Sanh", 3412, 98, 2.87, 121, 3.55],
        [2, "X· H\u00adíng LËp", 412, 226, 54.85, 61, 14.81],
        [3, "X· Hóc", 865, 402, 46.47, 97, 11.21],
      ],
      { sheet: "Bieu 01", merges: ["C4:G4", "A4:A6", "B4:B6", "D5:E5", "F5:G5", "H4:H6", "C5:C6"] },
    );
    const { tables, issues } = analyze([huongHoa], { targetHouseholds: 20 });
    expect(issues.filter((i) => i.severity !== "info").map((i) => i.code)).toEqual([]);
    expect(tables[0].units.map((u) => [u.name, figure(u, "households"), figure(u, "poorHouseholds"), figure(u, "nearPoorHouseholds")])).toEqual([
      ["TT Khe Sanh", 3412, 98, 121],
      ["Xã Hướng Lập", 412, 226, 61],
      ["Xã Húc", 865, 402, 97],
    ]);
    expect(decodeTcvn3Grid(huongHoa)?.values[3][7]).toBe("Ghi chú");
  });

  it("leaves Unicode cells of shared letters alone where their row and column are Unicode", () => {
    const mixed = grid([
      ["TT", "Tªn x·", "Tæng sè hé", "Sè hé nghÌo"],
      [1, "Xã A Bung", 400, 60],
      [2, "Xã Hồng Hạ", 300, 30],
      [3, "Xã Hương Phong", 200, 20],
      [4, "Xã Tà Long", 100, 10],
    ]);
    expect(decodeTcvn3Grid(mixed)?.values.map((row) => row[1])).toEqual(["Tên xã", "Xã A Bung", "Xã Hồng Hạ", "Xã Hương Phong", "Xã Tà Long"]);
  });

  it("reads dashes and curly quotes in TCVN3 text as punctuation, not as Unicode letters", () => {
    const titled = grid([["B\u00b8O C\u00b8O \u201cHé NGHÌO\u201d \u2013 N\u00a1M 2022"], ["TT", "Tªn x·", "Sè hé nghÌo \u2013 cuèi n¨m"], [1, "X· Cam TuyÒn", 71]]);
    expect(decodeTcvn3Grid(titled)?.values.map((row) => row[row.length - 1])).toEqual(["BÁO CÁO \u201cHỘ NGHÈO\u201d \u2013 NĂM 2022", "Số hộ nghèo \u2013 cuối năm", 71]);
  });

  it("leaves a Unicode sheet whose Latin-1 letters are all shared alone", () => {
    const unicode = grid([["TT", "Xã", "Bé", "Hà"], [1, "Xã Bé", 10, 2]]);
    expect(decodeTcvn3Grid(unicode)).toBeNull();
  });
});
