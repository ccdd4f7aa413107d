/**
 * The page's side of a worker (the web page's xlsx worker, the engine worker inside Excel): sends it
 * jobs, relays its progress, and on Cancel terminates it (exceljs cannot be interrupted any other way);
 * the next job starts a fresh worker.
 */
import type { Grid, Message } from "../engine";
import type { AnalysisJob, EngineJob, EngineResult } from "./engine-jobs";
import type { XlsxJob, XlsxJobResult } from "./files-workbooks";
import { HostError, type RowsProgress } from "./host";

export interface JobRunner<Job, Result> {
  run(job: Job, onProgress: (progress: RowsProgress) => void): Promise<Result>;
  /** Stops every running job: their promises reject with CancelledError. */
  cancel(): void;
}

export type XlsxRunner = JobRunner<XlsxJob, XlsxJobResult>;
export type EngineRunner = JobRunner<EngineJob, EngineResult>;

export type WorkerRequest<Job = XlsxJob> = { id: number; job: Job };

/** A job's failure message when the worker does not hold the grids of the version asked for. */
export const GRIDS_MISSING = "The worker does not hold these grids.";

/**
 * Runs a job on grids the worker holds already (`sent`), or sends them; a worker that lacks them (a
 * fresh one after Cancel, or after it stopped) fails with GRIDS_MISSING and is sent them.
 */
export async function withGrids<Result>(
  run: (analysis: AnalysisJob) => Promise<Result>,
  job: Omit<AnalysisJob, "grids">,
  grids: () => Grid[],
  sent = true,
): Promise<Result> {
  if (!sent) return run({ ...job, grids: grids() });
  try {
    return await run({ ...job, grids: null });
  } catch (error) {
    if (!(error instanceof Error) || error.message !== GRIDS_MISSING) throw error;
    return run({ ...job, grids: grids() });
  }
}
/** A failure as it crosses from the worker: Error objects lose their class and extra fields on the way. */
export interface JobFailure {
  message: string;
  text?: Message;
}
export type WorkerReply<Result = XlsxJobResult> =
  | { id: number; kind: "progress"; progress: RowsProgress }
  | { id: number; kind: "done"; result: Result }
  | { id: number; kind: "failed"; failure: JobFailure };

/** The officer stopped the work; not a failure to report. */
export class CancelledError extends HostError {
  constructor() {
    super({ vi: "Đã hủy.", en: "Cancelled." });
    this.name = "CancelledError";
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof CancelledError;
}

export function describeFailure(error: unknown): JobFailure {
  const message = error instanceof Error ? error.message : String(error);
  const text = (error as { text?: Message } | null)?.text;
  return text && typeof text.vi === "string" && typeof text.en === "string" ? { message, text } : { message };
}

/** A rejected job's error on the page's side: a HostError when the worker's error had both languages. */
export function failureError(failure: JobFailure): Error {
  return failure.text ? new HostError(failure.text) : new Error(failure.message);
}

interface Pending<Result> {
  resolve(result: Result): void;
  reject(error: unknown): void;
  onProgress(progress: RowsProgress): void;
}

export function workerRunner<Job = XlsxJob, Result = XlsxJobResult>(start: () => Promise<Worker>): JobRunner<Job, Result> {
  let current: Promise<Worker> | null = null;
  const pending = new Map<number, Pending<Result>>();
  let nextId = 1;

  const rejectAll = (error: () => unknown) => {
    for (const job of pending.values()) job.reject(error());
    pending.clear();
  };
  const stop = () => {
    void current?.then((worker) => worker.terminate(), () => undefined);
    current = null;
  };
  const connect = (): Promise<Worker> => {
    current ??= start().then((worker) => {
      worker.onmessage = ({ data }: MessageEvent<WorkerReply<Result>>) => {
        const job = pending.get(data.id);
        if (!job) return;
        if (data.kind === "progress") return job.onProgress(data.progress);
        pending.delete(data.id);
        if (data.kind === "done") job.resolve(data.result);
        else job.reject(failureError(data.failure));
      };
      // The worker's script failed to load or threw outside a job: every job waiting on it is lost.
      worker.onerror = (event) => {
        event.preventDefault();
        stop();
        rejectAll(() => new Error(event.message || "The worker stopped."));
      };
      return worker;
    });
    return current;
  };

  return {
    async run(job, onProgress) {
      const started = connect();
      const worker = await started;
      // Cancelled while the worker was starting.
      if (current !== started) throw new CancelledError();
      return new Promise<Result>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, onProgress });
        worker.postMessage({ id, job } satisfies WorkerRequest<Job>);
      });
    },
    cancel() {
      stop();
      rejectAll(() => new CancelledError());
    },
  };
}
