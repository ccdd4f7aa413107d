export type { Issue, Lang, Message, Severity } from "./issue";
export { makeIssue } from "./messages";
export { causeWrong } from "./cause";
