/**
 * Folds text for diacritics-insensitive matching: NFD, strip combining marks, đ→d, lower case,
 * collapse spaces. "Ủy ban nhân dân Phường Đống Đa" → "uy ban nhan dan phuong dong da".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every word of the query occurs somewhere in the (already folded) haystack. */
export function matchesQuery(foldedHaystack: string, foldedQuery: string): boolean {
  if (foldedQuery === "") return true;
  return foldedQuery.split(" ").every((word) => foldedHaystack.includes(word));
}
