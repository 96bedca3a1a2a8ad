import { Alert, Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { AdminPageHeader } from "../../admin/AdminPageHeader.tsx";
import { Facts } from "./Facts.tsx";
import { INBOX_PATH } from "./paths.ts";
import { useStatusLabel } from "./useStatusLabel.ts";

/** Code, status and procedure of the dossier, with the way back to the inbox. */
export function DossierHeader({ view }: { view: DossierView }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  return (
    <AdminPageHeader
      title={view.code}
      pageTitle={t("dossierPage.pageTitle", { code: view.code })}
      back={{ to: INBOX_PATH, label: t("dossierPage.backToInbox") }}
      actions={
        <Group gap="xs">
          <Badge size="lg" radius="sm" tt="none" data-testid="dossier-status" data-status={view.status}>
            {statusLabel(view.status, view.statusLabel)}
          </Badge>
          {view.isTest && (
            <Badge size="lg" radius="sm" tt="none" color="gray.7" variant="outline">
              {t("dossierPage.test")}
            </Badge>
          )}
        </Group>
      }
      data-testid="dossier-code"
    >
      <Text fw={700} data-testid="dossier-procedure">
        {view.procedure.code ? `${view.procedure.code} · ` : ""}
        {view.procedure.name}
      </Text>
      <Facts
        items={[
          { label: t("dossierPage.receivingAgency"), value: view.receivingAgency.name },
          {
            label: t("dossierPage.processingAgency"),
            value: view.processingAgency?.name ?? t("dossierPage.notYet"),
          },
          { label: t("dossierPage.channel"), value: t(`dossierPage.channels.${view.channel}`) },
        ]}
      />
      {!view.integrity.intact && (
        <Alert color="red" mt="md" title={t("dossierPage.integrityBroken")} data-testid="dossier-integrity">
          {t("dossierPage.integrityDetail", { version: view.integrity.brokenAtVersion ?? "?" })}
        </Alert>
      )}
    </AdminPageHeader>
  );
}
