export const WORKFLOWS_PATH = "/quan-tri/quy-trinh";
export const workflowPath = (procedureId: string, agencyId: string, version?: number | null) =>
  `${WORKFLOWS_PATH}/${procedureId}/${agencyId}${version ? `?phienban=${version}` : ""}`;
