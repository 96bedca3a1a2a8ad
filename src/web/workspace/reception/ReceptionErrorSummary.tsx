import { Alert, Anchor, List, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import type { MouseEvent, Ref } from "react";
import { useTranslation } from "react-i18next";
import type { DossierComponent } from "../../../contracts/catalog.ts";
import { fieldId } from "./field-ids.ts";

/**
 * Why the server did not receive the dossier: its explanation, then every field problem linking to
 * the field (which shows the same message), so that everything is fixed in one go.
 */
export function ReceptionErrorSummary({
  detail,
  errors,
  formIssues,
  catalog,
  ref,
}: {
  detail: string;
  errors: Record<string, string>;
  formIssues: number;
  catalog: readonly DossierComponent[];
  ref: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  const count = entries.length + (formIssues > 0 ? 1 : 0);
  return (
    <Alert
      ref={ref}
      color="red"
      variant="light"
      title={t("counterReception.failed")}
      role="alert"
      tabIndex={-1}
      data-testid="reception-error"
    >
      <Text fz="sm">{detail}</Text>
      {count > 0 && (
        <>
          <Text fz="sm" fw={700} mt="sm">
            {t("counterReception.summaryTitle", { count })}
          </Text>
          <List size="sm" spacing={4}>
            {entries.map(([path, message]) => (
              <List.Item key={path} data-path={path}>
                <Anchor href={`#${fieldId(path)}`} c="red.9" fz="sm" onClick={(event) => focus(event, path)}>
                  {fieldLabel(path, catalog, t)}: {message}
                </Anchor>
              </List.Item>
            ))}
            {formIssues > 0 && (
              <List.Item>{t("counterReception.formIssues", { count: formIssues })}</List.Item>
            )}
          </List>
        </>
      )}
    </Alert>
  );
}

function focus(event: MouseEvent, path: string) {
  const element = document.getElementById(fieldId(path));
  if (!element) return;
  event.preventDefault();
  element.scrollIntoView({ block: "center" });
  element.focus({ preventScroll: true });
}

const LABELS = {
  procedureId: "counterReception.procedure",
  agencyId: "counterReception.agency",
  channel: "counterReception.channel",
  resultDelivery: "counterReception.resultDelivery",
  "outcome.reason": "counterReception.reason",
  "outcome.missingItems": "counterReception.missingItems",
  "outcome.guidance": "counterReception.guidance",
  "outcome.competentAgency": "counterReception.competentAgency",
  "lateEntry.receivedAt": "counterReception.lateEntry.receivedAt",
  "lateEntry.kind": "counterReception.lateEntry.kind",
} as const;

/** "Họ và tên", "2. Tờ khai đăng ký…", or the path itself for anything the page does not show. */
function fieldLabel(path: string, catalog: readonly DossierComponent[], t: TFunction): string {
  const applicant = /^applicant\.(\w+)/.exec(path);
  if (applicant) return t(`counterReception.applicant.${applicant[1]}`, { defaultValue: path });
  const component = /^components\.(\d+)/.exec(path);
  if (component) {
    const index = Number(component[1]);
    return `${index + 1}. ${catalog[index]?.name ?? ""}`;
  }
  const key = (Object.keys(LABELS) as (keyof typeof LABELS)[]).find(
    (prefix) => path === prefix || path.startsWith(`${prefix}.`),
  );
  return key ? t(LABELS[key]) : path;
}
