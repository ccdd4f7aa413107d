/** How the officer calls each field, for messages and the column-mapping dropdowns. */
import type { Field } from "./fields";
import type { Message } from "../findings";

export const FIELD_LABELS: Record<Field, Message> = {
  order: { vi: "TT", en: "No." },
  name: { vi: "Đơn vị", en: "Unit" },
  households: { vi: "Tổng số hộ dân", en: "Households" },
  poorHouseholds: { vi: "Số hộ nghèo", en: "Poor households" },
  poorPersons: { vi: "Khẩu nghèo", en: "Persons in poor households" },
  poorRate: { vi: "Tỷ lệ hộ nghèo (%)", en: "Poverty rate (%)" },
  socialAssistancePoor: { vi: "Hộ nghèo thuộc CS BTXH", en: "Poor households under social assistance" },
  socialAssistanceShare: { vi: "Tỷ lệ hộ nghèo thuộc CS BTXH (%)", en: "Share under social assistance (%)" },
  povertyPolicyPoor: { vi: "Hộ nghèo thuộc CS giảm nghèo", en: "Poor households under poverty-reduction policy" },
  povertyPolicyShare: { vi: "Tỷ lệ hộ nghèo thuộc CS giảm nghèo (%)", en: "Share under poverty-reduction policy (%)" },
  incomePoor: { vi: "Hộ nghèo về thu nhập", en: "Income-poor households" },
  deprivationPoor: { vi: "Hộ nghèo thiếu hụt đa chiều", en: "Poor households lacking basic services" },
  nearPoorHouseholds: { vi: "Hộ cận nghèo", en: "Near-poor households" },
  nearPoorRate: { vi: "Tỷ lệ hộ cận nghèo (%)", en: "Near-poverty rate (%)" },
  nearPoorTarget: { vi: "Số hộ cận nghèo phấn đấu giảm", en: "Near-poor households to lift out" },
  poorAndNearPoorHouseholds: { vi: "Tổng số hộ nghèo và hộ cận nghèo", en: "Poor and near-poor households" },
  poorAndNearPoorRate: { vi: "Tỷ lệ nghèo đa chiều (%)", en: "Multidimensional poverty rate (%)" },
  projectedHouseholds: { vi: "Tổng số hộ dân dự kiến", en: "Projected households" },
  targetReduction: { vi: "Số hộ nghèo phấn đấu giảm", en: "Households to lift out of poverty" },
  remainingPoor: { vi: "Số hộ nghèo dự kiến còn lại", en: "Remaining poor households" },
  remainingRate: { vi: "Tỷ lệ hộ nghèo kế hoạch (%)", en: "Planned poverty rate (%)" },
  rateReduction: { vi: "Tỷ lệ nghèo giảm (%)", en: "Rate reduction (points)" },
  allocationWeight: { vi: "Hệ số phân bổ chỉ tiêu", en: "Weight in sharing the goal" },
};
