/**
 * Which field a column holds, from its header path (group texts down to its own) and the columns
 * before it: three columns titled "Tỷ lệ" under different parents are three different fields.
 * Patterns are written folded (see text.ts): no diacritics, lower case.
 */
import type { Field } from "./fields";
import { fold } from "./text";

const ORDER = /^(s?tt|so tt|so thu tu|thu tu)$/;
const NAME =
  /^(ten )?(don vi|dia ban|dia phuong)\b|^ten (huyen|xa|phuong|quan)|^(thanh pho|thi xa|huyen|quan|xa|phuong)( ?[/,-]|$)/;
const PLAN_GROUP = /phan dau|du kien|ke hoach|chi tieu|muc tieu|nam ke tiep/;
const HOUSEHOLDS = /tong so ho|so ho dan|ho dan cu|ho tu nhien|tong ho|so ho chung/;
const POOR = /(^|so |tong so )ho ngheo\b/;
const RATE = /^(ty le|%)/;
const UNIT_LINE = /^\(?(%|ho|nguoi|khau|don vi tinh.*)\)?$/;
const POOR_GROUP_COUNT = /^(so ho|tong so|tong|so luong|ho)( \(ho\))?$/;

/** Words that mark a row above the header as a group header rather than a title. */
export const GROUP_HEADER_WORDS =
  /ket qua|ra soat|so lieu|trong do|phan dau|ke hoach|thuc hien|ho ngheo|can ngheo|du kien|chia ra|nam \d{4}/;

export function isOrderHeader(text: string): boolean {
  return ORDER.test(fold(text));
}

export function isNameHeader(text: string): boolean {
  return NAME.test(fold(text));
}

/** Whether a header path speaks of next year's plan rather than the review results. */
export function isPlanPath(path: string[]): boolean {
  const folded = path.map(fold);
  const leaf = folded[folded.length - 1] ?? "";
  return folded.slice(0, -1).some((text) => PLAN_GROUP.test(text)) || /tang khoang|tang \d|du kien/.test(leaf);
}

/**
 * The field of one column, or null. `before` is the field of the nearest mapped column to the left,
 * which gives a bare "Tỷ lệ" its meaning.
 */
export function classifyHeader(path: string[], before: Field | null): Field | null {
  const folded = path.map(fold).filter((text) => text !== "");
  // A unit line under the header ("(%)", "(hộ)") belongs to the header text above it.
  if (folded.length > 1 && UNIT_LINE.test(folded[folded.length - 1])) folded.splice(-2, 2, `${folded[folded.length - 2]} ${folded[folded.length - 1]}`);
  const leaf = folded[folded.length - 1];
  if (!leaf) return null;
  const parents = folded.slice(0, -1).join(" | ");
  const inPlan = isPlanPath(path);
  const isRate = RATE.test(leaf);

  if (ORDER.test(leaf)) return "order";
  if (NAME.test(leaf)) return "name";
  if (/ty le.*giam|muc giam|giam ty le/.test(leaf)) return "rateReduction";
  if (/con lai/.test(leaf)) return isRate ? "remainingRate" : "remainingPoor";
  if (/phan dau giam|chi tieu giam|giam so ho|thoat ngheo|so ho giam/.test(leaf)) return "targetReduction";
  if (/can ngheo/.test(leaf)) return isRate ? "nearPoorRate" : "nearPoorHouseholds";
  if (/btxh|bao tro/.test(leaf)) return isRate ? "socialAssistanceShare" : "socialAssistancePoor";
  if (/cs giam ngheo|chinh sach giam ngheo|csgn/.test(leaf)) return isRate ? "povertyPolicyShare" : "povertyPolicyPoor";
  if (isRate) return rateAfter(leaf, before, inPlan);
  if (/khau/.test(leaf)) return /can ngheo/.test(parents) ? null : "poorPersons";
  if (HOUSEHOLDS.test(leaf)) return inPlan ? "projectedHouseholds" : "households";
  if (POOR.test(leaf)) return inPlan ? null : "poorHouseholds";
  if (POOR_GROUP_COUNT.test(leaf) && /ho ngheo/.test(parents) && !inPlan) return "poorHouseholds";
  if (POOR_GROUP_COUNT.test(leaf) && /can ngheo/.test(parents)) return "nearPoorHouseholds";
  return null;
}

function rateAfter(leaf: string, before: Field | null, inPlan: boolean): Field | null {
  if (/ho ngheo/.test(leaf)) return inPlan ? "remainingRate" : "poorRate";
  switch (before) {
    case "poorHouseholds":
    case "poorPersons":
      return inPlan ? "remainingRate" : "poorRate";
    case "socialAssistancePoor":
      return "socialAssistanceShare";
    case "povertyPolicyPoor":
      return "povertyPolicyShare";
    case "nearPoorHouseholds":
      return "nearPoorRate";
    case "projectedHouseholds":
    case "targetReduction":
    case "remainingPoor":
      return "remainingRate";
    default:
      return null;
  }
}
