/**
 * A number as typed (the text is kept while it is being typed): `1,5` and `1.5` are 1.5; `1.234` with
 * groups of three is 1234. What is not a number is passed on as text, which the check reports.
 */
export function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return undefined;
  const grouped = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed);
  const normal = grouped ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed.replace(",", ".");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normal)) return text;
  const value = Number(normal);
  return Number.isFinite(value) ? value : text;
}
