import tseslint from "typescript-eslint";
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

// The plugin's flat configs set no parser and skip .tsx (shared/TOOLCHAIN.md): reuse its plugins only.
const officePlugins = { "office-addins": officeAddins.configs.recommended.at(-1).plugins["office-addins"] };

/** What no file of src/engine may import, wherever it sits. */
const PURE_ENGINE = [
  { group: ["react", "react-*", "react/*", "@fluentui/*"], message: "src/engine is pure: no UI." },
  { group: ["exceljs", "exceljs/*"], message: "src/engine is pure: files belong to src/xlsx." },
  { group: ["node:*", "fs", "path", "os", "child_process", "stream", "buffer", "util"], message: "src/engine is pure: no Node APIs." },
  { group: ["@microsoft/office-js", "office-*"], message: "src/engine is pure: Office belongs to src/office." },
];

export default [
  { ignores: ["node_modules/", "build/", "dist/", "test-artifacts/", "coverage/", "*.config.js", "bin/"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { Excel: "readonly", Office: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js rules only where Office.js is used: they misread exceljs code elsewhere.
    files: ["src/office/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/commands/**/*.ts", "test/office/**/*.ts"],
    plugins: officePlugins,
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The engine is pure: it may not reach Office.js, React, exceljs, the DOM or Node.
    files: ["src/engine/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...PURE_ENGINE,
            { group: ["../../*"], message: "src/engine may not import the hosts." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "navigator", "Excel", "Office", "process", "require", "Buffer", "localStorage", "fetch"],
    },
  },
  {
    // Files at the engine's root reach its stages with "./"; "../" would be a host.
    files: ["src/engine/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...PURE_ENGINE, { group: ["../*"], message: "src/engine may not import the hosts." }] }],
    },
  },
];
