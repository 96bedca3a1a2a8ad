import {
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { FormVersionDetail, FormVersionList, FormVersionStatus } from "../../../contracts/forms.ts";
import type { FormDefinitionInput } from "../../../domain/forms/definition.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { adminFormsApi } from "../../api-client/forms.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { FormEditor } from "./FormEditor.tsx";
import { FormPreview } from "./FormPreview.tsx";
import { FORMS_PATH, formPath } from "./paths.ts";

const STATUS_COLORS: Record<FormVersionStatus, string> = {
  draft: "blue",
  published: "teal",
  retired: "gray",
};

/**
 * `/quan-tri/bieu-mau/:procedureId`: the versions of a procedure's e-form; the draft (`?phienban=N`)
 * is edited as JSON beside a live preview; a published version is shown and can be copied into a
 * new draft.
 */
export function FormPage({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { procedureId = "" } = useParams();
  const [params] = useSearchParams();
  const [attempt, setAttempt] = useState(0);
  const versions = useFetched(`${procedureId}|${attempt}`, (signal) =>
    adminFormsApi.versions(procedureId, signal),
  );
  const list = versions.data;
  const requested = Number(params.get("phienban")) || null;
  const selected =
    requested ?? list?.draftVersion ?? list?.publishedVersion ?? list?.versions[0]?.version ?? null;
  const detail = useFetched(`${procedureId}|${selected}|${attempt}`, (signal) =>
    selected === null ? Promise.resolve(null) : adminFormsApi.version(procedureId, selected, signal),
  );
  const canManage = can(officer.roles, "forms.manage");
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);

  const go = (version: number | null) => {
    navigate(formPath(procedureId, version));
    setAttempt((n) => n + 1);
  };

  async function startDraft(definition: unknown) {
    setCreating(true);
    setCreateError(null);
    try {
      const created = await adminFormsApi.createDraft(procedureId, definition);
      go(created.version);
    } catch (error) {
      setCreateError(error);
    } finally {
      setCreating(false);
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
      <Alert color="red" title={t("adminForms.loadError")}>
        {errorText(versions.error, t)}
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={list.procedureName}
        pageTitle={t("adminForms.pageTitle", { name: list.procedureName })}
        back={{ to: FORMS_PATH, label: t("adminForms.backToList") }}
        intro={t("adminForms.code", { code: list.procedureCode })}
        data-testid="form-title"
      >
        <VersionTable list={list} selected={selected} onSelect={go} />
        {canManage && list.draftVersion === null && (
          <Group mt="md" gap="sm">
            <Button
              variant="light"
              loading={creating}
              onClick={() => void startDraft(detail.data?.definition ?? starter(list.procedureName))}
              data-testid="form-new-draft"
            >
              {detail.data
                ? t("adminForms.newDraftFrom", { version: detail.data.version })
                : t("adminForms.newForm")}
            </Button>
          </Group>
        )}
        {createError !== null && (
          <Alert color="red" mt="sm" title={t("adminForms.createFailed")}>
            {errorText(createError, t)}
            {createError instanceof ApiError &&
              (createError.problem.errors ?? []).slice(0, 10).map((e) => (
                <Text fz="sm" key={e.path + e.message}>
                  {e.path}: {e.message}
                </Text>
              ))}
          </Alert>
        )}
      </AdminPageHeader>

      {detail.loading && !detail.data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : detail.error !== null ? (
        <Alert color="red" title={t("adminForms.loadError")}>
          {errorText(detail.error, t)}
        </Alert>
      ) : detail.data ? (
        detail.data.status === "draft" && canManage ? (
          <FormEditor
            key={`${detail.data.version}|${attempt}`}
            detail={detail.data}
            onSaved={() => versions.reload()}
            onPublished={(published) => go(published.version)}
            onDiscarded={() => go(null)}
            onReload={() => setAttempt((n) => n + 1)}
          />
        ) : (
          <VersionView detail={detail.data} />
        )
      ) : (
        <Paper withBorder p="xl" data-testid="form-none">
          <Text>{t("adminForms.none")}</Text>
        </Paper>
      )}
    </Stack>
  );
}

function VersionTable({
  list,
  selected,
  onSelect,
}: {
  list: FormVersionList;
  selected: number | null;
  onSelect: (version: number) => void;
}) {
  const { t } = useTranslation();
  if (list.versions.length === 0) return <Text c="gray.7">{t("adminForms.noVersions")}</Text>;
  return (
    <Table className="mc-stack-table" verticalSpacing={6} data-testid="form-versions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("adminForms.versions.version")}</Table.Th>
          <Table.Th>{t("adminForms.versions.status")}</Table.Th>
          <Table.Th>{t("adminForms.versions.title")}</Table.Th>
          <Table.Th>{t("adminForms.versions.updated")}</Table.Th>
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
            <Table.Td data-label={t("adminForms.versions.version")}>
              <Button
                variant={v.version === selected ? "filled" : "subtle"}
                size="compact-sm"
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect(v.version);
                }}
                aria-current={v.version === selected ? "true" : undefined}
              >
                {t("adminForms.versionN", { version: v.version })}
              </Button>
            </Table.Td>
            <Table.Td data-label={t("adminForms.versions.status")}>
              <Badge color={STATUS_COLORS[v.status]} variant="light" radius="sm" tt="none">
                {t(`adminForms.status.${v.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td data-label={t("adminForms.versions.title")}>
              {v.title}{" "}
              <Text span c="gray.7" fz="sm">
                ({t("adminForms.versions.fields", { count: v.fieldCount })})
              </Text>
            </Table.Td>
            <Table.Td data-label={t("adminForms.versions.updated")}>
              <Text fz="sm">{formatInstant(v.updatedAt)}</Text>
              {v.createdBy && (
                <Text fz="xs" c="gray.7">
                  {v.createdBy}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function VersionView({ detail }: { detail: FormVersionDetail }) {
  const { t } = useTranslation();
  return (
    <Box className="mc-form-columns">
      <Paper withBorder p="md">
        <Title order={2} fz="h4" mb="xs">
          {t("adminForms.view.definition")}
        </Title>
        {detail.publishedAt && (
          <Text fz="sm" c="gray.7" mb="sm">
            {t("adminForms.view.published", {
              at: formatInstant(detail.publishedAt),
              by: detail.publishedBy ?? "—",
            })}
          </Text>
        )}
        <pre className="mc-json" style={{ maxHeight: 640, overflow: "auto" }} data-testid="form-json-view">
          {JSON.stringify(detail.definition, null, 2)}
        </pre>
      </Paper>
      <FormPreview definition={detail.definition} />
    </Box>
  );
}

/** A first form to adapt: who asks, their ID number and phone, the declaration. */
function starter(procedureName: string): FormDefinitionInput {
  return {
    schemaVersion: 1,
    title: `Tờ khai ${procedureName.charAt(0).toLocaleLowerCase("vi")}${procedureName.slice(1)}`,
    sections: [
      {
        key: "nguoiYeuCau",
        title: "Người yêu cầu",
        fields: [
          {
            key: "hoTen",
            type: "text",
            label: "Họ, chữ đệm và tên",
            required: true,
            prefill: "fullName",
            width: "half",
          },
          {
            key: "soDinhDanh",
            type: "idNumber",
            label: "Số định danh cá nhân",
            required: true,
            prefill: "identityNumber",
            width: "half",
          },
          { key: "noiCuTru", type: "address", label: "Nơi cư trú", required: true },
          {
            key: "dienThoai",
            type: "phone",
            label: "Số điện thoại",
            required: true,
            prefill: "phone",
            width: "half",
          },
          { key: "email", type: "email", label: "Thư điện tử", prefill: "email", width: "half" },
        ],
      },
      {
        key: "camDoan",
        title: "Cam đoan",
        fields: [
          {
            key: "camDoan",
            type: "checkbox",
            label: "Tôi cam đoan nội dung khai trên là đúng sự thật",
            required: true,
          },
        ],
      },
    ],
  };
}
