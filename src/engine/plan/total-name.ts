/** The total row's name when the source has no total row of its own: the appendix is Vietnamese. */
import type { Lang } from "../findings";

export const OWN_TOTAL_NAME = "Tổng cộng";

/** The total's name for an officer reading in `lang`: the tool's own label follows the language; a source's label is shown as written. */
export function shownTotalName(name: string, lang: Lang): string {
  return lang === "en" && name === OWN_TOTAL_NAME ? "Total" : name;
}
