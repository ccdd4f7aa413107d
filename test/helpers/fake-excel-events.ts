/**
 * Worksheet.onChanged (ExcelApi 1.7) as Excel does it: add() sends the registration with the next
 * sync, and only a registered handler hears of a change ("register the event handler … await
 * context.sync()", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#register-an-event-handler);
 * remove() is sent the same way, through the context the handler was added with ("Excel.run(
 * eventResult.context, …) eventResult.remove()", same page, "Remove an event handler"). A change
 * the officer types reaches each handler of its sheet after the edit, never during it, with
 * WorksheetChangedEventArgs (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs).
 *
 * The officer renaming a sheet's tab: its id stays ("The value of the identifier remains the same
 * even when the worksheet is renamed or moved", Excel.Worksheet.id,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member),
 * so the handlers registered on the sheet still hear of it, while getItem by the old name fails.
 * Ids hold within a session only (a reopened workbook has new ones, OfficeDev/office-js-docs#297).
 */
import { parseA1, toA1 } from "../../src/engine/cells/address";
import type { FakeExcel } from "./fake-excel-context";
import type { Content, FakeSheet } from "./fake-excel-model";

export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  changeType: "RangeEdited";
  source: "Local";
  worksheetId: string;
  address: string;
}

type Handler = (args: WorksheetChangedArgs) => Promise<unknown>;

export interface ChangeHandler {
  sheetId: string;
  handler: Handler;
}

/** worksheet.onChanged: add(handler) → { context, remove() }. */
export function onChangedOf(excel: FakeExcel, path: string, sheet: () => FakeSheet) {
  return {
    add(handler: Handler): { context: Excel.RequestContext; remove(): void } {
      excel.requireApi("1.7", "Worksheet.onChanged");
      const registration: { entry?: ChangeHandler } = {};
      excel.enqueue({ path, action: "onChanged.add" }, () => {
        const entry = { sheetId: sheet().id, handler };
        return () => {
          registration.entry = entry;
          excel.changeHandlers.push(entry);
        };
      });
      return {
        context: excel.context,
        remove: () =>
          excel.enqueue({ path, action: "onChanged.remove" }, () => () => {
            const at = registration.entry ? excel.changeHandlers.indexOf(registration.entry) : -1;
            if (at >= 0) excel.changeHandlers.splice(at, 1);
          }),
      };
    },
  };
}

/** The officer renames a sheet's tab, as Excel allows (a free name of at most 31 characters, none of []:*?/\\). */
export function renameSheet(excel: FakeExcel, from: string, to: string): void {
  const sheet = excel.sheet(from);
  if (to.length === 0 || to.length > 31 || /[[\]:*?/\\]/.test(to)) throw new Error(`Excel refuses the sheet name ${to}`);
  const taken = excel.sheetByKey(to);
  if (taken && taken !== sheet) throw new Error(`A sheet named ${to} exists`);
  sheet.name = to;
}

/** The officer types a value into a cell; resolves once every handler of the sheet was told. */
export async function typeInto(excel: FakeExcel, sheetName: string, address: string, value: Content): Promise<void> {
  const sheet = excel.sheet(sheetName);
  const { row, col } = parseA1(address);
  const cells = (sheet.cells[row - 1] ??= []);
  cells[col - 1] = { value, numberFormat: cells[col - 1]?.numberFormat ?? "General" };
  await Promise.resolve();
  const args: WorksheetChangedArgs = { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheet.id, address: toA1(row, col) };
  await Promise.all(excel.changeHandlers.filter((entry) => entry.sheetId === sheet.id).map((entry) => entry.handler(args)));
}
