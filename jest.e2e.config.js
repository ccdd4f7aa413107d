/**
 * The browser tests (test/e2e): the built pages in Debian's headless Chromium through playwright-core.
 * One worker: each file drives its own Chromium, and two at once on a 2-core machine only slow both.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0", isolatedModules: true } }],
  },
  globalSetup: "<rootDir>/test/e2e/setup/global-setup.ts",
  maxWorkers: 1,
  testTimeout: 120000,
};
