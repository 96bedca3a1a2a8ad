import { Alert, Anchor, Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PublicProcedure } from "../../../contracts/catalog.ts";
import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { AddressDirectory } from "../../../domain/forms/address.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import { FormAnswers } from "../../forms/FormAnswers.tsx";
import { type SubmissionDraft, type SubmissionStep, signedFile } from "./submission-steps.ts";

/**
 * Check your answers (REC-4): everything that will be sent, one block per step with a link back
 * to change it; where the procedure requires a digital signature, the signed file the server
 * verified is named here (or its absence), before sending.
 */
export function SubmissionReview({
  procedure,
  definition,
  citizen,
  draft,
  steps,
  values,
  directory,
  onChange,
  signatureError,
}: {
  procedure: PublicProcedure;
  definition: FormDefinition;
  citizen: CitizenProfile;
  draft: SubmissionDraft;
  steps: readonly SubmissionStep[];
  /** The checked e-form values (hidden fields left out). */
  values: Readonly<Record<string, unknown>>;
  directory: AddressDirectory | undefined;
  onChange: (step: number) => void;
  signatureError: boolean;
}) {
  const { t } = useTranslation();
  const agency = procedure.agencies.find((a) => a.id === draft.agencyId);
  const block = (step: number, title: string, children: ReactNode) => (
    <Paper withBorder p="md" key={`${step}-${title}`} data-testid={`review-step-${step}`}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Title order={3} fz="md">
          {title}
        </Title>
        <Anchor
          component="button"
          type="button"
          fz="sm"
          onClick={() => onChange(step)}
          aria-label={t("onlineSubmission.review.changeLabel", { title })}
        >
          {t("onlineSubmission.review.change")}
        </Anchor>
      </Group>
      {children}
    </Paper>
  );
  return (
    <Stack gap="md" data-testid="submission-review">
      <Text fz="sm" c="gray.7">
        {t("onlineSubmission.review.intro")}
      </Text>
      {steps.map((step, i) => {
        if (step.kind === "applicant")
          return block(
            i,
            t("onlineSubmission.steps.applicant"),
            <Text fz="sm">
              {citizen.organization?.name ?? citizen.fullName} · {agency?.name ?? "—"}
            </Text>,
          );
        if (step.kind === "section") {
          const section = definition.sections.find((s) => s.key === step.key);
          return section
            ? block(i, step.title, <FormAnswers section={section} values={values} directory={directory} />)
            : null;
        }
        if (step.kind === "components")
          return block(
            i,
            t("onlineSubmission.steps.components"),
            <Box component="ul" m={0} pl="md">
              {procedure.components.map((component, index) => (
                <Text component="li" fz="sm" key={component.name}>
                  {component.name}:{" "}
                  {(draft.files[index] ?? []).map((f) => f.name ?? f.id).join(", ") ||
                    t("onlineSubmission.review.noFile")}
                </Text>
              ))}
            </Box>,
          );
        if (step.kind === "delivery")
          return block(
            i,
            t("onlineSubmission.steps.delivery"),
            <Text fz="sm">
              {draft.resultDelivery ? t(`onlineSubmission.delivery.${draft.resultDelivery}`) : "—"}
            </Text>,
          );
        return null;
      })}
      {procedure.digitalSignatureRequired && (
        <Alert
          color="yellow"
          variant="light"
          title={t("onlineSubmission.signature.title")}
          data-testid="submission-signature"
        >
          <Text fz="sm" mb="sm">
            {t("onlineSubmission.signature.body")}
          </Text>
          <SignatureStatus draft={draft} error={signatureError} />
        </Alert>
      )}
    </Stack>
  );
}

/** REC-4: the signed file the server verified at upload, or what is missing (focus target of the error summary). */
function SignatureStatus({ draft, error }: { draft: SubmissionDraft; error: boolean }) {
  const { t } = useTranslation();
  const file = signedFile(draft.files);
  const signer = file?.signature?.signer;
  return (
    <Box id="mc-step-signed" tabIndex={-1} data-testid="submission-signature-status">
      {file && signer ? (
        <Text fz="sm" c="teal.9" fw={600}>
          {t("onlineSubmission.signature.found", { name: signer.commonName, file: file.name ?? file.id })}
        </Text>
      ) : (
        <Text fz="sm" c={error ? "red.9" : undefined} fw={600} role={error ? "alert" : undefined}>
          {t("onlineSubmission.signature.missing")}
        </Text>
      )}
      <Text fz="xs" c="gray.7" mt={4}>
        {t("onlineSubmission.signature.trustNote")}
      </Text>
    </Box>
  );
}

/** After sending: the dossier's code, where to follow it. */
export function SubmissionDone({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      data-testid="submission-done"
      style={{ borderTop: "6px solid var(--mantine-color-teal-6)" }}
    >
      <Title
        order={2}
        fz={{ base: "1.25rem", sm: "1.5rem" }}
        c="teal.9"
        tabIndex={-1}
        id="mc-submission-done"
      >
        {t("onlineSubmission.done.title")}
      </Title>
      <Text mt="sm">{t("onlineSubmission.done.codeLabel")}</Text>
      <Text fw={700} fz="xl" ff="monospace" className="mc-break" data-testid="submission-code">
        {code}
      </Text>
      <Text fz="sm" mt="sm">
        {t("onlineSubmission.done.next")}
      </Text>
      <Group mt="md" gap="sm">
        <Button component="a" href={`/tra-cuu?ma=${encodeURIComponent(code)}`} variant="light">
          {t("onlineSubmission.done.lookup")}
        </Button>
        <Button component="a" href="/cong-dan/ho-so" variant="default" data-testid="submission-my-dossiers">
          {t("onlineSubmission.done.myDossiers")}
        </Button>
      </Group>
    </Paper>
  );
}
