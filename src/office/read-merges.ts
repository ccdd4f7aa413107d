/**
 * Merged areas (ExcelApi 1.13), in their own requests after the cells. Excel returns only the
 * merges whose top-left cell is inside the range asked (OfficeDev/office-js#3611), so each sheet
 * is asked over its used area, and a selection over the rectangle from A1 to its bottom-right
 * cell: a header merge that starts above or left of the selection still overlaps it. Excel fails
 * beyond 512 merged areas in a range; then that sheet is read without merges and a note says so.
 */
import { areaA1, parseArea, type AreaRef } from "../engine";
import type { HostErrorText } from "./errors";
import type { SheetArea } from "./read-cells";
import { splitAreas, splitSheetAddress } from "./sheet-address";

export interface MergesRead {
  /** The merged areas overlapping each area, as plain areas ("C5:F5"), in the order given. */
  merges: string[][];
  /** One note per sheet whose merges Excel would not give. */
  leftOut: HostErrorText[];
}

/** `asked` is where to ask for merges (it contains each area's merges' top-left cells). */
export async function readMerges(context: Excel.RequestContext, areas: SheetArea[], asked: AreaRef[]): Promise<MergesRead> {
  const all = areas.map((area, i) => loadMerges(context, area.sheet, asked[i]));
  try {
    await context.sync();
    return { merges: all.map((merges, i) => mergesWithin(merges, areas[i].area)), leftOut: [] };
  } catch {
    // One heavily merged sheet sinks the whole request: ask again sheet by sheet.
  }
  const result: MergesRead = { merges: [], leftOut: [] };
  for (const [i, area] of areas.entries()) {
    const merges = loadMerges(context, area.sheet, asked[i]);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after the shared request failed, to find the sheet that failed it
      await context.sync();
      result.merges.push(mergesWithin(merges, area.area));
    } catch {
      result.merges.push([]);
      result.leftOut.push(mergesLeftOut(area.sheet));
    }
  }
  return result;
}

function loadMerges(context: Excel.RequestContext, sheet: string, area: AreaRef): Excel.RangeAreas {
  const merges = context.workbook.worksheets.getItem(sheet).getRange(areaA1(area)).getMergedAreasOrNullObject();
  merges.load("address");
  return merges;
}

export function mergesLeftOut(sheet: string): HostErrorText {
  return {
    vi: `Excel không cho đọc các ô gộp của trang "${sheet}" (quá 512 vùng gộp): tiêu đề gộp ở trang này chỉ được đọc từ ô đầu tiên của nó.`,
    en: `Excel would not give the merged cells of sheet "${sheet}" (over 512 merged areas): a merged header there is read from its first cell only.`,
  };
}

/** The merged areas that overlap the area, as plain areas ("C5:F5"). */
function mergesWithin(merges: Excel.RangeAreas, bounds: AreaRef): string[] {
  if (merges.isNullObject) return [];
  return splitAreas(merges.address)
    .map((part) => splitSheetAddress(part).area)
    .filter((area) => {
      const a = parseArea(area);
      return a.top <= bounds.bottom && a.bottom >= bounds.top && a.left <= bounds.right && a.right >= bounds.left;
    });
}
