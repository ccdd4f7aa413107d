export { validateTable } from "./validate";
