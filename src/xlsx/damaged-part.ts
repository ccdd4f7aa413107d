/**
 * Which part of a zip exceljs could not read: each part inflated, each XML part parsed, the first
 * that fails named, so the message can say "xl/worksheets/sheet2.xml" rather than "2:770".
 * Run only after a failure, so a good workbook is never inflated twice for it.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";

export interface DamagedPart {
  /** null when the zip's own structure (its directory) is what is broken. */
  part: string | null;
  reason: string;
}

export async function findDamagedPart(bytes: Uint8Array): Promise<DamagedPart | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    return { part: null, reason: reasonOf(cause) };
  }
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    let text: string;
    try {
      text = await entry.async("string");
    } catch (cause) {
      return { part: entry.name, reason: reasonOf(cause) };
    }
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const problem = xmlProblem(text);
    if (problem) return { part: entry.name, reason: problem };
  }
  return null;
}

function xmlProblem(text: string): string | null {
  const parser = new SaxesParser();
  let problem: string | null = null;
  parser.on("error", (error) => {
    problem ??= error.message;
  });
  parser.write(text).close();
  return problem;
}

function reasonOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
