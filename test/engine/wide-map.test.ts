/**
 * The Map by text that national tables' names go into (src/engine/cells/wide-map.ts): what was set is
 * found, whatever the other keys, and 10,600 realistic names leave every part under the 4,096 keys past
 * which V8 adds a key to a Map about 20 times slower.
 */
import { nameKey, WideMap } from "../../src/engine/cells";

const SYLLABLES = ["Hướng", "Phùng", "Lập", "Linh", "Tân", "Thành", "Hòa", "An", "Phú", "Sơn", "Trung", "Đông", "Nam", "Bắc", "Long"];

/** "xã hướng phùng 12"-like keys: names that mostly end in the same few letters. */
function communeKeys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => nameKey(`Xã ${SYLLABLES[i % 15]} ${SYLLABLES[Math.floor(i / 15) % 15]} ${Math.floor(i / 225)}`));
}

describe("WideMap", () => {
  it("finds each value under its own key, and nothing under a key never set", () => {
    const map = new WideMap<string>();
    const keys = communeKeys(10_600);
    keys.forEach((key, i) => map.set(key, `B${i + 8}`));
    expect(new Set(keys).size).toBe(10_600);
    expect(keys.every((key, i) => map.get(key) === `B${i + 8}`)).toBe(true);
    expect(map.get("xã không có")).toBeUndefined();
    expect(map.get("")).toBeUndefined();
  });

  it("keeps the last value set under a key, as a Map does", () => {
    const map = new WideMap<number>().set("xã a", 1).set("xã b", 2).set("xã a", 3);
    expect([map.get("xã a"), map.get("xã b")]).toEqual([3, 2]);
    expect(map.partSizes.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it.each([
    ["10,600 commune names", communeKeys(10_600)],
    ["10,600 numbered names ('xã 1' to 'xã 10600')", Array.from({ length: 10_600 }, (_, i) => `xã ${i + 1}`)],
    ["100,000 numbered names", Array.from({ length: 100_000 }, (_, i) => `xã ${i + 1}`)],
  ])("spreads %s so that no part holds more than 4,096 keys", (_, keys) => {
    const map = new WideMap<boolean>();
    for (const key of keys) map.set(key, true);
    const sizes = map.partSizes;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(keys.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4_096);
    // Spread, not merely split in two: the fullest part holds under twice its even share.
    expect(Math.max(...sizes)).toBeLessThan((2 * keys.length) / 32);
  });
});
