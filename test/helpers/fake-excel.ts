/**
 * A fake Excel host, as strict as Excel where the adapter could go wrong: objects come from
 * collections and getItem/getRange/add calls; nothing is read before it was loaded *and* synced
 * (PropertyNotLoaded); writes land only at sync, in queue order, and a failing request leaves the
 * operations before the failure applied, as Excel does; an object from add() dies with its request;
 * APIs above the configured ExcelApi version throw ApiNotFound; requests and responses over Excel on
 * the web's 5 MB limit fail, as do reads of more than 5,000,000 cells, merged areas past 512 in a
 * range (and only those whose top-left cell is inside it are returned), getSelectedRange on a
 * multi-area selection, and imports as Excel does them; document settings last only once the
 * workbook is saved. Each part cites its source. Every sync is counted and its request and
 * response measured; beforeSync lets another window change the workbook between requests.
 *
 * The parts, by what makes them change: fake-excel-context (the request context, its queue and
 * sync accounting), fake-excel-proxy (load/read/queue rules every object shares),
 * fake-excel-workbook (workbook, worksheet collection, worksheets), fake-excel-range (ranges and
 * their links), fake-excel-chart (charts: add, titles, axes, series, setPosition), fake-excel-events
 * (worksheet onChanged: registration at sync, remove; the officer typing into a cell, renaming a sheet),
 * fake-excel-model (the stored cells and formats, cellAt/formatAt), fake-excel-office (Office.context).
 */
export { FakeExcel } from "./fake-excel-context";
export { renameSheet, typeInto } from "./fake-excel-events";
export { cellAt, FakeExcelError, formatAt } from "./fake-excel-model";
export type { Content, FakeCell, FakeSheet, SyncRecord } from "./fake-excel-model";
export { FakeSettings, installOffice } from "./fake-excel-office";
