/** Office.context as the adapter uses it: requirement sets from the fake, document settings in memory. */
import type { FakeExcel } from "./fake-excel-context";

export class FakeSettings {
  readonly values = new Map<string, unknown>();
  failSave = false;
  saves = 0;
  get(name: string): unknown {
    return this.values.has(name) ? JSON.parse(JSON.stringify(this.values.get(name))) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback: (result: { status: string; error?: Error }) => void): void {
    this.saves++;
    const error = this.failSave ? new Error("Settings could not be saved.") : undefined;
    setTimeout(() => callback(error ? { status: "failed", error } : { status: "succeeded" }), 0);
  }
}

/** Excel on the web by default, whose 5 MB limits the fake enforces; "PC" for desktop Excel on Windows. */
export function installOffice(excel: FakeExcel, settings = new FakeSettings(), platform: "OfficeOnline" | "PC" = "OfficeOnline"): FakeSettings {
  Object.assign(globalThis, {
    Office: {
      context: {
        platform,
        requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version) },
        document: { settings },
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    },
  });
  return settings;
}
