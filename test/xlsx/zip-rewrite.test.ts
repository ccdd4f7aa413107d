import { execFileSync } from "node:child_process";
import { promises as fsp } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { zipParts } from "../../src/xlsx/zip-parts";
import { rewriteZip } from "../../src/xlsx/zip-rewrite";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

const text = (s: string) => new TextEncoder().encode(s);

/** A package as jszip (exceljs's zip library) writes one, with a folder entry and a non-ASCII name. */
async function original(compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.folder("xl");
  zip.file("xl/worksheets/sheet1.xml", "<worksheet>" + "<row/>".repeat(5000) + "</worksheet>");
  zip.file("xl/tên.xml", "giữ nguyên");
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression }));
}

/** Each entry's local header and data, as stored, by name. */
function storedBytes(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const nameLength = view.getUint16(at + 26, true);
    const size = view.getUint32(at + 18, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const data = bytes.subarray(at + 30 + nameLength + view.getUint16(at + 28, true), at + 30 + nameLength + view.getUint16(at + 28, true) + size);
    out.set(name, Buffer.from(data).toString("hex"));
    at += 30 + nameLength + view.getUint16(at + 28, true) + size;
  }
  return out;
}

describe("rewriteZip", () => {
  let dir: string;
  beforeAll(async () => (dir = await makeTempDir("zip-rewrite-")));
  afterAll(() => removeTempDir(dir));

  it("replaces and adds parts, copies the others' compressed bytes as they were, and unzip finds no error", async () => {
    const before = await original();
    const sheet = "<worksheet>" + '<row r="1"><c r="A1" t="inlineStr"><is><t>Xã Hương Trà</t></is></c></row>'.repeat(3000) + "</worksheet>";
    const after = await rewriteZip(before, new Map([["xl/worksheets/sheet1.xml", text(sheet)], ["xl/charts/chart1.xml", text("<c:chart/>")]]));

    const zip = await JSZip.loadAsync(after);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(sheet);
    expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toBe("<c:chart/>");
    expect(await zip.file("xl/tên.xml")!.async("string")).toBe("giữ nguyên");
    expect(zipParts(after)!.map((p) => p.name)).toEqual(["[Content_Types].xml", "xl/", "xl/worksheets/", "xl/worksheets/sheet1.xml", "xl/tên.xml", "xl/charts/chart1.xml"]);
    expect(zip.files["xl/"].dir).toBe(true);
    const [was, is] = [storedBytes(before), storedBytes(after)];
    for (const name of ["[Content_Types].xml", "xl/tên.xml"]) expect(is.get(name)).toBe(was.get(name));
    // Compressed, not stored: 3,000 repeated rows deflate to a small fraction.
    expect(is.get("xl/worksheets/sheet1.xml")!.length / 2).toBeLessThan(sheet.length / 20);

    const file = join(dir, "rewritten.xlsx");
    await fsp.writeFile(file, after);
    expect(execFileSync("unzip", ["-tq", file], { encoding: "utf8" })).toContain("No errors detected");
  });

  it("deflates the parts the writer stored, their content and CRC unchanged, and unzip finds no error", async () => {
    const before = await original("STORE");
    const after = await rewriteZip(before, new Map());

    const zip = await JSZip.loadAsync(after, { checkCRC32: true });
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe("<worksheet>" + "<row/>".repeat(5000) + "</worksheet>");
    expect(await zip.file("xl/tên.xml")!.async("string")).toBe("giữ nguyên");
    expect(zipParts(after)!.map((p) => p.name)).toEqual(zipParts(before)!.map((p) => p.name));
    // 5,000 repeated rows: stored, 30,000 bytes; deflated, a small fraction.
    expect(after.length).toBeLessThan(before.length / 10);
    const file = join(dir, "deflated.xlsx");
    await fsp.writeFile(file, after);
    expect(execFileSync("unzip", ["-tq", file], { encoding: "utf8" })).toContain("No errors detected");
  });

  it("stores the new parts uncompressed where the platform has no CompressionStream, and unzip still finds no error", async () => {
    const sheet = "<worksheet>" + "<row/>".repeat(2000) + "</worksheet>";
    const platform = globalThis.CompressionStream;
    // An older browser (Firefox before 113): the global is missing, not broken.
    delete (globalThis as { CompressionStream?: unknown }).CompressionStream;
    let after: Uint8Array;
    try {
      after = await rewriteZip(await original(), new Map([["xl/worksheets/sheet1.xml", text(sheet)]]));
    } finally {
      globalThis.CompressionStream = platform;
    }

    expect(await (await JSZip.loadAsync(after)).file("xl/worksheets/sheet1.xml")!.async("string")).toBe(sheet);
    expect(storedBytes(after).get("xl/worksheets/sheet1.xml")).toBe(Buffer.from(sheet).toString("hex"));
    const file = join(dir, "stored.xlsx");
    await fsp.writeFile(file, after);
    expect(execFileSync("unzip", ["-tq", file], { encoding: "utf8" })).toContain("No errors detected");
  });
});
