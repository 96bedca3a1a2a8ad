import { Alert, Button, Group, Loader, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PublicProcedure } from "../../../contracts/catalog.ts";
import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { PublishedForm } from "../../../contracts/forms.ts";
import type { Issue } from "../../../domain/forms/issues.ts";
import { type SubmissionResult, validateSubmission } from "../../../domain/forms/validate-submission.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { ErrorSummary } from "../../forms/ErrorSummary.tsx";
import { issuesOfFields, topKeyOf } from "../../forms/error-paths.ts";
import { FormRenderer } from "../../forms/FormRenderer.tsx";
import { useAddressDirectory } from "../../forms/useAddressDirectory.ts";
import { visibilityOf } from "../../forms/visibility.ts";
import { isoDate, vietnamWallClock } from "../../lib/wall-clock.ts";
import { ApplicantStep } from "./ApplicantStep.tsx";
import { ComponentUploads } from "./ComponentUploads.tsx";
import { DeliveryStep } from "./DeliveryStep.tsx";
import { PrefillNotice } from "./PrefillNotice.tsx";
import { SubmissionDone, SubmissionReview } from "./SubmissionReview.tsx";
import { submissionApi } from "./submission-api.ts";
import {
  componentsOf,
  missingComponents,
  type SubmissionDraft,
  type SubmissionStep,
  signedFile,
  stepsOf,
} from "./submission-steps.ts";
import { type StartingDraft, useDraftSaving, useStartingDraft } from "./useOnlineDraft.ts";

const STEP_PREFIX = "mc-step";

/**
 * REC-4 end to end: the e-form one topic a page, the papers, the result delivery (REC-7), the
 * answers checked, then one submission per draft (its Idempotency-Key, made once here, turns a
 * double click or a retry into the same dossier).
 */
export function OnlineSubmission(props: {
  procedure: PublicProcedure;
  form: PublishedForm;
  citizen: CitizenProfile;
}) {
  const { procedure } = props;
  // Issue #14: the draft saved on the server (another device, a reload), else a new one.
  const start = useStartingDraft(procedure.id, () => ({
    key: crypto.randomUUID(),
    agencyId: procedure.agencies.length === 1 ? (procedure.agencies[0]?.id ?? "") : "",
    formData: {},
    files: {},
    resultDelivery: null,
  }));
  if (!start) return <Loader m="xl" aria-label="…" data-testid="submission-draft-loading" />;
  return <SubmissionSteps {...props} start={start} />;
}

