/** The id of the input of a request path (`applicant.name` → `reception-applicant-name`), for the error summary's links. */
export function fieldId(path: string): string {
  return `reception-${path.replaceAll(".", "-")}`;
}
