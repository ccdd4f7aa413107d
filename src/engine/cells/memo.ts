/**
 * Answers worked out once per key (a number format, a word), for tables where 50,000 cells share a
 * handful of keys. Past `limit` keys the answers are all forgotten and worked out afresh, so a
 * workbook with thousands of distinct formats cannot grow the store for as long as the pane is open.
 * An answer is never undefined: that is how a key not yet known shows.
 */
export class Memo<K, V> {
  private readonly answers = new Map<K, V>();
  /** The key asked last and its answer: a column's cells mostly ask for the same format in a row. */
  private lastKey: K | undefined;
  private lastAnswer: V | undefined;

  constructor(
    private readonly limit: number,
    private readonly work: (key: K) => V,
  ) {}

  get(key: K): V {
    if (key === this.lastKey) return this.lastAnswer as V;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.work(key);
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(key, answer);
    }
    this.lastKey = key;
    this.lastAnswer = answer;
    return answer;
  }

  /** Keys known now, never more than the limit. */
  get size(): number {
    return this.answers.size;
  }
}
