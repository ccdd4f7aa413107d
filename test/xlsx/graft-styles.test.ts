/** The appendix frame's styles appended to the officer's (src/xlsx/graft-styles.ts), on stylesheets Excel and others write. */
import { graftStyles } from "../../src/xlsx/graft-styles";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A stylesheet of these lists' children, in the schema's order. */
function stylesheet(parts: { numFmts?: string; fonts: string; fills: string; borders: string; cellXfs: string; root?: string }): string {
  const list = (tag: string, items: string, extra = "") => `<${tag} count="${(items.match(/<(numFmt|font|fill|border|xf)\b/g) ?? []).length}"${extra}>${items}</${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${parts.root ?? `<styleSheet ${MAIN} xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`}` +
    (parts.numFmts === undefined ? "" : list("numFmts", parts.numFmts)) +
    list("fonts", parts.fonts, ' x14ac:knownFonts="1"') +
    list("fills", parts.fills) +
    list("borders", parts.borders) +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    list("cellXfs", parts.cellXfs) +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><b/></font><border><left/></border></dxf></dxfs></styleSheet>'
  );
}

const FRAME = stylesheet({
  numFmts: '<numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.000"/>',
  fonts: '<font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font>',
  fills: '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
  borders: "<border><left/><right/><top/><bottom/><diagonal/></border><border><left style=\"thin\"/><right/><top/><bottom/><diagonal/></border>",
  cellXfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="1" borderId="1" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0"/>',
});

const counts = (xml: string) => Object.fromEntries([...xml.matchAll(/<(numFmts|fonts|fills|borders|cellXfs) count="(\d+)"/g)].map(([, tag, count]) => [tag, Number(count)]));

describe("graftStyles", () => {
  it("appends the frame's lists after the officer's, shifting its ids, and makes <numFmts> first when the officer has none", () => {
    const officer = stylesheet({
      fonts: '<font><sz val="10"/><name val="Arial"/></font><font/>',
      fills: '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill>',
      borders: "<border/>",
      cellXfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="1" fillId="2" borderId="0" xfId="0"/>',
    });
    const grafted = graftStyles(officer, FRAME)!;
    expect(grafted.xfBase).toBe(2);
    expect(counts(grafted.xml)).toEqual({ numFmts: 2, fonts: 4, fills: 5, borders: 3, cellXfs: 6 });
    expect(grafted.xml).toContain(`${MAIN} xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/>`);
    // Frame xf 1: font 1 → 2 + 1, fill 1 → 3 + 1, border 1 → 1 + 1, its format 164 where the officer has none.
    expect(grafted.xml).toContain('<xf numFmtId="164" fontId="3" fillId="4" borderId="2" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf>');
    expect(grafted.xml).toContain('<xf numFmtId="3" fontId="3" fillId="3" borderId="2" xfId="0"/></cellXfs>');
    // The officer's fonts are no longer all "known" ones; the differential formats stay as they were.
    expect(grafted.xml).not.toContain("knownFonts");
    expect(grafted.xml).toContain('<dxfs count="1"><dxf><font><b/></font><border><left/></border></dxf></dxfs>');
  });

  it("reuses the officer's id for a format code it has and gives the others ids after the officer's highest", () => {
    const officer = stylesheet({
      numFmts: '<numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="170" formatCode="0.000"/>',
      fonts: "<font/>",
      fills: "<fill/>",
      borders: "<border/>",
      cellXfs: '<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    });
    const grafted = graftStyles(officer, FRAME)!;
    expect([...grafted.xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map(([, id, code]) => `${id} ${code}`)).toEqual(["164 #,##0.00", "170 0.000", "171 0.0"]);
    expect([...grafted.xml.matchAll(/<xf numFmtId="(\d+)" fontId="(\d+)"/g)].slice(-4).map(([, format, font]) => `${format}/${font}`)).toEqual(["0/1", "171/2", "170/2", "3/2"]);
  });

  it("refuses a stylesheet it cannot safely add to: a prefixed root, another namespace, a list missing", () => {
    const base = { fonts: "<font/>", fills: "<fill/>", borders: "<border/>", cellXfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' };
    expect(graftStyles(stylesheet(base), FRAME)).not.toBeNull();
    expect(graftStyles(stylesheet({ ...base, root: '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' }), FRAME)).toBeNull();
    expect(graftStyles(stylesheet({ ...base, root: '<styleSheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">' }), FRAME)).toBeNull();
    expect(graftStyles(stylesheet(base).replace(/<borders[\s\S]*?<\/borders>/, ""), FRAME)).toBeNull();
  });
});
