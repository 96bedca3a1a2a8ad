export const FORMS_PATH = "/quan-tri/bieu-mau";
export const formPath = (procedureId: string, version?: number | null) =>
  `${FORMS_PATH}/${procedureId}${version ? `?phienban=${version}` : ""}`;
