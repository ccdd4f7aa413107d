/**
 * Entry of taskpane.html. Inside Excel the pane works on the open workbook; anywhere else (the page
 * opened in a browser, or office.js not loaded at all) it works on .xlsx files the officer picks.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PaneBoundary } from "./components/PaneBoundary";
import type { WorkbookHost } from "./host";
import { createOfficeHost } from "./office-host";
import { workerRunner } from "./xlsx-runner";

function render(createHost: () => WorkbookHost): void {
  const container = document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
  createRoot(container).render(
    <StrictMode>
      <PaneBoundary createHost={createHost} />
    </StrictMode>,
  );
}

/**
 * The files host, which the pane inside Excel never needs, loads only outside it; exceljs then runs in
 * a worker, started when the first file is picked.
 */
async function renderFiles(): Promise<void> {
  const { createFilesHost } = await import(/* webpackChunkName: "files" */ "./files-host");
  const startWorker = () => import(/* webpackChunkName: "xlsx-start" */ "./xlsx-worker-start").then((start) => start.startXlsxWorker());
  render(() => createFilesHost(workerRunner(startWorker)));
}

/** Inside Excel the engine runs in a worker of its own, started at the first analysis (no exceljs in it). */
function renderExcel(): void {
  const startWorker = () => import(/* webpackChunkName: "engine-start" */ "./engine-worker-start").then((start) => start.startEngineWorker());
  render(() => createOfficeHost(workerRunner(startWorker)));
}

/** `Office` is a global from office.js, which may have failed to load (no network, page opened directly). */
function start(): void {
  // taskpane.html's own check found a browser too old for the pane, and says what to do instead.
  if (document.documentElement.hasAttribute("data-old-browser")) return;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    void renderFiles();
    return;
  }
  Office.onReady((info) => (info.host === Office.HostType.Excel ? renderExcel() : void renderFiles()));
}

start();
