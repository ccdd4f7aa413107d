/** The web page's worker: each message is one exceljs job (files-workbooks.ts), run off the page's thread. */
import { runXlsxJob } from "./files-workbooks";
import { describeFailure, type WorkerReply, type WorkerRequest } from "./xlsx-runner";

/** The part of DedicatedWorkerGlobalScope used here (the project's types are the page's, "dom"). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { id, job } }) => {
  runXlsxJob(job, (progress) => scope.postMessage({ id, kind: "progress", progress })).then(
    (result) => scope.postMessage({ id, kind: "done", result }),
    (error: unknown) => scope.postMessage({ id, kind: "failed", failure: describeFailure(error) }),
  );
};
