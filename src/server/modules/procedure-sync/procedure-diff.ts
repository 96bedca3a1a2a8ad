import type { CatalogRecord, DossierComponent, Fee, LegalDocument } from "../../../contracts/catalog.ts";
import type { StoredFieldChange } from "../../db/schema/procedure-sync.ts";
import { durationText } from "../documents/layout.ts";

/**
 * CFG-1: what changed between two versions of a procedure, field by field, in words a catalog
 * manager reads ("Thời hạn giải quyết: 15 ngày làm việc → 10 ngày làm việc"). Lists (fees,
 * components, legal basis) are compared item by item, matched by name: an item is added, removed
 * or changed. Order alone is no change.
 */
export type FieldChange = StoredFieldChange;

const LEVEL_NAMES = {
  province: "cấp tỉnh",
  department: "cấp sở, ngành",
  district: "cấp huyện",
  commune: "cấp xã",
};
const APPLICANT_NAMES = { individual: "cá nhân", organization: "tổ chức" };
const SERVICE_LEVEL_NAMES = {
  full_online: "trực tuyến toàn trình",
  partial_online: "trực tuyến một phần",
  information_only: "cung cấp thông tin",
};

export function diffProcedures(before: CatalogRecord, after: CatalogRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  const scalar = (field: string, label: string, a: string, b: string) => {
    if (a !== b) changes.push({ field, label, change: "changed", item: null, before: a, after: b });
  };
  scalar("name", "Tên thủ tục", before.name, after.name);
  scalar(
    "field",
    "Lĩnh vực",
    `${before.field.code} ${before.field.name}`,
    `${after.field.code} ${after.field.name}`,
  );
  scalar(
    "levels",
    "Cấp thực hiện",
    listText(before.levels.map((l) => LEVEL_NAMES[l])),
    listText(after.levels.map((l) => LEVEL_NAMES[l])),
  );
  scalar(
    "agencies",
    "Cơ quan thực hiện",
    listText([...before.agencyCodes].sort()),
    listText([...after.agencyCodes].sort()),
  );
  scalar(
    "applicantTypes",
    "Đối tượng thực hiện",
    listText(before.applicantTypes.map((a) => APPLICANT_NAMES[a])),
    listText(after.applicantTypes.map((a) => APPLICANT_NAMES[a])),
  );
  scalar(
    "serviceLevel",
    "Mức độ dịch vụ công",
    SERVICE_LEVEL_NAMES[before.serviceLevel],
    SERVICE_LEVEL_NAMES[after.serviceLevel],
  );
  scalar(
    "processingTime",
    "Thời hạn giải quyết",
    durationText(before.processingTime),
    durationText(after.processingTime),
  );
  scalar(
    "sameDayCutoff",
    "Giờ chốt trong ngày",
    before.sameDayCutoff ?? "không có",
    after.sameDayCutoff ?? "không có",
  );
  changes.push(...itemChanges("fees", "Phí, lệ phí", before.fees, after.fees, feeText));
  changes.push(
    ...itemChanges("components", "Thành phần hồ sơ", before.components, after.components, componentText),
  );
  if (before.steps.join("\n") !== after.steps.join("\n"))
    changes.push({
      field: "steps",
      label: "Trình tự thực hiện",
      change: "changed",
      item: null,
      before: `${before.steps.length} bước`,
      after: `${after.steps.length} bước`,
    });
  changes.push(
    ...itemChanges("legalBasis", "Căn cứ pháp lý", before.legalBasis, after.legalBasis, legalText),
  );
  scalar("resultName", "Kết quả thực hiện", before.resultName, after.resultName);
  return changes;
}

/** Items matched by name: added, removed, or the same name with another description. */
function itemChanges<T extends { name: string } | LegalDocument>(
  field: string,
  label: string,
  before: readonly T[],
  after: readonly T[],
  text: (item: T) => string,
): FieldChange[] {
  const nameOf = (item: T) => ("name" in item ? item.name : item.number);
  const old = new Map(before.map((item) => [nameOf(item), item]));
  const now = new Map(after.map((item) => [nameOf(item), item]));
  const changes: FieldChange[] = [];
  for (const [name, item] of now) {
    const previous = old.get(name);
    if (!previous)
      changes.push({ field, label, change: "added", item: name, before: null, after: text(item) });
    else if (text(previous) !== text(item))
      changes.push({
        field,
        label,
        change: "changed",
        item: name,
        before: text(previous),
        after: text(item),
      });
  }
  for (const [name, item] of old) {
    if (!now.has(name))
      changes.push({ field, label, change: "removed", item: name, before: text(item), after: null });
  }
  return changes;
}

function feeText(fee: Fee): string {
  const kind = fee.kind === "fee" ? "phí" : "lệ phí";
  const amount = fee.amount === 0 ? "miễn" : `${fee.amount.toLocaleString("vi-VN")} đồng`;
  return fee.condition ? `${kind} ${amount} (${fee.condition})` : `${kind} ${amount}`;
}

function componentText(component: DossierComponent): string {
  const copies = [
    component.originals ? `${component.originals} bản chính` : "",
    component.certifiedCopies ? `${component.certifiedCopies} bản sao chứng thực` : "",
    component.photocopies ? `${component.photocopies} bản chụp` : "",
  ].filter(Boolean);
  return `${component.required ? "bắt buộc" : "không bắt buộc"}${copies.length ? `, ${copies.join(", ")}` : ""}`;
}

function legalText(document: LegalDocument): string {
  return `${document.number} ${document.title}`;
}

function listText(items: readonly string[]): string {
  return items.length > 0 ? items.join(", ") : "không có";
}
