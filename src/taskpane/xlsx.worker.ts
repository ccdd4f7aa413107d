/** The web page's worker: each message is one job (files-workbooks.ts), run off the page's thread. */
import { xlsxJobs } from "./files-workbooks";
import { serveJobs } from "./worker-serve";

serveJobs(xlsxJobs());
