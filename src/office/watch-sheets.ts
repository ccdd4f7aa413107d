/**
 * Hears of the officer's edits to the source sheets (Worksheet.onChanged, ExcelApi 1.7, the pane's
 * minimum), so the findings can refresh on their own. One sync to register the handlers, one to
 * remove them. Excel keeps a handler until it is removed or the add-in closes, so the pane removes
 * the old ones whenever it watches other sheets.
 */

/** Stops hearing of changes. */
export type StopWatching = () => Promise<void>;

export async function watchSheets(context: Excel.RequestContext, sheets: string[], onChange: () => void): Promise<StopWatching> {
  const worksheets = context.workbook.worksheets;
  const handlers = sheets.map((name) =>
    worksheets.getItem(name).onChanged.add(async () => {
      onChange();
    }),
  );
  await context.sync();
  return async () => {
    if (handlers.length === 0) return;
    // A handler is removed through the context it was added with.
    await Excel.run(handlers[0].context, async (removing) => {
      handlers.forEach((handler) => handler.remove());
      await removing.sync();
    });
  };
}
