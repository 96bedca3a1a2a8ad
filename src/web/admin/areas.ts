import type { WebPermission } from "../workspace/roles.ts";

/** The administration areas, as the officer home lists them to those who may use them. */
export const adminAreas = [
  { key: "calendar", path: "/quan-tri/lich-lam-viec", permission: "calendar.edit" },
  { key: "accounts", path: "/quan-tri/tai-khoan", permission: "accounts.read" },
  { key: "agencies", path: "/quan-tri/co-quan", permission: "agencies.read" },
  { key: "audit", path: "/quan-tri/nhat-ky", permission: "audit.read" },
  { key: "integrations", path: "/quan-tri/ket-noi", permission: "integrations.read" },
  { key: "reconciliation", path: "/quan-tri/doi-soat", permission: "reconciliation.read" },
  { key: "procedureSync", path: "/quan-tri/dong-bo-thu-tuc", permission: "catalog.read" },
  { key: "catalog", path: "/quan-tri/thu-tuc", permission: "catalog.read" },
  { key: "forms", path: "/quan-tri/bieu-mau", permission: "forms.read" },
  { key: "workflows", path: "/quan-tri/quy-trinh", permission: "workflows.read" },
] as const satisfies readonly { key: string; path: string; permission: WebPermission }[];
