import "../admin.css";
import { Alert, Badge, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PublicAgency } from "../../../contracts/agencies.ts";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { ancestorsOf } from "../../lib/agency-tree.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { useAgencyTree } from "../useAgencyTree.ts";
import { type AgencyEdit, AgencyFormModal } from "./AgencyFormModal.tsx";
import { AgencyImportExport } from "./AgencyImportExport.tsx";
import { AgencyTreeView } from "./AgencyTreeView.tsx";

/**
 * `/quan-tri/co-quan`: the agency tree (CFG-3) with each agency's identifier and duty one-stop
 * officer (LKP-3). System administrators edit it; procedure control and the operator read it.
 */
export default function AgenciesAdminPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer
      permission="agencies.read"
      title={t("agencies.title")}
      forbiddenTestId="agencies-forbidden"
    >
      {(officer) => <AgenciesAdmin officer={officer} />}
    </RequireOfficer>
  );
}

function AgenciesAdmin({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const { tree, agencies } = useAgencyTree();
  const canEdit = can(officer.roles, "agencies.manage");
  const [edit, setEdit] = useState<AgencyEdit | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  // Open at first: the roots, so that departments and communes show.
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const open = expanded ?? new Set(tree?.roots.map((a) => a.id) ?? []);
  const existingCodes = useMemo(() => new Set(tree?.rows.map((r) => r.agency.code) ?? []), [tree]);

  function saved(agency: PublicAgency, mode: "add" | "edit") {
    setEdit(null);
    setHighlight(agency.id);
    setNotice(
      t(mode === "add" ? "agencies.added" : "agencies.saved", { name: agency.name, code: agency.code }),
    );
    // Show where it now sits: its parents open.
    const next = new Set(open);
    if (tree) for (const parent of ancestorsOf(tree, agency.id)) next.add(parent.id);
    if (agency.parentId) next.add(agency.parentId);
    setExpanded(next);
    agencies.reload();
  }

  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={t("agencies.title")}
        intro={t("agencies.intro")}
        data-testid="agencies-title"
        actions={
          canEdit ? (
            tree && tree.roots.length === 0 ? (
              <Button onClick={() => setEdit({ mode: "add", parent: null })} data-testid="agency-add-root">
                + {t("agencies.addRoot")}
              </Button>
            ) : null
          ) : (
            <Badge color="gray" variant="light" tt="none" radius="sm" data-testid="agencies-read-only">
              {t("accounts.readOnly")}
            </Badge>
          )
        }
      />
      {notice && (
        <Alert
          color="teal"
          variant="light"
          withCloseButton
          onClose={() => setNotice(null)}
          closeButtonLabel={t("admin.close")}
          data-testid="agencies-notice"
        >
          <Text fz="sm" role="status">
            {notice}
          </Text>
        </Alert>
      )}
      {tree ? (
        <AgencyTreeView
          tree={tree}
          canEdit={canEdit}
          expanded={open}
          onExpandedChange={setExpanded}
          highlight={highlight}
          onAddChild={(parent) => setEdit({ mode: "add", parent })}
          onEdit={(agency) => setEdit({ mode: "edit", agency })}
        />
      ) : agencies.error ? (
        <Alert color="red" title={t("agencies.loadError")} data-testid="agencies-error">
          <Text fz="sm">{errorText(agencies.error, t)}</Text>
          <Button mt="sm" variant="outline" onClick={agencies.reload}>
            {t("admin.retry")}
          </Button>
        </Alert>
      ) : (
        <Center py="xl">
          <Loader aria-label={t("loading")} />
        </Center>
      )}
      <AgencyImportExport canImport={canEdit} existingCodes={existingCodes} onImported={agencies.reload} />
      <AgencyFormModal edit={edit} tree={tree} onClose={() => setEdit(null)} onSaved={saved} />
    </Stack>
  );
}
