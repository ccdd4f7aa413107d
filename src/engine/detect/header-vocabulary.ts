/**
 * Which field a column holds, from its header path (group texts down to its own) and the columns
 * before it: three columns titled "Tỷ lệ" under different parents are three different fields.
 * Patterns are written folded (see text.ts): no diacritics, lower case.
 */
import type { Field } from "./fields";
import { fold } from "../cells";

const ORDER = /^(s?tt|so tt|so thu tu|thu tu)$/;
const NAME =
  /^(ten )?(cac )?(don vi|dia ban|dia phuong)\b|^ten (cac )?(huyen|xa|phuong|quan|thon|don vi)|^(thanh pho|thi xa|huyen|quan|xa|phuong|thon|to dan pho|ban|lang)( ?[/,-]|$)/;
/** "Đơn vị tính: hộ", "Đơn vị báo cáo: …" are lines about the table, not its unit column. */
const NOT_NAME = /:|don vi (tinh|bao cao|nhan)/;
const PLAN_GROUP = /phan dau|du kien|ke hoach|chi tieu|muc tieu|nam ke tiep/;
const HOUSEHOLDS = /tong so ho|so ho dan|ho dan cu|ho tu nhien|tong ho|so ho chung/;
const POOR = /(^|so |tong so |tong )ho ngheo\b/;
const RATE = /^(ty le|%)/;
const UNIT_LINE = /^\(?(%|ho|nguoi|khau|don vi tinh.*)\)?$/;
const POOR_GROUP_COUNT = /^(so ho|tong so|tong|so luong|ho)( \(ho\))?$/;
/** Flows of the review year that are no stock of poor households: start of year, newly poor, lifted out. */
const FLOW = /dau nam|dau ky|phat sinh|tai ngheo|moi (roi vao|phat sinh)|giam trong nam/;

/** Words that mark a row above the header as a group header rather than a title. */
export const GROUP_HEADER_WORDS =
  /ket qua|ra soat|so lieu|trong do|phan dau|ke hoach|thuc hien|ho ngheo|can ngheo|du kien|chia ra|nam \d{4}/;

export function isOrderHeader(text: string): boolean {
  return ORDER.test(fold(text));
}

export function isNameHeader(text: string): boolean {
  const folded = fold(text);
  return NAME.test(folded) && !NOT_NAME.test(folded) && folded.length <= 40;
}

/** "Tỉ lệ", "TL" and "Tỷ lệ" are one word. */
function spellRate(text: string): string {
  return text.replace(/\bti le\b/g, "ty le").replace(/^tl\b/, "ty le");
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
  const folded = path.map((text) => spellRate(fold(text))).filter((text) => text !== "");
  // A unit line under the header ("(%)", "(hộ)") belongs to the header text above it.
  if (folded.length > 1 && UNIT_LINE.test(folded[folded.length - 1])) folded.splice(-2, 2, `${folded[folded.length - 2]} ${folded[folded.length - 1]}`);
  const leaf = folded[folded.length - 1];
  if (!leaf) return null;
  // The nearest group decides ("Hộ cận nghèo" under a title that names both poor and near-poor).
  const parent = folded[folded.length - 2] ?? "";
  const inPlan = isPlanPath(path);
  const isRate = RATE.test(leaf);

  if (ORDER.test(leaf)) return "order";
  if (NAME.test(leaf) && !NOT_NAME.test(leaf)) return "name";
  if (/ty le.*giam|muc giam|giam ty le/.test(leaf)) return "rateReduction";
  if (/con lai/.test(leaf)) return isRate ? "remainingRate" : "remainingPoor";
  if (/phan dau giam|chi tieu giam|giam so ho|ke hoach giam|giam ho ngheo|so ho giam/.test(leaf)) return "targetReduction";
  if (/thoat ngheo/.test(leaf)) return inPlan ? "targetReduction" : null;
  if (/can ngheo/.test(leaf) || (isNearPoorGroup(parent) && !/ho ngheo/.test(leaf))) return nearPoor(leaf, isRate);
  if (/btxh|bao tro/.test(leaf)) return isRate ? "socialAssistanceShare" : "socialAssistancePoor";
  if (/cs giam ngheo|chinh sach giam ngheo|csgn/.test(leaf)) return isRate ? "povertyPolicyShare" : "povertyPolicyPoor";
  if (FLOW.test(leaf)) return null;
  if (isRate) return rateAfter(leaf, before, inPlan);
  if (/khau/.test(leaf)) return /ngheo/.test(leaf) || /ho ngheo/.test(parent) ? "poorPersons" : null;
  if (POOR.test(leaf)) return inPlan ? null : "poorHouseholds";
  if (HOUSEHOLDS.test(leaf)) return inPlan ? "projectedHouseholds" : "households";
  if (POOR_GROUP_COUNT.test(leaf) && /ho ngheo/.test(parent) && !inPlan) return "poorHouseholds";
  return null;
}

/** "Hộ cận nghèo" is a near-poor group; "Hộ nghèo, hộ cận nghèo" speaks of both and is not. */
function isNearPoorGroup(text: string): boolean {
  return /can ngheo/.test(text) && !/ho ngheo/.test(text.replace(/ho can ngheo/g, ""));
}

function nearPoor(leaf: string, isRate: boolean): Field | null {
  if (isRate) return "nearPoorRate";
  return /khau/.test(leaf) ? null : "nearPoorHouseholds";
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
