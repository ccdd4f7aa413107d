/** Reading a layout the way a reader of the sheet would: by cell address. */
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";
import { layoutCells } from "../../src/engine/appendix/layout-cells";

export { layoutCells };

/** The values of the given cells ("L8", "N17"…), by address; a cell the layout lacks reads as undefined. */
export function layoutValues(layout: AppendixLayout, addresses: string[]): Record<string, LayoutCell["value"] | undefined> {
  const cells = layoutCells(layout);
  return Object.fromEntries(
    addresses.map((address) => {
      const [, letters, digits] = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
      const col = letters.charCodeAt(0) - 64;
      return [address, cells.find((c) => c.row === Number(digits) && c.col === col)?.value];
    }),
  );
}

/** The layout with every cell held one by one (its plan rows' cells made), for a test that edits cells as an officer would. */
export function heldCells(layout: AppendixLayout): AppendixLayout {
  return { ...layout, cells: layoutCells(layout), planRows: undefined };
}
