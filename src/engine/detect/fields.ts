/** The columns the engine knows, in the officer's terms (Vietnamese headers in shared/DESIGN.md). */

export const FIELDS = [
  "order", // TT
  "name", // Đơn vị
  "households", // Tổng số hộ dân
  "poorHouseholds", // Số hộ nghèo: Số hộ
  "poorPersons", // Khẩu nghèo
  "poorRate", // Tỷ lệ hộ nghèo (%)
  "socialAssistancePoor", // Hộ nghèo thuộc CS BTXH
  "socialAssistanceShare", // Tỷ lệ (share of poor households)
  "povertyPolicyPoor", // Hộ nghèo thuộc CS giảm nghèo
  "povertyPolicyShare", // Tỷ lệ (share of poor households)
  "incomePoor", // Trong đó: Hộ nghèo về thu nhập
  "deprivationPoor", // Trong đó: Hộ nghèo thiếu hụt đa chiều (lacking basic social services)
  "nearPoorHouseholds", // Hộ cận nghèo
  "nearPoorRate", // Tỷ lệ hộ cận nghèo
  "nearPoorTarget", // Số hộ cận nghèo phấn đấu giảm
  "poorAndNearPoorHouseholds", // Tổng số hộ nghèo và hộ cận nghèo
  "poorAndNearPoorRate", // Tỷ lệ nghèo đa chiều (%)
  "projectedHouseholds", // Tổng số hộ dân (tăng khoảng 0,7%)
  "targetReduction", // Số hộ nghèo phấn đấu giảm
  "remainingPoor", // Số hộ nghèo dự kiến còn lại
  "remainingRate", // Tỷ lệ (%) of the plan
  "rateReduction", // Tỷ lệ nghèo giảm (%)
  "allocationWeight", // Hệ số phân bổ (more of a goal for the poorest units)
] as const;

export type Field = (typeof FIELDS)[number];

/** Fields that are counts of households or persons: a total row sums them. */
export const COUNT_FIELDS: readonly Field[] = [
  "households",
  "poorHouseholds",
  "poorPersons",
  "socialAssistancePoor",
  "povertyPolicyPoor",
  "incomePoor",
  "deprivationPoor",
  "nearPoorHouseholds",
  "nearPoorTarget",
  "poorAndNearPoorHouseholds",
  "projectedHouseholds",
  "targetReduction",
  "remainingPoor",
];

/** Ratios in percent, each recomputed from its numerator and denominator. */
export interface RatioRule {
  field: Field;
  numerator: Field;
  denominator: Field;
}

export const RATIO_RULES: readonly RatioRule[] = [
  { field: "poorRate", numerator: "poorHouseholds", denominator: "households" },
  { field: "socialAssistanceShare", numerator: "socialAssistancePoor", denominator: "poorHouseholds" },
  { field: "povertyPolicyShare", numerator: "povertyPolicyPoor", denominator: "poorHouseholds" },
  { field: "nearPoorRate", numerator: "nearPoorHouseholds", denominator: "households" },
  { field: "poorAndNearPoorRate", numerator: "poorAndNearPoorHouseholds", denominator: "households" },
  { field: "remainingRate", numerator: "remainingPoor", denominator: "projectedHouseholds" },
];

export function isCountField(field: Field): boolean {
  return COUNT_FIELDS.includes(field);
}
