/**
 * Entry of taskpane.html. Inside Excel the pane works on the open workbook; anywhere else (the page
 * opened in a browser, or office.js not loaded at all) it works on .xlsx files the officer picks.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PaneBoundary } from "./components/PaneBoundary";
import { createFilesHost } from "./files-host";
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

/** exceljs runs in a worker, started when the first file is picked. */
function filesHost(): WorkbookHost {
  return createFilesHost(workerRunner(() => import(/* webpackChunkName: "xlsx-start" */ "./xlsx-worker-start").then((start) => start.startXlsxWorker())));
}

/** `Office` is a global from office.js, which may have failed to load (no network, page opened directly). */
function start(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(filesHost);
    return;
  }
  Office.onReady((info) => render(info.host === Office.HostType.Excel ? createOfficeHost : filesHost));
}

start();
