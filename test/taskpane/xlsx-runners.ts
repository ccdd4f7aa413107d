/**
 * Ways to run the workers' jobs (src/taskpane/files-workbooks.ts for the web page, engine-jobs.ts
 * inside Excel) in jest, which has no Web Worker: the real job code either called directly, or behind
 * a stand-in Worker that passes messages the way a browser does (asynchronously, and never again once terminated).
 */
import { engineJobs, type EngineJob } from "../../src/taskpane/engine-jobs";
import { xlsxJobs, type XlsxJob } from "../../src/taskpane/files-workbooks";
import type { EngineRunner, WorkerReply, WorkerRequest, XlsxRunner } from "../../src/taskpane/xlsx-runner";
import { describeFailure } from "../../src/taskpane/xlsx-runner";

/** What a job carried: its kind, and for analyses and writes whether the grids came with it. */
function jobName(job: XlsxJob | EngineJob): string {
  const analysis = job.kind === "analyze" || job.kind === "layouts" ? job : job.kind === "write" ? job.analysis : null;
  return analysis?.grids ? `${job.kind} with grids` : job.kind;
}

/** The jobs run in the test's thread, by one worker's job runner; `jobs` lists them, in order. */
export function inProcessRunner(): XlsxRunner & { jobs: string[] } {
  const jobs: string[] = [];
  const run = xlsxJobs();
  return {
    jobs,
    run: (job, onProgress) => {
      jobs.push(jobName(job));
      return run(job, onProgress);
    },
    cancel: () => undefined,
  };
}

/**
 * The engine worker's jobs run in the test's thread; `jobs` lists them, in order. `restart` stands
 * for a fresh worker (the browser's workerRunner starts one after the last one stopped): it holds nothing.
 */
export function inProcessEngineRunner(): EngineRunner & { jobs: string[]; restart(): void } {
  const jobs: string[] = [];
  let engine = engineJobs();
  return {
    jobs,
    run: async (job) => {
      jobs.push(jobName(job));
      return engine.run(job);
    },
    cancel: () => undefined,
    restart: () => {
      engine = engineJobs();
    },
  };
}

/** A Worker running the same handler as src/taskpane/xlsx.worker.ts, minus the thread. */
export class StandInWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly jobs: string[] = [];
  private readonly run = xlsxJobs();

  postMessage({ id, job }: WorkerRequest): void {
    this.jobs.push(jobName(job));
    const reply = (message: WorkerReply) => setTimeout(() => !this.terminated && this.onmessage?.({ data: message } as MessageEvent<WorkerReply>));
    this.run(job, (progress) => reply({ id, kind: "progress", progress })).then(
      (result) => reply({ id, kind: "done", result }),
      (error: unknown) => reply({ id, kind: "failed", failure: describeFailure(error) }),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}
