/**
 * The appendix frame's styles (the styles.xml exceljs wrote for a workbook of the appendix sheets
 * alone) appended to the officer's styles.xml: its fonts, fills, borders and cell formats go after
 * the officer's, its own number formats get ids the officer's do not use (or the officer's id of the
 * same format code), and the count attributes follow. Nothing of the officer's moves, so every s=
 * in the officer's sheets still means what it did; the frame's style id k becomes xfBase + k.
 * Browser-safe.
 */
import { attribute } from "./package-edits";

export interface GraftedStyles {
  xml: string;
  /** What to add to a style id of the frame's to get its id in the grafted styles. */
  xfBase: number;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Ids below this are Excel's built-in formats, the same in every workbook. */
const FIRST_CUSTOM_FORMAT = 164;
/** The lists appended to, with their element's name, in the stylesheet's order. */
const LISTS = [
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellXfs", "xf"],
] as const;

/** A list's opening tag, its children's XML and where it sits; null when the stylesheet has none. */
interface List {
  open: string;
  items: string[];
  start: number;
  end: number;
}

function list(xml: string, tag: string, item: string): List | null {
  const found = new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
  if (!found) return null;
  const items = [...(found[1] ?? "").matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g"))].map(([element]) => element);
  return { open: /^<[^>]*?(?=\/?>)/.exec(found[0])![0], items, start: found.index, end: found.index + found[0].length };
}

/** The list written again with these items after its own, its count updated. */
function written(tag: string, open: string, items: string[]): string {
  const attributes = open
    .slice(tag.length + 1)
    .replace(/\s+count="\d*"/, "")
    // "All fonts are known": no longer so once the appendix's are added.
    .replace(/\s+x14ac:knownFonts="[^"]*"/, "");
  return `<${tag} count="${items.length}"${attributes}>${items.join("")}</${tag}>`;
}

/**
 * The officer's styles with the frame's appended, or null when the officer's stylesheet is not one
 * this can safely add to (another namespace, as strict OOXML has, a prefixed root, a list missing):
 * the caller then lets exceljs write the whole workbook.
 */
export function graftStyles(sourceXml: string, frameXml: string): GraftedStyles | null {
  const root = /<styleSheet\b[^>]*>/.exec(sourceXml);
  if (!root || attribute(root[0], "xmlns") !== MAIN) return null;
  const source = LISTS.map(([tag, item]) => list(sourceXml, tag, item));
  const frame = LISTS.map(([tag, item]) => list(frameXml, tag, item));
  if (source.some((found) => !found) || frame.some((found) => !found)) return null;
  if (!/<cellStyleXfs\b[^>]*>\s*<xf\b/.test(sourceXml)) return null;
  const [fonts, fills, borders, xfs] = source as List[];

  const formats = numberFormats(sourceXml, frameXml);
  const shift = (xf: string, name: string, by: number) => xf.replace(new RegExp(`\\s${name}="(\\d+)"`), (_, id: string) => ` ${name}="${Number(id) + by}"`);
  const appendedXfs = (frame[3] as List).items.map((xf) => {
    let out = shift(shift(shift(xf, "fontId", fonts.items.length), "fillId", fills.items.length), "borderId", borders.items.length);
    out = out.replace(/\snumFmtId="(\d+)"/, (_, id: string) => ` numFmtId="${formats.ids.get(Number(id)) ?? id}"`);
    // The officer's first cell style ("Normal") is the parent, as exceljs's own was in the frame.
    return out.replace(/\sxfId="\d+"/, ' xfId="0"');
  });
  const appended = [fonts, fills, borders].map((found, i) => [...found.items, ...(frame[i] as List).items]);
  appended.push([...xfs.items, ...appendedXfs]);

  // Written back from the last list to the first, so the earlier positions still hold.
  let xml = sourceXml;
  for (let i = LISTS.length - 1; i >= 0; i--) {
    const found = source[i] as List;
    xml = xml.slice(0, found.start) + written(LISTS[i][0], found.open, appended[i]) + xml.slice(found.end);
  }
  return { xml: formats.into(xml), xfBase: xfs.items.length };
}

/** The frame's custom number formats: their ids in the grafted styles, and how to add the new ones. */
function numberFormats(sourceXml: string, frameXml: string): { ids: Map<number, number>; into: (xml: string) => string } {
  const formatsOf = (xml: string) =>
    (list(xml, "numFmts", "numFmt")?.items ?? []).map((tag) => ({ id: Number(attribute(tag, "numFmtId")), code: attribute(tag, "formatCode"), tag }));
  const own = formatsOf(sourceXml);
  const byCode = new Map(own.map((format) => [format.code, format.id]));
  let next = own.reduce((highest, format) => Math.max(highest, format.id), FIRST_CUSTOM_FORMAT - 1) + 1;
  const ids = new Map<number, number>();
  const added: string[] = [];
  for (const format of formatsOf(frameXml)) {
    let id = byCode.get(format.code);
    if (id === undefined) {
      id = next++;
      added.push(`<numFmt numFmtId="${id}" formatCode="${format.code}"/>`);
    }
    ids.set(format.id, id);
  }
  const into = (xml: string): string => {
    if (added.length === 0) return xml;
    const found = list(xml, "numFmts", "numFmt");
    if (found) return xml.slice(0, found.start) + written("numFmts", found.open, [...found.items, ...added]) + xml.slice(found.end);
    // <numFmts> is the stylesheet's first child.
    const root = /<styleSheet\b[^>]*>/.exec(xml)!;
    const at = root.index + root[0].length;
    return xml.slice(0, at) + written("numFmts", "<numFmts", added) + xml.slice(at);
  };
  return { ids, into };
}
