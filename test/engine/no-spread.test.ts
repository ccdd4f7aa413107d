/**
 * `Math.max(...rows)` and `list.push(...items)` pass every item as an argument: past about 100,000
 * items (a household list beside the table) they throw "Maximum call stack size exceeded".
 * No file of src may spread anything but an array literal into these calls.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(__dirname, "../../src");
const CALL = /(?:Math\.(?:max|min)|\.(?:push|unshift))\s*\(/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The spreads among the call's own arguments (not inside nested arrays, objects or calls). */
function argumentSpreads(source: string): string[] {
  // Comments may show the very calls they warn against.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  for (const match of code.matchAll(CALL)) {
    let depth = 1;
    let quote: string | null = null;
    for (let i = (match.index ?? 0) + match[0].length; i < code.length && depth > 0; i++) {
      const ch = code[i];
      if (quote) {
        if (ch === "\\") i++;
        else if (ch === quote) quote = null;
        continue;
      }
      if (ch === '"' || ch === "'" || ch === "`") quote = ch;
      else if ("([{".includes(ch)) depth++;
      else if (")]}".includes(ch)) depth--;
      else if (depth === 1 && code.startsWith("...", i) && !/^\.\.\.\s*\[/.test(code.slice(i, i + 20))) {
        found.push(`${match[0]}${code.slice(i, code.indexOf("\n", i))}`.trim());
      }
    }
  }
  return found;
}

describe("no spread of unbounded arrays into call arguments", () => {
  it("finds the spreads it is meant to find, and only those", () => {
    expect(argumentSpreads("Math.max(0, ...rows.map((r) => r.length))")).toHaveLength(1);
    expect(argumentSpreads("issues.push(...found)")).toHaveLength(1);
    expect(argumentSpreads("Math.min(a, b)")).toEqual([]);
    expect(argumentSpreads("cells.push({ row, ...(sum ? { formula } : {}) })")).toEqual([]);
    expect(argumentSpreads("list.push(...[a, b])")).toEqual([]);
    expect(argumentSpreads('lines.push("...", f(...args))')).toEqual([]);
    expect(argumentSpreads("/** `list.push(...items)` overflows */\n// Math.max(...rows)")).toEqual([]);
  });

  it("holds for every file of src", () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      argumentSpreads(readFileSync(file, "utf8")).map((spread) => `${relative(SRC, file)}: ${spread}`),
    );
    expect(offenders).toEqual([]);
  });
});
