/**
 * Values kept in the workbook itself (document settings), e.g. the officer's column corrections.
 * saveAsync puts them into the open document; the file keeps them only once the workbook is saved
 * (Office.Settings.saveAsync), so closing without saving loses them.
 */
import { OfficeHostError } from "./errors";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The stored value, or undefined when the workbook has none under that name. */
export function readSetting(name: string): JsonValue | undefined {
  const value = Office.context.document.settings.get(name) as JsonValue | undefined;
  return value === null || value === undefined ? undefined : value;
}

/** Stores the value and saves the settings into the document. */
export function writeSetting(name: string, value: JsonValue): Promise<void> {
  Office.context.document.settings.set(name, value);
  return saveSettings();
}

export function removeSetting(name: string): Promise<void> {
  Office.context.document.settings.remove(name);
  return saveSettings();
}

function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      reject(
        new OfficeHostError(
          "settings-save-failed",
          {
            vi: `Không lưu được thiết lập vào sổ làm việc: ${result.error?.message ?? ""}`,
            en: `Could not save the settings in the workbook: ${result.error?.message ?? ""}`,
          },
          result.error,
        ),
      );
    });
  });
}
