/**
 * An .xlsx package's parts as read and changed on the way to being written, and the lookups the
 * write needs in it (which part holds a sheet, free part names and relationship ids). Browser-safe.
 */
import { XlsxLayoutError } from "./errors";

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a package, as changed here; the others read from the package itself. */
export class PackageEdits {
  readonly changed = new Map<string, string | Uint8Array<ArrayBuffer>>();
  /** Part names compare without case (ECMA-376 part 2): "Sheet2.xml" takes "sheet2.xml" too. */
  private readonly taken: Set<string>;
  constructor(
    private readonly names: Set<string>,
    private readonly read: (name: string) => Promise<string | null>,
  ) {
    this.taken = new Set([...names].map((name) => name.toLowerCase()));
  }

  has(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }

  async text(name: string): Promise<string | null> {
    const content = this.changed.get(name);
    if (content !== undefined) return typeof content === "string" ? content : new TextDecoder().decode(content);
    return this.names.has(name) ? this.read(name) : null;
  }

  set(name: string, content: string | Uint8Array<ArrayBuffer>): void {
    this.changed.set(name, content);
    this.taken.add(name.toLowerCase());
  }

  /** The changed parts' bytes, by name. */
  bytes(): Map<string, Uint8Array<ArrayBuffer>> {
    const encoder = new TextEncoder();
    return new Map([...this.changed].map(([name, content]) => [name, typeof content === "string" ? encoder.encode(content) : content]));
  }
}

export interface SheetEntry {
  /** The sheet's name, unescaped. */
  name: string;
  /** Its <sheet> element as written in workbook.xml. */
  tag: string;
  /** Its part's name in the package ("xl/worksheets/sheet1.xml"); "" when its relationship is missing. */
  part: string;
}

/** The sheets workbook.xml lists, in its order, each with the part its relationship points to. */
export function sheetEntries(workbookXml: string, relsXml: string): SheetEntry[] {
  const targets = new Map([...relsXml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [attribute(tag, "Id"), attribute(tag, "Target")]));
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const target = targets.get(attribute(tag, "r:id")) ?? "";
    return { name: unescapeXml(attribute(tag, "name")), tag, part: target === "" ? "" : target.startsWith("/") ? target.slice(1) : `xl/${target}` };
  });
}

/** The worksheet part of the sheet with this name, through workbook.xml and its relationships. */
export async function sheetPart(edits: PackageEdits, sheetName: string): Promise<string> {
  const sheets = sheetEntries((await edits.text("xl/workbook.xml")) ?? "", (await edits.text("xl/_rels/workbook.xml.rels")) ?? "");
  const part = sheets.find((sheet) => sheet.name === sheetName)?.part;
  if (!part) throw new XlsxLayoutError(`No sheet "${sheetName}" in the workbook written.`);
  return part;
}

export function attribute(tag: string, name: string): string {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function freeName(edits: PackageEdits, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) if (!edits.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
}

export function freeRelId(rels: string): string {
  const used = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}
