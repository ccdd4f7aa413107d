/**
 * Debian's Chromium through playwright-core (never a downloaded browser), launched with the flags
 * shared/TOOLCHAIN.md found to work here. launch() gives every run a fresh temporary profile
 * (--user-data-dir) of its own and deletes it on close; each test gets a new context on top, so no
 * storage (the files host remembers settings in localStorage) leaks from one test into the next.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { OfficeSetup } from "../office-stub/office";
import { OFFICE_STUB, ROOT } from "../setup/build";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The address taskpane.html loads office.js from; the tests answer it with the stand-in. */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The task pane's width in Excel; every test runs at it, so every test also exercises the narrow layout. */
export const PANE_WIDTH = 350;
export const SCREENSHOTS = join(ROOT, "test-artifacts/e2e");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page (or anything it started) asked for, in order. */
  requests: string[];
  /** Uncaught exceptions in the page: a crashed pane must fail the test even if the DOM looks fine. */
  pageErrors: string[];
}

/** A page on `url`; with `office`, office.js is the stand-in built on the fake Excel holding those sheets. */
export async function openPage(browser: Browser, url: string, office?: OfficeSetup): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: PANE_WIDTH, height: 900 }, acceptDownloads: true, locale: "vi-VN" });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  if (office) {
    await context.route(OFFICE_JS, (route) => route.fulfill({ path: OFFICE_STUB, contentType: "text/javascript; charset=utf-8" }));
    await context.addInitScript((setup) => Object.assign(window, { __E2E_OFFICE__: setup }), office);
  }
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(url);
  return { context, page, requests, pageErrors };
}

/** Requests that left the page's origin (blob: and data: stay in the browser). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith("blob:") && !url.startsWith("data:") && new URL(url).origin !== origin);
}

/** How far the page scrolls sideways, and which elements stick out past the viewport (to say why). */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const outside = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`);
    return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 10) };
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
