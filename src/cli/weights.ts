/** The officer's weights for sharing a goal, one "Unit name;weight" a line (";", "," or a tab between). */
import { readFile } from "node:fs/promises";
import { UsageError } from "./args";

export async function readWeights(file: string): Promise<Record<string, number>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new UsageError(`Không đọc được tệp hệ số "${file}".`, `Cannot read the weights file "${file}".`);
  }
  const weights: Record<string, number> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    // The last separator splits: a unit name may hold a comma ("Xã A, huyện B"). After ";" or a tab the weight
    // may be "1,5"; after a comma it is "1.5".
    const clean = line.replace(/^\uFEFF/, "");
    const match = /^(.*\S)\s*[;\t]\s*([0-9]+(?:[.,][0-9]+)?)\s*$/.exec(clean) ?? /^(.*\S)\s*,\s*([0-9]+(?:\.[0-9]+)?)\s*$/.exec(clean);
    if (!match) {
      if (index === 0) return; // a heading line ("Đơn vị;Hệ số")
      throw new UsageError(`Dòng ${index + 1} của tệp hệ số không có dạng "Tên đơn vị;hệ số": "${line}"`, `Line ${index + 1} of the weights file is not "Unit name;weight": "${line}"`);
    }
    weights[match[1].trim()] = Number(match[2].replace(",", "."));
  });
  return weights;
}
