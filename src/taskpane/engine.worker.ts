/**
 * The engine worker inside Excel: the pane's analyses run here, off the pane's thread, so typing in
 * the pane never waits for the engine (at national scale one analysis takes 0.4–3 s). Only the engine
 * and its summary: exceljs is the web page's worker's alone.
 */
import { engineJobs, type AnalyzeJob, type AnalyzeResult } from "./engine-jobs";
import { serveJobs } from "./worker-serve";

const jobs = engineJobs();

serveJobs<AnalyzeJob, AnalyzeResult>(async (job) => jobs.analyze(job));
