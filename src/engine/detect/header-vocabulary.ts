/**
 * Which field a column holds, from its header path (group texts down to its own) and the columns
 * before it: three columns titled "Tỷ lệ" under different parents are three different fields.
 * Patterns are written folded (see text.ts): no diacritics, lower case.
 */
import type { Field } from "./fields";
import { fold, foldedFirst } from "../cells";

const ORDER = /^(s?tt|so tt|so thu tu|thu tu)$/;
const NAME =
  /^(ten )?(cac )?(don vi|dia ban|dia phuong)\b|^ten (cac )?(huyen|xa|phuong|quan|thon|don vi|tinh)|^(thanh pho|thi xa|huyen|quan|xa|phuong|thon|to dan pho|ban|lang)( ?[/,-]|$)|^(khu vuc|vung|tinh|tinh ?[,/] ?thanh pho( truc thuoc trung uong)?)( ?[/,-]|$)/;
/** "Đơn vị tính: hộ", "Đơn vị báo cáo: …" are lines about the table, not its unit column. */
const NOT_NAME = /:|don vi (tinh|bao cao|nhan)/;
const PLAN_GROUP = /phan dau|du kien|ke hoach|chi tieu|muc tieu|nam ke tiep/;
const HOUSEHOLDS = /tong so ho|so ho dan|ho dan cu|ho tu nhien|tong ho|so ho chung/;
const POOR = /(^|so |tong so |tong )ho ngheo\b/;
const RATE = /^(ty le|%)/;
const TARGET = /phan dau giam|chi tieu giam|giam so ho|ke hoach giam|giam ho (can )?ngheo|so ho giam/;
const UNIT_LINE = /^\(?(%|ho|nguoi|khau|don vi tinh.*)\)?$/;
const PERCENT_LINE = /^\(?%\)?$/;
/** A count that takes its subject from its group: "Số hộ" under "Hộ nghèo". */
const BARE_COUNT = /^(so ho|tong so|tong|so luong|ho|tong so ho)( \(ho\))?$/;
/** Flows of the review year that are no stock of poor households: newly poor, back in poverty, lifted out. */
const FLOW = /phat sinh|tai ngheo|moi (roi vao|phat sinh)|giam trong nam/;
/**
 * "Số hộ nghèo đầu năm 2024": the stock at the start of a year is the review's before it, read when no
 * column gives the end of the review year (map-columns.ts); "cuối năm" under the plan is what remains.
 */
const START_OF_YEAR = /dau (nam|ky)/;
const END_OF_YEAR = /cuoi (nam|ky)/;
/** Counts of a part of the population ("Số hộ nghèo DTTS"): not the unit's poor households. */
const SUBGROUP = /\bdtts\b|dan toc thieu so|nguoi dan toc/;
/** The two kinds of the poor under "Trong đó"/"Chia ra": by income, and by lack of basic social services. */
const INCOME_KIND = /^((so )?ho ngheo )?(ve |theo |do )?(tieu chi )?thu nhap$/;
/** Not one indicator ("Thiếu hụt y tế"): those count the same household several times. */
const DEPRIVATION_KIND = /thieu hut (da chieu|(cac )?(dich vu|dv) ?(xa hoi|xh) ?co ban|dvxhcb)/;
/** A group over the whole table ("Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2024") names no column's subject. */
const TITLE_GROUP = /ket qua|ra soat|so lieu|thuc hien|nam \d{4}|phan dau|ke hoach|chi tieu/;

/** Words that mark a row above the header as a group header rather than a title. */
export const GROUP_HEADER_WORDS =
  /ket qua|ra soat|so lieu|trong do|phan dau|ke hoach|thuc hien|ho ngheo|can ngheo|da chieu|du kien|chia ra|nam \d{4}/;

/** What a header text speaks of: poor, near-poor, or both together (the multidimensional count). */
type Subject = "poor" | "nearPoor" | "both";

