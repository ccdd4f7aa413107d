/** Reading a layout the way a reader of the sheet would: by cell address. */
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";

/** The values of the given cells ("L8", "N17"…), by address; a cell the layout lacks reads as undefined. */
export function layoutValues(layout: AppendixLayout, addresses: string[]): Record<string, LayoutCell["value"] | undefined> {
  return Object.fromEntries(
    addresses.map((address) => {
      const [, letters, digits] = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
      const col = letters.charCodeAt(0) - 64;
      return [address, layout.cells.find((c) => c.row === Number(digits) && c.col === col)?.value];
    }),
  );
}
