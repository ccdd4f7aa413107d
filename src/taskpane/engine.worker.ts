/**
 * The engine worker inside Excel: the pane's analyses and a write's layouts are made here, off the
 * pane's thread, so neither typing in the pane nor a write waits for the engine (at national scale one
 * analysis takes 0.4–3 s). Only the engine and its summary: exceljs is the web page's worker's alone.
 */
import { engineJobs, type EngineJob, type EngineResult } from "./engine-jobs";
import { serveJobs } from "./worker-serve";

const jobs = engineJobs();

serveJobs<EngineJob, EngineResult>(async (job) => jobs.run(job));