/** Whether a column's header speaks of the start of a year ("Số hộ nghèo đầu năm 2024"). */
export function isStartOfYear(text: string): boolean {
  return START_OF_YEAR.test(fold(text));
}

export function isOrderHeader(text: string): boolean {
  return ORDER.test(fold(text));
}

export function isNameHeader(text: string): boolean {
  const folded = fold(text);
  return NAME.test(folded) && !NOT_NAME.test(folded) && folded.length <= 40;
}

/** NAME's phrases and words that may go on with more words: "ten …", "cac …", "don vi", "dia ban", "khu vuc", "thanh pho" … */
const NAME_PHRASE_FIRST = "tcdk";
/** What may follow NAME's other words ("Huyện/thị xã", "Xã, phường", "Huyện - thành phố"): those stand alone otherwise. */
const NAME_WORD_SIGN = /[/,-]/;

/**
 * Whether a tidy text (SheetView.text) may head the unit column, told without folding it: a text of
 * several words beginning with another letter than NAME's phrases, with none of the signs that may
 * follow a word, is no header ("Xã Hồng Thủy", "Phường 1"), and the 10,000 names under a national
 * table's header need not be folded to look for a second table.
 */
export function mayBeNameHeader(tidyText: string): boolean {
  const first = foldedFirst(tidyText);
  return first === null || NAME_PHRASE_FIRST.includes(first) || !tidyText.includes(" ") || NAME_WORD_SIGN.test(tidyText);
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

/** "CS giảm nghèo", the poverty-reduction policy (Chính sách giảm nghèo). */
const POLICY = /cs giam ngheo|chinh sach giam ngheo|csgn/;

/** "Hộ nghèo và hộ cận nghèo", "nghèo đa chiều": both; "Hộ cận nghèo": near-poor; "Hộ nghèo": poor. */
function subjectIn(text: string): Subject | null {
  // "chuẩn nghèo đa chiều" names the standard and "hộ nghèo đa chiều" the poor: neither is both.
  const plain = text.replace(/chuan ngheo( da chieu)?/g, "").replace(/ho ngheo da chieu/g, "ho ngheo");
  const withoutNearPoor = plain.replace(/(ho )?can ngheo/g, "");
  if (/ngheo da chieu/.test(plain) || (/can ngheo/.test(plain) && /ho ngheo|^ngheo\b/.test(withoutNearPoor))) return "both";
  if (/can ngheo/.test(plain)) return "nearPoor";
  if (/ho ngheo/.test(plain)) return "poor";
  return null;
}

/** "Hộ nghèo" over "Tỷ lệ | Số hộ": a header text naming the poor alone, and no title over the whole table. */
export function isPoorGroup(text: string): boolean {
  const folded = fold(text);
  return !TITLE_GROUP.test(folded) && subjectIn(folded) === "poor";
}

/** The subject of the nearest group above the leaf that names one and is no title over the whole table. */
function groupSubject(groups: string[]): Subject | null {
  for (let i = groups.length - 1; i >= 0; i--) {
    if (TITLE_GROUP.test(groups[i])) continue;
    const subject = subjectIn(groups[i]);
    if (subject) return subject;
  }
  return null;
}

/**
 * The field of one column, or null. `before` is the field of the nearest mapped column to the left,
 * which gives a bare "Tỷ lệ" its meaning when no group above names its subject.
 */
export function classifyHeader(path: string[], before: Field | null): Field | null {
  const folded = path.map((text) => spellRate(fold(text))).filter((text) => text !== "");
  // A unit line under the header ("(%)", "(hộ)") belongs to the header text above it; a "%" there
  // makes it a rate even when the text above is a group's ("Hộ nghèo" over "Số hộ | %").
  const inPercent = folded.length > 1 && PERCENT_LINE.test(folded[folded.length - 1]);
  if (folded.length > 1 && UNIT_LINE.test(folded[folded.length - 1])) folded.splice(-2, 2, `${folded[folded.length - 2]} ${folded[folded.length - 1]}`);
  const leaf = folded[folded.length - 1];
  if (!leaf) return null;
  const inPlan = isPlanPath(path);
  const isRate = RATE.test(leaf) || inPercent;

  if (ORDER.test(leaf)) return "order";
  if (NAME.test(leaf) && !NOT_NAME.test(leaf)) return "name";
  // The leaf's own words first ("Tỷ lệ hộ cận nghèo"), then its nearest group's ("Hộ nghèo" over "Tỷ lệ | Số hộ").
  const subject = subjectIn(leaf) ?? groupSubject(folded.slice(0, -1));
  const isTarget = TARGET.test(leaf) || (/thoat ngheo/.test(leaf) && inPlan);
  if (subject === "nearPoor" && (isTarget || /con lai|giam/.test(leaf))) return isTarget && !isRate ? "nearPoorTarget" : null;
  // "Tỷ lệ hộ nghèo thuộc CS giảm nghèo": that "giảm" names the policy, not a fall in the rate.
  if (/ty le.*giam|muc giam|giam ty le/.test(leaf.replace(POLICY, ""))) return "rateReduction";
  if (/con lai/.test(leaf)) return isRate ? "remainingRate" : "remainingPoor";
  if (isTarget) return "targetReduction";
  if (/thoat ngheo/.test(leaf)) return null;
  if (/btxh|bao tro/.test(leaf)) return isRate ? "socialAssistanceShare" : "socialAssistancePoor";
  if (POLICY.test(leaf)) return isRate ? "povertyPolicyShare" : "povertyPolicyPoor";
  if (FLOW.test(leaf) || SUBGROUP.test(leaf)) return null;
  // A part of the poor, never the poor a second time; their shares and the near-poor's parts are no field of ours.
  const kind = leaf.replace(/^ty le /, "");
  if (INCOME_KIND.test(kind) || DEPRIVATION_KIND.test(kind)) return povertyKind(kind, subject, isRate || inPlan);
  if (/^(he so|trong so)( phan bo| uu tien)?\b/.test(leaf)) return "allocationWeight";
  if (subject === "both") return isRate ? "poorAndNearPoorRate" : countOfBoth(leaf);
  if (subject === "nearPoor") return isRate ? "nearPoorRate" : /khau/.test(leaf) ? null : "nearPoorHouseholds";
  if (isRate) return subject === "poor" ? (inPlan ? "remainingRate" : "poorRate") : rateAfter(before, inPlan);
  if (/khau/.test(leaf)) return /ngheo/.test(leaf) || subject === "poor" ? "poorPersons" : null;
  if (POOR.test(leaf)) return inPlan ? (END_OF_YEAR.test(leaf) ? "remainingPoor" : null) : "poorHouseholds";
  if (subject === "poor" && BARE_COUNT.test(leaf)) return inPlan ? null : "poorHouseholds";
  if (HOUSEHOLDS.test(leaf)) return inPlan ? "projectedHouseholds" : "households";
  return null;
}

function povertyKind(leaf: string, subject: Subject | null, notACount: boolean): Field | null {
  if (subject !== "poor" || notACount) return null;
  return DEPRIVATION_KIND.test(leaf) ? "deprivationPoor" : "incomePoor";
}

/** Under "Hộ nghèo và hộ cận nghèo" a count is theirs together; their persons are no field of ours. */
function countOfBoth(leaf: string): Field | null {
  return /khau|nguoi/.test(leaf) ? null : "poorAndNearPoorHouseholds";
}

function rateAfter(before: Field | null, inPlan: boolean): Field | null {
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
    case "poorAndNearPoorHouseholds":
      return "poorAndNearPoorRate";
    case "projectedHouseholds":
    case "targetReduction":
    case "remainingPoor":
      return "remainingRate";
    default:
      return null;
  }
}
