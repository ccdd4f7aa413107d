/**
 * What every fake Office.js object shares: load() queues a snapshot of the properties asked for,
 * which becomes readable only once the sync ran (else PropertyNotLoaded); writes are queued and
 * run on the object's target at sync; a null object tells whether its target exists.
 */
import type { FakeExcel } from "./fake-excel-context";
import { FakeExcelError } from "./fake-excel-model";

export abstract class FakeObject<T> {
  protected loaded = new Map<string, unknown>();
  constructor(
    protected readonly excel: FakeExcel,
    protected readonly path: string,
    private readonly resolve: () => T | undefined,
    private readonly nullable = false,
  ) {}

  /** What Excel would send back for this object: its loaded properties. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected target(): T {
    const target = this.resolve();
    if (target === undefined) throw new FakeExcelError("ItemNotFound", `${this.path} does not exist`);
    return target;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) {
      throw new FakeExcelError("PropertyNotLoaded", `The property '${property}' is not available. Call load and context.sync() first.`);
    }
    return this.loaded.get(property) as V;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.read<boolean>("isNullObject");
  }

  load(properties: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim());
    this.excel.loadedProperties.push(...list);
    this.excel.enqueue({ path: this.path, load: list }, () => {
      const target = this.nullable ? this.resolve() : this.target();
      const snapshot = target === undefined ? {} : this.snapshot(target, list);
      this.excel.measureResponse(snapshot);
      return () => {
        this.loaded = new Map(Object.entries(snapshot));
        this.loaded.set("isNullObject", target === undefined);
      };
    });
    return this;
  }

  protected abstract snapshot(target: T, properties: string[]): Record<string, unknown>;

  protected queue(action: string, value: unknown, apply: (target: T) => void): void {
    this.excel.enqueue({ path: this.path, action, value }, () => {
      apply(this.target());
    });
  }
}
