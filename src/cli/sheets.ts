/**
 * `--sheet` names matched the way Excel matches sheet names (case-insensitive), and also without
 * minding diacritics or how they are encoded (NFC/NFD), since officers type "Phu Loc" for "Phú Lộc".
 * An exact match wins over a looser one; a name that matches nothing, or two sheets alike, is a
 * usage error that lists the sheets there are.
 */
import { fold } from "../engine";
import { UsageError } from "./args";

const WAYS: ((name: string) => string)[] = [
  (name) => name.normalize("NFC"),
  (name) => name.normalize("NFC").toLocaleLowerCase("vi"),
  (name) => fold(name),
];

export function matchSheets(wanted: string[], sheets: string[]): string[] {
  return wanted.map((name) => matchSheet(name, sheets));
}

function matchSheet(wanted: string, sheets: string[]): string {
  const list = sheets.map((s) => `"${s}"`).join(", ");
  for (const way of WAYS) {
    const found = sheets.filter((sheet) => way(sheet) === way(wanted));
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      const alike = found.map((s) => `"${s}"`).join(", ");
      throw new UsageError(`--sheet "${wanted}" khớp nhiều trang: ${alike}. Hãy ghi đúng tên.`, `--sheet "${wanted}" matches several sheets: ${alike}. Give the exact name.`);
    }
  }
  throw new UsageError(`Không có trang "${wanted}". Các trang trong tệp: ${list}.`, `There is no sheet "${wanted}". The sheets are: ${list}.`);
}
