/**
 * Names given twice in one group (src/engine/cells/same-names.ts): the same answers as one Map by
 * group and nameKey, whatever the spelling's case, spacing, normalization or tone placement, and
 * names that differ only in a mark ("Ia Băng", "Ia Bang") never taken for one another.
 */
import { earlierSameNames, nameKey } from "../../src/engine/cells";
import { letterHash } from "../../src/engine/cells/same-names";

/** What the finder must agree with: the first index of each group and nameKey, by one Map. */
function byMap(names: string[], groups: number[]): number[] {
  const firsts = new Map<string, number>();
  return names.map((name, i) => {
    const key = `${groups[i]} ${nameKey(name)}`;
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, i);
    return first ?? -1;
  });
}

const found = (names: string[], groups = names.map(() => -1)) => Array.from(earlierSameNames(names, (i) => groups[i]));

describe("earlierSameNames", () => {
  it("points each repeated name at its first, however it is typed", () => {
    const names = ["Xã Thủy Bằng", "Xã An Hòa", "xã  THUỶ BẰNG".normalize("NFD"), "Phường Thuận Hòa", " Xã An Hoà ", "Phường Thuận Hoà"];
    expect(found(names)).toEqual([-1, -1, 0, -1, 1, 3]);
  });

  it("tells apart names that differ in a mark, a letter or a sign, though their letters alike give one number", () => {
    const names = ["Xã Ia Băng", "Xã Ia Bang", "Xã Hòa Bình", "Xã Hào Bình", "Xã Lộc An", "Xã Lốc An", "Thị trấn A-Lưới", "Thị trấn A Lưới", "Phường 1", "Phường 1"];
    expect(found(names)).toEqual([-1, -1, -1, -1, -1, -1, -1, -1, -1, 8]);
  });

  it("counts a name again only within its group", () => {
    const names = ["Xã A", "Xã B", "Xã A", "Xã A", "Xã B"];
    expect(found(names, [0, 0, 1, 1, 0])).toEqual([-1, -1, -1, 2, 1]);
  });

  it("agrees with one Map by nameKey on 10,600 names typed every which way, a tenth of them repeated", () => {
    const syllables = ["Hướng", "Phùng", "Lập", "Linh", "Tân", "Thành", "Hòa", "Hoà", "Hoa", "An", "Phú", "Sơn", "Đông", "Dong", "Bắc", "Thuỷ", "Thủy"];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    const spell = (name: string) => [name, name.normalize("NFD"), name.toUpperCase(), ` ${name.replace(" ", "  ")}`][next(4)];
    const names: string[] = [];
    const groups: number[] = [];
    for (let i = 0; i < 10_600; i++) {
      const repeat = i > 0 && next(10) === 0;
      names.push(repeat ? spell(names[next(i)]) : spell(`Xã ${syllables[next(17)]} ${syllables[next(17)]} ${next(40)}`));
      groups.push(next(3));
    }
    const expected = byMap(names, groups);
    expect(expected.filter((first) => first >= 0).length).toBeGreaterThan(300);
    expect(found(names, groups)).toEqual(expected);
  });
});

describe("letterHash", () => {
  it("gives a name one number however it is typed, and the same name in another group another", () => {
    const typed = ["Xã Thủy Bằng", "xã  THUỶ BẰNG".normalize("NFD"), " Xã Thuỷ Bằng ", "XÃ THỦY BẰNG"];
    expect(new Set(typed.map((name) => letterHash(name, 0))).size).toBe(1);
    expect(letterHash("Xã Thủy Bằng", 1)).not.toBe(letterHash("Xã Thủy Bằng", 0));
  });

  it("tells apart nearly all of 10,600 communes' names, so that few are compared by their keys", () => {
    const syllables = ["Hướng", "Phùng", "Lập", "Linh", "Tân", "Thành", "Hòa", "An", "Phú", "Sơn", "Trung", "Đông", "Nam", "Bắc", "Long"];
    const names = Array.from({ length: 10_600 }, (_, i) => `Xã ${syllables[i % 15]} ${syllables[Math.floor(i / 15) % 15]} ${Math.floor(i / 225) + 1}`);
    expect(new Set(names).size).toBe(10_600);
    // Names that differ in a letter or a digit: a shared number is a 32-bit coincidence.
    expect(new Set(names.map((name) => letterHash(name, -1))).size).toBeGreaterThan(10_590);
    expect(letterHash("Phường 1", -1)).not.toBe(letterHash("Phường 2", -1));
    expect(letterHash("Xã Ia Băng", -1)).toBe(letterHash("Xã Ia Bang", -1));
  });
});
