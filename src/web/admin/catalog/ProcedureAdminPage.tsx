import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type {
  ProcedureVersionDetail,
  ProcedureVersionList,
  VersionStatus,
} from "../../../contracts/catalog.ts";
import { adminCatalogApi } from "../../api-client/catalog.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { ConfirmModal } from "../draft-editing/ConfirmModal.tsx";
import { DraftActions } from "../draft-editing/DraftActions.tsx";
import { DraftOutcomeAlerts } from "../draft-editing/DraftOutcomeAlerts.tsx";
import { type DraftOutcome, failureWithErrors } from "../draft-editing/draft-outcome.ts";
import { useLeaveWarning } from "../draft-editing/useLeaveWarning.ts";
import { type DraftInput, draftOf, draftProblems } from "./draft.ts";
import { ProcedureForm } from "./ProcedureForm.tsx";
import { CATALOG_ADMIN_PATH, procedureAdminPath } from "./paths.ts";

const STATUS_COLORS: Record<VersionStatus, string> = { draft: "blue", published: "teal", retired: "gray" };

/** `/quan-tri/thu-tuc/:id`: the versions of a procedure; the draft (`?phienban=N`) edited and published. */
export function ProcedureAdminPage({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const [attempt, setAttempt] = useState(0);
  const versions = useFetched(`${id}|${attempt}`, (signal) => adminCatalogApi.versions(id, signal));
  const list = versions.data;
  const draftVersion = list?.versions.find((v) => v.status === "draft")?.version ?? null;
  const requested = Number(params.get("phienban")) || null;
  const selected = requested ?? draftVersion ?? list?.publishedVersion ?? list?.versions[0]?.version ?? null;
  const detail = useFetched(`${id}|${selected}|${attempt}`, (signal) =>
    selected === null ? Promise.resolve(null) : adminCatalogApi.version(id, selected, signal),
  );
  const manage = can(officer.roles, "catalog.manage");
  const [busy, setBusy] = useState<null | "draft" | "unpublish">(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmUnpublish, setConfirmUnpublish] = useState(false);

  const go = (version: number | null) => {
    navigate(procedureAdminPath(id, version));
    setAttempt((n) => n + 1);
  };

  async function newDraft(from: ProcedureVersionDetail) {
    setBusy("draft");
    setFailure(null);
    try {
      go((await adminCatalogApi.createDraft(id, draftOf(from))).version);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  async function unpublish() {
    setBusy("unpublish");
    setFailure(null);
    try {
      await adminCatalogApi.unpublish(id);
      setConfirmUnpublish(false);
      go(null);
    } catch (error) {
      setConfirmUnpublish(false);
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  if (versions.loading && !list) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (!list) {
    return (
      <Alert color="red" title={t("adminCatalog.loadError")}>
        {errorText(versions.error, t)}
      </Alert>
    );
  }
  const shown = detail.data;
  const name = shown?.name ?? list.versions[0]?.name ?? list.code;

  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={name}
        pageTitle={t("adminCatalog.pageTitle", { name })}
        back={{ to: CATALOG_ADMIN_PATH, label: t("adminCatalog.backToList") }}
        intro={t("adminCatalog.code", { code: list.code })}
        data-testid="procedure-admin-title"
      >
        <VersionTable list={list} selected={selected} onSelect={go} />
        <Group mt="md" gap="sm">
          {manage && draftVersion === null && shown && (
            <Button
              variant="light"
              loading={busy === "draft"}
              onClick={() => void newDraft(shown)}
              data-testid="procedure-new-draft"
            >
              {t("adminCatalog.newDraftFrom", { version: shown.version })}
            </Button>
          )}
          {list.publishedVersion !== null && (
            <Button component={Link} to={`/thu-tuc/${list.code}`} variant="default">
              {t("adminCatalog.viewOnPortal")}
            </Button>
          )}
          <Button component={Link} to={`/quan-tri/bieu-mau/${id}`} variant="default">
            {t("adminCatalog.eform")}
          </Button>
          {manage && list.publishedVersion !== null && (
            <Button
              variant="outline"
              color="red.9"
              onClick={() => setConfirmUnpublish(true)}
              data-testid="procedure-unpublish"
            >
              {t("adminCatalog.unpublish")}
            </Button>
          )}
        </Group>
        {failure !== null && (
          <Alert color="red" mt="sm" title={t("adminCatalog.actionFailed")}>
            {errorText(failure, t)}
          </Alert>
        )}
      </AdminPageHeader>

      {detail.loading && !shown ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : detail.error !== null ? (
        <Alert color="red" title={t("adminCatalog.loadError")}>
          {errorText(detail.error, t)}
        </Alert>
      ) : shown ? (
        shown.status === "draft" && manage ? (
          <DraftEditor
            key={`${shown.version}|${attempt}`}
            detail={shown}
            onSaved={() => versions.reload()}
            onPublished={(published) => go(published.version)}
            onDiscarded={() => go(null)}
          />
        ) : (
          <>
            <Text fz="sm" c="gray.7">
              {t("adminCatalog.readOnly", { status: t(`adminCatalog.versionStatus.${shown.status}`) })}
            </Text>
            <ProcedureForm value={draftOf(shown)} onChange={() => undefined} errors={{}} readOnly />
          </>
        )
      ) : null}

      <ConfirmModal
        opened={confirmUnpublish}
        onClose={() => setConfirmUnpublish(false)}
        title={t("adminCatalog.unpublishTitle")}
        message={t("adminCatalog.unpublishConfirm")}
        confirmLabel={t("adminCatalog.unpublish")}
        onConfirm={() => void unpublish()}
        loading={busy === "unpublish"}
        data-testid="procedure-unpublish-confirm"
      />
    </Stack>
  );
}

function VersionTable({
  list,
  selected,
  onSelect,
}: {
  list: ProcedureVersionList;
  selected: number | null;
  onSelect: (version: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table className="mc-stack-table" verticalSpacing={6} data-testid="procedure-versions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("adminCatalog.versions.version")}</Table.Th>
          <Table.Th>{t("adminCatalog.versions.status")}</Table.Th>
          <Table.Th>{t("adminCatalog.versions.updated")}</Table.Th>
          <Table.Th>{t("adminCatalog.versions.published")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.versions.map((v) => (
          <Table.Tr
            key={v.version}
            className="mc-row-link"
            onClick={() => onSelect(v.version)}
            bg={v.version === selected ? "blue.0" : undefined}
          >
            <Table.Td data-label={t("adminCatalog.versions.version")}>
              <Button
                variant={v.version === selected ? "filled" : "subtle"}
                size="compact-sm"
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect(v.version);
                }}
                aria-current={v.version === selected ? "true" : undefined}
              >
                {t("adminCatalog.versionN", { version: v.version })}
              </Button>
            </Table.Td>
            <Table.Td data-label={t("adminCatalog.versions.status")}>
              <Badge color={STATUS_COLORS[v.status]} variant="light" radius="sm" tt="none">
                {t(`adminCatalog.versionStatus.${v.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td data-label={t("adminCatalog.versions.updated")}>
              <Text fz="sm">{formatInstant(v.updatedAt)}</Text>
              {v.createdBy && (
                <Text fz="xs" c="gray.7">
                  {v.createdBy}
                </Text>
              )}
            </Table.Td>
            <Table.Td data-label={t("adminCatalog.versions.published")}>
              <Text fz="sm">{v.publishedAt ? formatInstant(v.publishedAt) : "—"}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DraftEditor({
  detail,
  onSaved,
  onPublished,
  onDiscarded,
}: {
  detail: ProcedureVersionDetail;
  onSaved: (detail: ProcedureVersionDetail) => void;
  onPublished: (detail: ProcedureVersionDetail) => void;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<DraftInput>(() => draftOf(detail));
  const [base, setBase] = useState(() => JSON.stringify(draftOf(detail)));
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<DraftOutcome>({ kind: "none" });
  const [busy, setBusy] = useState<null | "save" | "publish" | "discard">(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const dirty = JSON.stringify(value) !== base;
  const problems = useMemo(() => draftProblems(value), [value]);
  const errors = { ...(tried ? problems : {}), ...serverErrors };

  useLeaveWarning(dirty);

  function change(next: DraftInput) {
    setValue(next);
    setServerErrors({});
    setOutcome({ kind: "none" });
  }

  async function save(): Promise<ProcedureVersionDetail | null> {
    setTried(true);
    setBusy("save");
    try {
      const saved = await adminCatalogApi.updateDraft(detail.procedureId, detail.version, value);
      const next = draftOf(saved);
      setValue(next);
      setBase(JSON.stringify(next));
      setServerErrors({});
      setOutcome({ kind: "saved" });
      onSaved(saved);
      return saved;
    } catch (error) {
      setServerErrors(fieldErrors(error));
      setOutcome(failureWithErrors(error, t));
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function publish() {
    if (dirty && !(await save())) return;
    setBusy("publish");
    try {
      onPublished(await adminCatalogApi.publish(detail.procedureId, detail.version));
    } catch (error) {
      setOutcome(failureWithErrors(error, t));
    } finally {
      setBusy(null);
    }
  }

  async function discard() {
    setBusy("discard");
    try {
      await adminCatalogApi.discardDraft(detail.procedureId, detail.version);
      setConfirmDiscard(false);
      onDiscarded();
    } catch (error) {
      setConfirmDiscard(false);
      setOutcome(failureWithErrors(error, t));
    } finally {
      setBusy(null);
    }
  }

  const count = Object.keys(errors).length;
  return (
    <Stack gap="md" data-testid="procedure-draft-editor" data-dirty={dirty}>
      <Alert color="blue" variant="light">
        {t("adminCatalog.editingDraft", { version: detail.version })}
      </Alert>
      <ProcedureForm value={value} onChange={change} errors={errors} />
      <Paper withBorder p="md" pos="sticky" bottom={0} style={{ zIndex: 5 }}>
        <DraftActions
          testIdPrefix="procedure"
          busy={busy}
          save={{ label: t("adminCatalog.save"), onClick: () => void save() }}
          publish={{ name: "publish", label: t("adminCatalog.publish"), onClick: () => void publish() }}
          discard={{ label: t("adminCatalog.discard"), onClick: () => setConfirmDiscard(true) }}
        >
          <Text fz="sm" c={count > 0 ? "red.9" : "gray.7"} role="status">
            {count > 0
              ? t("adminCatalog.problems", { count })
              : dirty
                ? t("adminCatalog.unsaved")
                : outcome.kind === "saved"
                  ? t("adminCatalog.saved")
                  : ""}
          </Text>
        </DraftActions>
        <DraftOutcomeAlerts
          outcome={outcome}
          labels={{ failed: t("adminCatalog.actionFailed") }}
          testIdPrefix="procedure"
        />
      </Paper>
      <ConfirmModal
        opened={confirmDiscard}
        onClose={() => setConfirmDiscard(false)}
        title={t("adminCatalog.discardTitle")}
        message={t("adminCatalog.discardConfirm")}
        confirmLabel={t("adminCatalog.discard")}
        onConfirm={() => void discard()}
        loading={busy === "discard"}
      />
      <Anchor component={Link} to={CATALOG_ADMIN_PATH} fz="sm">
        {t("adminCatalog.backToList")}
      </Anchor>
    </Stack>
  );
}
