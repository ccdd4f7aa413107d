export type { Issue, Lang, Message, Severity } from "./issue";
export { WHOLE_PLAN } from "./issue";
export { findingValue, makeIssue } from "./messages";
export { causeWrong } from "./cause";
