import "./reception.css";
import { Button, Group, Paper, Stack } from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReceptionResult } from "../../../contracts/dossiers.ts";
import type { Issue } from "../../../domain/forms/issues.ts";
import type { SubmissionResult } from "../../../domain/forms/validate-submission.ts";
import { ApiError } from "../../api-client/client.ts";
import { api } from "../../api-client/endpoints.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { type ReceptionBody, receptionApi } from "../../api-client/reception.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { ApplicantSection } from "./ApplicantSection.tsx";
import { ComponentsSection } from "./ComponentsSection.tsx";
import { DeliverySection } from "./DeliverySection.tsx";
import { EFormSection } from "./EFormSection.tsx";
import { LateEntrySection } from "./LateEntrySection.tsx";
import { OutcomeSection } from "./OutcomeSection.tsx";
import { ProcedureSection } from "./ProcedureSection.tsx";
import { ReceptionErrorSummary } from "./ReceptionErrorSummary.tsx";
import {
  componentDrafts,
  emptyDraft,
  missingRequired,
  pageErrors,
  preselectedAgency,
  sendsForm,
  toRequest,
} from "./reception-draft.ts";
import { useReceptionProcedure } from "./useReceptionProcedure.ts";

interface Failure {
  detail: string;
  errors: Record<string, string>;
  /** The server's check of the e-form (FORM_DATA_INVALID), shown in the form itself. */
  formIssues: Issue[];
}

/**
 * The counter's entry of one dossier, from the procedure to the check's outcome, sent once with an
 * `Idempotency-Key` of its own (a double click or a retry gets the first answer, not a second dossier).
 */
export function ReceptionForm({
  officerAgencyId,
  onDone,
}: {
  /** The receiving officer's agency: the agency it belongs to is preselected. */
  officerAgencyId: string;
  /** The answer, with the body sent (a counter Mẫu 02 is printed from it). */
  onDone: (result: ReceptionResult, body: ReceptionBody) => void;
}) {
  const { t } = useTranslation();
  const [procedureId, setProcedureId] = useState<string | null>(null);
  const [chosenDraft, setDraft] = useState(emptyDraft);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [showFormErrors, setShowFormErrors] = useState(false);
  const formCheck = useRef<SubmissionResult | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const loaded = useReceptionProcedure(procedureId);
  const chosen = loaded.data;
  const procedure = chosen?.procedure ?? null;
  const catalog = procedure?.components ?? [];
  const errors = failure?.errors ?? {};
  const directory = useFetched("agencies", (signal) => api.publicAgencies(signal));
  // Until the officer chooses, the agency their seat belongs to (or the only one offered).
  const draft = {
    ...chosenDraft,
    agencyId:
      chosenDraft.agencyId ??
      (procedure
        ? preselectedAgency(procedure.agencies, officerAgencyId, directory.data?.agencies ?? [])
        : null),
  };

  // A newly chosen procedure brings its own agencies, dossier list and e-form.
  useEffect(() => {
    if (!chosen) return;
    setDraft((d) => ({
      ...d,
      agencyId: null,
      components: componentDrafts(chosen.procedure.components),
      formData: {},
    }));
    setFailure(null);
    setShowFormErrors(false);
  }, [chosen]);

  function fail(next: Failure) {
    setFailure(next);
    requestAnimationFrame(() => summary.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!procedure || !draft.agencyId) {
      fail({ detail: t("counterReception.chooseProcedureFirst"), errors: {}, formIssues: [] });
      return;
    }
    if (chosen?.form != null && sendsForm(draft) && formCheck.current && !formCheck.current.ok) {
      // The browser's check of the e-form first: its summary lists every problem.
      setShowFormErrors(true);
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>("[data-testid=form-error-summary]")?.focus(),
      );
      return;
    }
    const { body, componentIndexes } = toRequest(draft, procedure.id, chosen?.form != null);
    setBusy(true);
    try {
      onDone(await receptionApi.receive(body, idempotencyKey), body);
    } catch (error) {
      const formInvalid = error instanceof ApiError && error.code === "FORM_DATA_INVALID";
      const issues = formInvalid ? (error.problem.errors ?? []) : [];
      setShowFormErrors(formInvalid || showFormErrors);
      fail({
        detail: errorText(error, t),
        errors: formInvalid ? {} : pageErrors(fieldErrors(error), componentIndexes),
        formIssues: issues.map((issue) => ({ ...issue, code: issue.code ?? "" })),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="reception-form">
      <Stack gap="lg" className="mc-numbered-parts">
        <ProcedureSection
          procedureId={procedureId}
          procedure={procedure}
          loadError={loaded.error}
          agencyId={draft.agencyId}
          errors={errors}
          onProcedure={setProcedureId}
          onAgency={(agencyId) => setDraft({ ...draft, agencyId })}
        />
        <ApplicantSection
          applicant={draft.applicant}
          errors={errors}
          onChange={(applicant) => setDraft({ ...draft, applicant })}
        />
        {chosen?.form && (
          <EFormSection
            form={chosen.form}
            value={draft.formData}
            showAllErrors={showFormErrors}
            serverIssues={failure?.formIssues ?? []}
            onChange={(formData) => setDraft({ ...draft, formData })}
            onResult={(result) => {
              formCheck.current = result;
            }}
          />
        )}
        {procedure && (
          <ComponentsSection
            catalog={catalog}
            drafts={draft.components}
            errors={errors}
            onChange={(components) => setDraft({ ...draft, components })}
          />
        )}
        <DeliverySection
          channel={draft.channel}
          resultDelivery={draft.resultDelivery}
          onChange={(change) => setDraft({ ...draft, ...change })}
        />
        <LateEntrySection
          value={draft.lateEntry}
          errors={errors}
          onChange={(lateEntry) => setDraft({ ...draft, lateEntry })}
        />
        <OutcomeSection
          value={draft}
          missingRequired={missingRequired(catalog, draft.components)}
          errors={errors}
          onChange={(change) => setDraft({ ...draft, ...change })}
        />
        <Paper withBorder p={{ base: "md", sm: "xl" }}>
          {failure && (
            <ReceptionErrorSummary
              ref={summary}
              detail={failure.detail}
              errors={failure.errors}
              formIssues={failure.formIssues.length}
              catalog={catalog}
            />
          )}
          <Group gap="sm" mt={failure ? "md" : 0}>
            <Button
              type="submit"
              size="md"
              loading={busy}
              color={draft.outcome === "complete" ? undefined : "red.9"}
              data-testid="reception-submit"
            >
              {t(`counterReception.submit.${draft.outcome}`)}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
