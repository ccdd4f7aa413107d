/** The web page's worker: each message is one job (files-workbooks.ts), run off the page's thread. */
import { xlsxJobs } from "./files-workbooks";
import { describeFailure, type WorkerReply, type WorkerRequest } from "./xlsx-runner";

/** The part of DedicatedWorkerGlobalScope used here (the project's types are the page's, "dom"). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const runJob = xlsxJobs();

scope.onmessage = ({ data: { id, job } }) => {
  runJob(job, (progress) => scope.postMessage({ id, kind: "progress", progress })).then(
    (result) => scope.postMessage({ id, kind: "done", result }),
    (error: unknown) => scope.postMessage({ id, kind: "failed", failure: describeFailure(error) }),
  );
};
