/**
 * The pane as a web page on the officer's .xlsx files. Everything happens in the browser: files are
 * read with File.arrayBuffer, the result is offered as a Blob download, and nothing is sent anywhere.
 */
import type { Grid } from "../engine";
import { type FilesWorkbookHost, type PickedFile, HostError } from "./host";

const SETTINGS_KEY = "poverty-appendix.pane";

interface Picked {
  name: string;
  bytes: Uint8Array;
  /** The file's sheets with data, under their own names. */
  grids: Grid[];
}

const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "./files-workbooks");

export function createFilesHost(storage: Storage | null = browserStorage()): FilesWorkbookHost {
  let picked: Picked[] = [];
  const shown = () => shownSheetNames(picked);
  return {
    kind: "files",
    displayLanguage: null,
    darkTheme: typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches,
    files(): PickedFile[] {
      const names = shown();
      return picked.map((file, i) => ({ name: file.name, sheets: names[i] }));
    },
    removeFile(name) {
      picked = picked.filter((file) => file.name !== name);
    },
    async importWorkbooks(files) {
      const xlsx = await loadXlsx();
      // All or nothing: a half-added selection would be hard to tell from a complete one.
      const added = await Promise.all(files.map((file) => readFile(file, xlsx.readGrids)));
      const names = new Set(added.map((file) => file.name));
      picked = [...picked.filter((file) => !names.has(file.name)), ...added];
      const now = shown();
      return picked.flatMap((file, i) => (names.has(file.name) ? now[i] : []));
    },
    readGrids: async () => {
      const names = shown();
      return picked.flatMap((file, i) => file.grids.map((grid, j) => ({ ...grid, sheet: names[i][j] })));
    },
    selectCell: async () => undefined,
    async writeAppendix(layout, onProgress) {
      if (picked.length === 0) {
        throw new HostError({ vi: "Chưa chọn tệp Excel nào.", en: "No Excel file has been chosen." });
      }
      const xlsx = await loadXlsx();
      const single = picked.length === 1 ? picked[0] : null;
      const { sheetName, blob } = await xlsx.workbookWithAppendix(single, layout);
      onProgress(1);
      const fileName = single ? `${baseName(single.name)} - ${sheetName}.xlsx` : `${sheetName}.xlsx`;
      return { sheetName, leftOut: [], download: { fileName, blob } };
    },
    loadSettings: async () => {
      const text = storage?.getItem(SETTINGS_KEY);
      if (!text) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },
    saveSettings: async (settings) => storage?.setItem(SETTINGS_KEY, JSON.stringify(settings)),
  };
}

async function readFile(file: File, readGrids: (bytes: Uint8Array, name: string) => Promise<Grid[]>): Promise<Picked> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { name: file.name, bytes, grids: await readGrids(bytes, file.name) };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new HostError(
      {
        vi: `Không đọc được tệp "${file.name}": tệp phải là sổ Excel .xlsx (tệp .xls cũ: mở bằng Excel rồi lưu lại dạng .xlsx). Chưa tệp nào được thêm.`,
        en: `Could not read "${file.name}": ${reason} No file was added.`,
      },
      cause,
    );
  }
}

/**
 * Sheet names as the pane shows them: a name that several files use ("Sheet1" in every district's
 * file) gets its file's name in front, so findings and corrections point at one sheet.
 */
function shownSheetNames(picked: Picked[]): string[][] {
  const key = (name: string) => name.normalize("NFC").toLocaleUpperCase();
  const filesUsing = new Map<string, number>();
  for (const file of picked) {
    for (const sheet of new Set(file.grids.map((grid) => key(grid.sheet)))) filesUsing.set(sheet, (filesUsing.get(sheet) ?? 0) + 1);
  }
  const used = new Set<string>();
  return picked.map((file) =>
    file.grids.map((grid) => {
      const base = (filesUsing.get(key(grid.sheet)) ?? 0) > 1 ? `${baseName(file.name)} - ${grid.sheet}` : grid.sheet;
      let name = base;
      for (let n = 2; used.has(key(name)); n++) name = `${base} (${n})`;
      used.add(key(name));
      return name;
    }),
  );
}

function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "");
}

/** The browser's storage, or none where the page may not use it (some privacy settings throw). */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
