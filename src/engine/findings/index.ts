export type { Issue, Lang, Message, Severity } from "./issue";
export { findingValue, makeIssue } from "./messages";
export { causeWrong } from "./cause";
