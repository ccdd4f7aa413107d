/**
 * @jest-environment jsdom
 */
/**
 * The add-in manifest, offline: valid against the XML schemas in ../shared/manifest-schemas
 * (xmllint), as written for development and as `npm run build` rewrites it for production.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repoRoot = path.resolve(__dirname, "../..");
// A copy of the schemas shared with the project (shared/manifest-schemas, CC-BY-4.0; see its README).
const schema = path.join(repoRoot, "test/fixtures/manifest-schemas/OfficeAppManifestV1_1.xsd");
const source = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";

function xmllint(file: string): string {
  return execFileSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).toString();
}

function validates(xml: string): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  expect(() => xmllint(file)).not.toThrow();
}

const doc = new DOMParser().parseFromString(source, "application/xml");
const all = (name: string): Element[] => Array.from(doc.getElementsByTagNameNS("*", name));
const first = (name: string): Element => all(name)[0];

/** Width and height from the PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function assetFor(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(repoRoot, url.slice(DEV_URL.length));
}

describe("manifest.xml", () => {
  it("is valid against the Office add-in manifest schema", () => {
    expect(existsSync(schema)).toBe(true);
    validates(source);
  });

  it("is an Excel task pane add-in that may write the workbook and needs ExcelApi 1.7", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual(["Workbook", "Workbook"]);
    expect(first("Permissions").textContent).toBe("ReadWriteDocument");
    expect(first("Sets").getAttribute("DefaultMinVersion")).toBe("1.7");
    expect(first("Set").getAttribute("Name")).toBe("ExcelApi");
    expect(first("Set").getAttribute("MinVersion")).toBe("1.7");
    expect(first("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("speaks Vietnamese by default with English overrides", () => {
    expect(first("DefaultLocale").textContent).toBe("vi-VN");
    expect(first("DisplayName").getAttribute("DefaultValue")).toBe("Phụ lục giảm nghèo");
    for (const name of ["DisplayName", "Description"]) {
      expect(first(name).getElementsByTagNameNS("*", "Override")[0].getAttribute("Locale")).toBe("en-US");
    }
    const strings = all("String");
    expect(strings.length).toBeGreaterThan(0);
    for (const text of strings) {
      const override = text.getElementsByTagNameNS("*", "Override")[0];
      expect(override?.getAttribute("Locale")).toBe("en-US");
      expect(override?.getAttribute("Value")).toBeTruthy();
    }
  });

  it("puts a button opening the task pane in its own group on the Home tab", () => {
    expect(first("OfficeTab").getAttribute("id")).toBe("TabHome");
    const button = first("Control");
    expect(button.getAttribute("xsi:type")).toBe("Button");
    expect(first("Action").getAttribute("xsi:type")).toBe("ShowTaskpane");
    const labelId = button.getElementsByTagNameNS("*", "Label")[0].getAttribute("resid");
    const label = all("String").find((s) => s.getAttribute("id") === labelId);
    expect(label?.getAttribute("DefaultValue")).toBe("Phụ lục giảm nghèo");
    expect(first("FunctionFile").getAttribute("resid")).toBe("Commands.Url");
  });

  it("points at icon files of the sizes it declares, and at pages the build produces", () => {
    const sized: [string, number][] = [
      [first("IconUrl").getAttribute("DefaultValue")!, 32],
      [first("HighResolutionIconUrl").getAttribute("DefaultValue")!, 64],
    ];
    const images = all("Image").filter((i) => i.getAttribute("DefaultValue"));
    for (const control of all("Image").filter((i) => i.getAttribute("size"))) {
      const image = images.find((i) => i.getAttribute("id") === control.getAttribute("resid"))!;
      sized.push([image.getAttribute("DefaultValue")!, Number(control.getAttribute("size"))]);
    }
    expect(new Set(sized.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of sized) expect(pngSize(assetFor(url))).toEqual([size, size]);
    const pages = all("Url").map((u) => u.getAttribute("DefaultValue")!.slice(DEV_URL.length));
    expect(new Set(pages)).toEqual(new Set(["taskpane.html", "commands.html"]));
  });

  it("after the production rewrite, is valid and has no development URL left", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rewriteManifestUrls } = require(path.join(repoRoot, "webpack.config.js")) as {
      rewriteManifestUrls(manifest: string, url: string): string;
    };
    const production = rewriteManifestUrls(source, "https://giamngheo.example.gov.vn/phu-luc");
    validates(production);
    expect(production).not.toContain(DEV_URL.slice(0, -1));
    expect(production).toContain('<SourceLocation DefaultValue="https://giamngheo.example.gov.vn/phu-luc/taskpane.html"/>');
    expect(production).toContain("<AppDomain>https://giamngheo.example.gov.vn</AppDomain>");
  });
});
