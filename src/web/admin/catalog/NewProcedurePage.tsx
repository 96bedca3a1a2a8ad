import { Alert, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ProcedureCode } from "../../../contracts/catalog.ts";
import { adminCatalogApi } from "../../api-client/catalog.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { type DraftInput, draftProblems, emptyDraft } from "./draft.ts";
import { ProcedureForm } from "./ProcedureForm.tsx";
import { CATALOG_ADMIN_PATH, procedureAdminPath } from "./paths.ts";

/** `/quan-tri/thu-tuc/them-moi`: a procedure by its national code; its version 1 starts as a draft. */
export function NewProcedurePage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="catalog.manage" title={t("adminCatalog.newTitle")}>
      {() => <NewProcedure />}
    </RequireOfficer>
  );
}

function NewProcedure() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  const [value, setValue] = useState<DraftInput>(emptyDraft);
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problems = useMemo(() => {
    const found = draftProblems(value);
    const checked = ProcedureCode.safeParse(code);
    if (!checked.success) found.code = checked.error.issues[0]?.message ?? "";
    return found;
  }, [value, code]);
  const errors = { ...(tried ? problems : {}), ...serverErrors };

  async function create() {
    setTried(true);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const created = await adminCatalogApi.create({ code: code.trim(), ...value });
      navigate(procedureAdminPath(created.procedureId, created.version));
    } catch (error) {
      setServerErrors(fieldErrors(error));
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={t("adminCatalog.newTitle")}
        intro={t("adminCatalog.newIntro")}
        back={{ to: CATALOG_ADMIN_PATH, label: t("adminCatalog.backToList") }}
        data-testid="procedure-new-title"
      />
      <ProcedureForm
        value={value}
        onChange={(next) => {
          setValue(next);
          setServerErrors({});
        }}
        errors={errors}
        before={
          <TextInput
            label={t("adminCatalog.form.code")}
            description={t("adminCatalog.form.codeHint")}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
            required
            maw={280}
            data-testid="procedure-form-code"
          />
        }
      />
      <Paper withBorder p="md">
        <Group gap="sm">
          <Button onClick={() => void create()} loading={busy} data-testid="procedure-create">
            {t("adminCatalog.create")}
          </Button>
          {tried && Object.keys(errors).length > 0 && (
            <Text fz="sm" c="red.9">
              {t("adminCatalog.problems", { count: Object.keys(errors).length })}
            </Text>
          )}
        </Group>
        {failure !== null && (
          <Alert color="red" mt="sm" title={t("adminCatalog.actionFailed")}>
            {errorText(failure, t)}
          </Alert>
        )}
      </Paper>
    </Stack>
  );
}