function SubmissionSteps({
  procedure,
  form,
  citizen,
  start,
}: {
  procedure: PublicProcedure;
  form: PublishedForm;
  citizen: CitizenProfile;
  start: StartingDraft;
}) {
  const { t } = useTranslation();
  const definition = form.definition;
  const today = isoDate(vietnamWallClock(Date.now()));
  const [draft, setDraft] = useState<SubmissionDraft>(start.draft);
  const [at, setAt] = useState(start.step);
  const [tried, setTried] = useState(false);
  const [backToReview, setBackToReview] = useState(false);
  const [serverIssues, setServerIssues] = useState<Issue[] | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const rendered = useRef<SubmissionResult | null>(null);
  const top = useRef<HTMLDivElement>(null);

  const checked = useMemo(
    () => validateSubmission(definition, draft.formData, { today }),
    [definition, draft.formData, today],
  );
  const visibility = useMemo(
    () => visibilityOf(definition, draft.formData, checked.ok ? [] : checked.errors),
    [definition, draft.formData, checked],
  );
  const steps = useMemo(() => stepsOf(definition, (i) => visibility.section(i)), [definition, visibility]);
  const provinces = useMemo(() => provincesIn(draft.formData), [draft.formData]);
  const addresses = useAddressDirectory(at === steps.length - 1, provinces);
  const step = steps[Math.min(at, steps.length - 1)] as SubmissionStep;
  const saving = useDraftSaving(procedure.id, form.version, draft, at);
  const update = (change: Partial<SubmissionDraft>) => setDraft((d) => ({ ...d, ...change }));

  function go(next: number) {
    setAt(next);
    setTried(false);
    requestAnimationFrame(() => {
      top.current?.scrollIntoView({ block: "start" });
      top.current?.focus({ preventScroll: true });
    });
  }

  /** The problems of this page that keep the applicant here. */
  function problems(): Issue[] {
    if (step.kind === "applicant")
      return draft.agencyId ? [] : [issue("agency", t("onlineSubmission.applicant.agencyMissing"))];
    if (step.kind === "section") {
      const result = rendered.current ?? checked;
      const keys = new Set(definition.sections.find((s) => s.key === step.key)?.fields.map((f) => f.key));
      return result.ok ? [] : issuesOfFields(result.errors, keys);
    }
    if (step.kind === "components")
      return missingComponents(procedure.components, draft.files).map((index) =>
        issue(
          `components[${index}]`,
          t("onlineSubmission.components.missing", { name: procedure.components[index]?.name ?? "" }),
        ),
      );
    if (step.kind === "delivery")
      return draft.resultDelivery ? [] : [issue("delivery", t("onlineSubmission.delivery.missing"))];
    return procedure.digitalSignatureRequired && !signedFile(draft.files)
      ? [issue("signed", t("onlineSubmission.signature.missing"))]
      : [];
  }

  function next() {
    if (problems().length > 0) {
      setTried(true);
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>("[data-testid=form-error-summary]")?.focus(),
      );
      return;
    }
    if (step.kind === "review") return void submit();
    go(backToReview ? steps.length - 1 : at + 1);
  }

  async function submit() {
    setSending(true);
    setFailure(null);
    try {
      const view = await submissionApi.submit(
        {
          agencyId: draft.agencyId,
          procedureId: procedure.id,
          formData: draft.formData,
          components: componentsOf(draft.files),
          resultDelivery: draft.resultDelivery ?? "counter",
        },
        draft.key,
      );
      saving.stop();
      setDone(view.code);
      requestAnimationFrame(() => document.getElementById("mc-submission-done")?.focus());
    } catch (error) {
      placeFailure(error);
    } finally {
      setSending(false);
    }
  }

  /** A refusal that names fields or papers sends the applicant to the page that shows them. */
  function placeFailure(error: unknown) {
    const code = error instanceof ApiError ? error.code : "";
    const fieldIssues = error instanceof ApiError ? (error.problem.errors ?? []) : [];
    if (code === "FORM_DATA_INVALID" && fieldIssues.length > 0) {
      const issues = fieldIssues.map((e) => ({ path: e.path, code: e.code ?? code, message: e.message }));
      setServerIssues(issues);
      const first = topKeyOf(issues[0]?.path ?? "");
      const index = steps.findIndex(
        (s) =>
          s.kind === "section" &&
          definition.sections.find((d) => d.key === s.key)?.fields.some((f) => f.key === first),
      );
      setBackToReview(true);
      if (index >= 0) return go(index);
    }
    if (code === "COMPONENTS_MISSING") {
      setBackToReview(true);
      return go(steps.findIndex((s) => s.kind === "components"));
    }
    setFailure(error);
  }

  if (done) return <SubmissionDone code={done} />;

  const stepIssues = tried ? problems() : [];
  const title = step.kind === "section" ? step.title : t(`onlineSubmission.steps.${step.kind}`);
  return (
    <Stack gap="md" data-testid="online-submission" data-step={step.kind}>
      <div ref={top} tabIndex={-1} style={{ outline: "none" }}>
        <Text fz="sm" c="gray.7" fw={600} data-testid="submission-progress">
          {t("onlineSubmission.progress", { n: at + 1, total: steps.length })}
        </Text>
        <Progress value={((at + 1) / steps.length) * 100} size="sm" mt={4} aria-hidden="true" />
        <Title order={2} fz={{ base: "1.25rem", sm: "1.5rem" }} mt="sm" data-testid="submission-step-title">
          {title}
        </Title>
      </div>
      <Paper withBorder p={{ base: "sm", sm: "xl" }}>
        {step.kind !== "section" && stepIssues.length > 0 && (
          <ErrorSummary
            issues={stepIssues}
            idPrefix={STEP_PREFIX}
            inputPaths={stepIssues.map((i) => i.path)}
          />
        )}
        {step.kind === "applicant" && (
          <ApplicantStep
            citizen={citizen}
            procedure={procedure}
            agencyId={draft.agencyId}
            onAgency={(agencyId) => update({ agencyId })}
          />
        )}
        {step.kind === "section" && (
          <>
            <Text fz="sm" c="gray.7" mb="md">
              {t("onlineForm.requiredNote")}
            </Text>
            {start.prefill && <PrefillNotice prefill={start.prefill} />}
            <FormRenderer
              definition={definition}
              value={draft.formData}
              onChange={(formData) => {
                update({ formData });
                setServerIssues(undefined);
              }}
              today={today}
              showAllErrors={tried}
              serverIssues={serverIssues}
              onResult={(result) => {
                rendered.current = result;
              }}
              sectionKeys={[step.key]}
            />
          </>
        )}
        {step.kind === "components" && (
          <ComponentUploads
            components={procedure.components}
            files={draft.files}
            onChange={(index, files) => update({ files: { ...draft.files, [index]: files } })}
            errors={new Set(tried ? missingComponents(procedure.components, draft.files) : [])}
            signatureRequired={procedure.digitalSignatureRequired}
          />
        )}
        {step.kind === "delivery" && (
          <DeliveryStep
            citizen={citizen}
            value={draft.resultDelivery}
            onChange={(resultDelivery) => update({ resultDelivery })}
            error={tried && !draft.resultDelivery}
          />
        )}
        {step.kind === "review" && (
          <SubmissionReview
            procedure={procedure}
            definition={definition}
            citizen={citizen}
            draft={draft}
            steps={steps}
            values={checked.ok ? checked.values : draft.formData}
            directory={addresses.directory}
            onChange={(index) => {
              setBackToReview(true);
              go(index);
            }}
            signatureError={tried && procedure.digitalSignatureRequired && !signedFile(draft.files)}
          />
        )}
      </Paper>
      {failure !== null && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t("onlineSubmission.failed")}
          data-testid="submission-failed"
        >
          <Text fz="sm">{errorText(failure, t)}</Text>
        </Alert>
      )}
      <Group gap="sm">
        {at > 0 && (
          <Button variant="default" size="md" onClick={() => go(at - 1)} disabled={sending}>
            {t("onlineSubmission.back")}
          </Button>
        )}
        <Button
          size="md"
          onClick={next}
          loading={sending}
          data-testid={step.kind === "review" ? "submission-send" : "submission-next"}
        >
          {step.kind === "review"
            ? t("onlineSubmission.send")
            : backToReview
              ? t("onlineSubmission.saveAndReview")
              : t("onlineSubmission.next")}
        </Button>
      </Group>
    </Stack>
  );
}

function issue(path: string, message: string): Issue {
  return { path, code: "REQUIRED", message };
}

/** The provinces chosen anywhere in the form data (their communes name the addresses read back). */
function provincesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(provincesIn);
  if (typeof value !== "object" || value === null) return [];
  const own = (value as Record<string, unknown>).provinceCode;
  const codes = typeof own === "string" && own !== "" ? [own] : [];
  return [...codes, ...Object.values(value).flatMap(provincesIn)];
}
