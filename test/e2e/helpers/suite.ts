/**
 * What every browser test file sets up and tears down: dist/ served, one Chromium, a temporary
 * directory, and after each test the page it opened checked (what it asked of other origins, and
 * that it threw nothing) and its context closed. Call browserSuite() at the top of a test file:
 * it registers the jest hooks.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { OfficeSetup } from "../office-stub/office";
import { foreignRequests, launchChromium, openPage, type Session } from "./browser";
import { serveDist, type StaticServer } from "./server";

export interface SuiteChecks {
  /**
   * The requests beyond the page's own origin every test's page must have made, exactly and in
   * order; "unchecked" for a file whose tests look at something else.
   */
  foreignRequests: string[] | "unchecked";
}

export interface BrowserSuite {
  /** The origin dist/ is served on. */
  readonly origin: string;
  /** A temporary directory of the file's own, deleted after its last test. */
  readonly dir: string;
  /**
   * Opens `path` (under the origin, e.g. "/index.html") in a new context, as openPage does with
   * `office`; the session is checked and closed after the test.
   */
  open(path: string, office?: OfficeSetup): Promise<Session>;
}

/** Registers the hooks; `name` names the temporary directory (e2e-<name>-…). */
export function browserSuite(name: string, checks: SuiteChecks): BrowserSuite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let dir: string | undefined;
  let session: Session | undefined;

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The browser suite's ${what} is not ready: use it in a test or a later hook.`);
    return value;
  };

  beforeAll(async () => {
    [server, browser, dir] = await Promise.all([serveDist(), launchChromium(), mkdtemp(join(tmpdir(), `e2e-${name}-`))]);
  });
  afterEach(async () => {
    // Checked after every test, whatever it did.
    if (!session) return;
    const { requests, pageErrors, context } = session;
    session = undefined;
    try {
      if (checks.foreignRequests !== "unchecked") expect(foreignRequests(requests, ready(server, "server").origin)).toEqual(checks.foreignRequests);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close(), dir && rm(dir, { recursive: true, force: true })]);
  });

  return {
    get origin() {
      return ready(server, "server").origin;
    },
    get dir() {
      return ready(dir, "directory");
    },
    async open(path, office) {
      session = await openPage(ready(browser, "browser"), `${ready(server, "server").origin}${path}`, office);
      return session;
    },
  };
}
