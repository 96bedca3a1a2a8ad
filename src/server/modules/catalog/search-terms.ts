/**
 * How a search box entry is read (LKP-2). A national code or its beginning (`1.001`, `2.000908`)
 * is looked up by code; anything else is split into words, each of which must begin a word of the
 * procedure (diacritics and case do not matter: the database folds both sides with catalog_fold).
 */
export function codePrefixOf(q: string): string | undefined {
  const trimmed = q.trim();
  return /^\d\.\d{0,6}$/.test(trimmed) ? trimmed : undefined;
}

/** The words of a query: letters and digits only (so no LIKE wildcard gets through), at most 8. */
export function wordsOf(q: string): string[] {
  return q
    .normalize("NFC")
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}
