/** Addresses as Excel returns them: "Sheet1!A1:P20", "'Huyện A Lưới'!B2", "'Lan''s'!C3,'Lan''s'!D4". */

export interface SheetArea {
  sheet: string;
  /** The A1 area without the sheet ("A1:P20"). */
  area: string;
}

/** Splits a sheet-qualified address; a quoted sheet name loses its quotes and '' becomes '. */
export function splitSheetAddress(address: string): SheetArea {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new RangeError(`Not a sheet address: ${address}`);
  const sheet = address.slice(0, bang);
  const quoted = sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'");
  return {
    sheet: quoted ? sheet.slice(1, -1).replace(/''/g, "'") : sheet,
    area: address.slice(bang + 1).replace(/\$/g, ""),
  };
}

/** The areas of a multi-area address (RangeAreas.address): commas inside quoted sheet names are kept. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.filter((part) => part !== "");
}
