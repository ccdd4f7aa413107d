/** Office.context as the adapter uses it: requirement sets from the fake, document settings in memory. */
import type { FakeExcel } from "./fake-excel-context";

/**
 * Document settings as Office keeps them: set/remove change an in-memory copy; saveAsync puts it
 * into the open document; only saving the workbook keeps it for the next opening ("The saveAsync
 * method persists the in-memory settings property bag into the document file. However, the changes
 * to the document file itself are saved only when the user (or AutoRecover setting) saves the
 * document to the file system", Office.Settings.saveAsync,
 * https://learn.microsoft.com/javascript/api/office/office.settings#office-office-settings-saveasync-member(1)).
 */
export class FakeSettings {
  readonly values = new Map<string, unknown>();
  private inDocument = new Map<string, unknown>();
  private inFile = new Map<string, unknown>();
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
    if (!error) this.inDocument = new Map(this.values);
    setTimeout(() => callback(error ? { status: "failed", error } : { status: "succeeded" }), 0);
  }
  /** The officer saves the workbook (Ctrl+S, or AutoRecover). */
  saveWorkbook(): void {
    this.inFile = new Map(this.inDocument);
  }
  /** The workbook is closed and opened again: the settings are what the saved file holds. */
  reopen(): void {
    this.values.clear();
    this.inDocument = new Map(this.inFile);
    for (const [name, value] of this.inFile) this.values.set(name, value);
  }
}

/**
 * Excel on the web by default, whose 5 MB limits the fake enforces; "PC" for desktop Excel on Windows.
 * Excel.run hands every batch the fake's one context, also when given an earlier batch's context (as
 * when removing an event handler: "Excel.run(eventResult.context, …)").
 */
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
    Excel: {
      run: <T>(...args: unknown[]): Promise<T> => (args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>)(excel.context),
    },
  });
  return settings;
}
