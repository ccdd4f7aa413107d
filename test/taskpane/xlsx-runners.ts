/**
 * Ways to run the web page's exceljs jobs (src/taskpane/files-workbooks.ts) in jest, which has no Web
 * Worker: the real job code either called directly, or behind a stand-in Worker that passes messages
 * the way a browser does (asynchronously, and never again once terminated).
 */
import { runXlsxJob } from "../../src/taskpane/files-workbooks";
import type { WorkerReply, WorkerRequest, XlsxRunner } from "../../src/taskpane/xlsx-runner";
import { describeFailure } from "../../src/taskpane/xlsx-runner";

/** The jobs run in the test's thread; `jobs` lists the kinds asked for, in order. */
export function inProcessRunner(): XlsxRunner & { jobs: string[] } {
  const jobs: string[] = [];
  return {
    jobs,
    run: (job, onProgress) => {
      jobs.push(job.kind);
      return runXlsxJob(job, onProgress);
    },
    cancel: () => undefined,
  };
}

/** A Worker running the same handler as src/taskpane/xlsx.worker.ts, minus the thread. */
export class StandInWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  postMessage({ id, job }: WorkerRequest): void {
    const reply = (message: WorkerReply) => setTimeout(() => !this.terminated && this.onmessage?.({ data: message } as MessageEvent<WorkerReply>));
    runXlsxJob(job, (progress) => reply({ id, kind: "progress", progress })).then(
      (result) => reply({ id, kind: "done", result }),
      (error: unknown) => reply({ id, kind: "failed", failure: describeFailure(error) }),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}
