/**
 * A worker's side of the page's runner (workerRunner in xlsx-runner.ts), shared by the web page's
 * xlsx worker and the engine worker inside Excel: each message is one job, answered with its progress,
 * then its result or its failure.
 */
import type { RowsProgress } from "./host";
import { describeFailure, type WorkerReply, type WorkerRequest } from "./xlsx-runner";

/** The part of DedicatedWorkerGlobalScope used here (the project's types are the page's, "dom"). */
interface WorkerScope<Job, Result> {
  onmessage: ((event: MessageEvent<WorkerRequest<Job>>) => void) | null;
  postMessage(reply: WorkerReply<Result>): void;
}

export function serveJobs<Job, Result>(run: (job: Job, onProgress: (progress: RowsProgress) => void) => Promise<Result>): void {
  const scope = self as unknown as WorkerScope<Job, Result>;
  scope.onmessage = ({ data: { id, job } }) => {
    run(job, (progress) => scope.postMessage({ id, kind: "progress", progress })).then(
      (result) => scope.postMessage({ id, kind: "done", result }),
      (error: unknown) => scope.postMessage({ id, kind: "failed", failure: describeFailure(error) }),
    );
  };
}
