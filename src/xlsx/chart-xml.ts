/**
 * The DrawingML of the appendix's chart: the chart part (a clustered bar chart whose categories and
 * series refer to the layout's data block, with the values cached for readers that do not
 * recalculate) and the drawing part that anchors it to cells. Element order follows the schema
 * (ECMA-376 part 1, dml-chart.xsd), which Excel enforces.
 */
import { parseArea, sheetQualified, type ChartSpec } from "../engine";
import { escapeXml } from "./sheet-data";

const FONT = "Times New Roman";
/** Excel's first two theme accents, so the pair of bars looks as in a chart made by hand. */
const SERIES_COLOURS = ["4472C4", "ED7D31"];
const CATEGORY_AXIS_ID = 50010;
const VALUE_AXIS_ID = 50020;

/** Text for the chart's elements and attributes: escaped as the cells are (characters XML cannot hold dropped), apostrophes too. */
export function xmlText(text: string): string {
  return escapeXml(text).replace(/'/g, "&apos;");
}

/** "'Phụ lục 2021'!$Q$41:$Q$50": charts keep absolute references. */
function absolute(sheet: string, area: string): string {
  return sheetQualified(sheet, area.split(":").map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")).join(":"));
}

function rich(text: string, size: number, rotated = false): string {
  return (
    `<c:tx><c:rich><a:bodyPr${rotated ? ' rot="-5400000" vert="horz"' : ""}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size}" b="1"><a:latin typeface="${FONT}"/></a:rPr><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const title = (text: string, size: number, rotated = false): string => `<c:title>${rich(text, size, rotated)}<c:overlay val="0"/></c:title>`;

function strCache(texts: string[]): string {
  const points = texts.map((text, i) => `<c:pt idx="${i}"><c:v>${xmlText(text)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

function numCache(values: (number | null)[], format: string): string {
  const points = values.map((value, i) => (value === null ? "" : `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function series(sheet: string, chart: ChartSpec): string {
  return chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${xmlText(absolute(sheet, s.nameCell))}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xmlText(absolute(sheet, chart.categories))}</c:f>${strCache(chart.cachedCategories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlText(absolute(sheet, s.values))}</c:f>${numCache(s.cached, chart.numberFormat)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join("");
}

/** xl/charts/chartN.xml for a chart on the sheet named `sheet`. */
export function chartXml(sheet: string, chart: ChartSpec): string {
  const tick = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `${title(chart.title, 1400)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(sheet, chart)}` +
    `<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `${title(chart.categoryAxisTitle, 1000, true)}<c:numFmt formatCode="General" sourceLinked="0"/>${tick}` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>` +
    `${title(chart.valueAxisTitle, 1000)}<c:numFmt formatCode="${xmlText(chart.numberFormat)}" sourceLinked="0"/>${tick}` +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    "</c:chartSpace>"
  );
}

/**
 * xl/drawings/drawingN.xml: the chart from the top-left corner of `anchor.from` to the bottom-right
 * corner of `anchor.to` (the anchor's "to" is the next cell's top-left, 0-based).
 */
export function drawingXml(chart: ChartSpec, chartRelId: string): string {
  const from = parseArea(chart.anchor.from);
  const to = parseArea(chart.anchor.to);
  const corner = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor>${corner("from", from.left - 1, from.top - 1)}${corner("to", to.right, to.bottom)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chartRelId}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}
