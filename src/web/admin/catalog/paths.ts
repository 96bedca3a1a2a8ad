export const CATALOG_ADMIN_PATH = "/quan-tri/thu-tuc";
export const NEW_PROCEDURE_PATH = `${CATALOG_ADMIN_PATH}/them-moi`;
export const IMPORT_EXPORT_PATH = `${CATALOG_ADMIN_PATH}/nhap-xuat`;
export const procedureAdminPath = (id: string, version?: number | null) =>
  `${CATALOG_ADMIN_PATH}/${id}${version ? `?phienban=${version}` : ""}`;
