export { detectTables } from "./detect";
export { FIELD_LABELS } from "./field-labels";
export { COUNT_FIELDS, FIELDS, RATIO_RULES, isCountField } from "./fields";
export type { Field } from "./fields";
export { findHeaderBlocks } from "./header-block";
export { figure } from "./row-values";
export type { ColumnOverride, DetectedTable, TableRow } from "./table";
export { householdsOnTotalOnly } from "./households";
export type { HouseholdsEstimate, IncompleteTable, TableGroup } from "./table";
