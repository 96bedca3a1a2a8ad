import {
  Alert,
  Button,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FEEDBACK_CONTENT_MAX, type FeedbackReceipt } from "../../../contracts/satisfaction.ts";
import { errorText } from "../../api-client/error-text.ts";
import { formatMoment } from "../../citizen/format.ts";
import { useCitizenSession } from "../../citizen/useCitizenSession.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAction } from "../../lib/useAction.ts";
import { useAgencies } from "../useAgencies.ts";
import { satisfactionApi } from "./api.ts";
import { FeedbackAnswers } from "./FeedbackAnswers.tsx";

/** SAT-3: 10 working days, as the server's FEEDBACK_ANSWER_WORKING_DAYS (shown, not computed). */
const ANSWER_DAYS = 10;

const EMPTY = { agencyId: "", subject: "", content: "", dossierCode: "", procedureCode: "" };
const NO_CONTACT = { contactName: "", contactPhone: "", contactEmail: "" };

/**
 * `/phan-anh-kien-nghi` (SAT-3): anyone sends a feedback or petition to an agency, signed in or
 * with a name and a phone or e-mail; below, their own (signed in) and the published answers.
 */
export default function FeedbackPage() {
  const { t } = useTranslation();
  const { session } = useCitizenSession();
  const signedIn = session.status === "signedIn";
  const [sent, setSent] = useState<FeedbackReceipt | null>(null);
  return (
    <Stack gap="lg" data-testid="feedback-page">
      <PageTitle>{t("satisfaction.feedback.pageTitle")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Title order={1} c="brand.8" fz={{ base: "1.5rem", sm: "1.875rem" }} mb={4}>
          {t("satisfaction.feedback.pageTitle")}
        </Title>
        <Text c="gray.8" mb="md">
          {t("satisfaction.feedback.intro", { days: ANSWER_DAYS })}
        </Text>
        {sent && (
          <Alert color="teal" mb="md" role="status" data-testid="feedback-sent">
            {t("satisfaction.feedback.sent", { due: formatMoment(sent.dueAt) })}
          </Alert>
        )}
        <FeedbackForm key={sent?.id ?? "new"} signedIn={signedIn} onSent={setSent} />
      </Paper>
      <FeedbackAnswers signedIn={signedIn} refreshKey={sent?.id ?? ""} />
    </Stack>
  );
}

function FeedbackForm({
  signedIn,
  onSent,
}: {
  signedIn: boolean;
  onSent: (receipt: FeedbackReceipt) => void;
}) {
  const { t } = useTranslation();
  const { state } = useAgencies();
  const [form, setForm] = useState({ ...EMPTY, ...NO_CONTACT });
  const send = useAction();
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }));
  const agencies =
    state.status === "ready"
      ? [...state.agencies]
          .sort((a, b) => a.name.localeCompare(b.name, "vi"))
          .map((agency) => ({ value: agency.id, label: agency.name }))
      : [];
  const submit = () =>
    send.run(async () => {
      onSent(
        await satisfactionApi.submitFeedback({
          agencyId: form.agencyId,
          subject: form.subject,
          content: form.content,
          dossierCode: form.dossierCode,
          procedureCode: form.procedureCode,
          ...(signedIn
            ? {}
            : {
                contactName: form.contactName,
                contactPhone: form.contactPhone,
                contactEmail: form.contactEmail,
              }),
        }),
      );
    });
  return (
    <Stack gap="sm">
      <Select
        label={t("satisfaction.feedback.agency")}
        data={agencies}
        value={form.agencyId || null}
        onChange={(value) => set("agencyId")(value ?? "")}
        searchable
        required
        size="md"
        data-testid="feedback-agency"
      />
      <TextInput
        label={t("satisfaction.feedback.subject")}
        value={form.subject}
        maxLength={200}
        required
        size="md"
        onChange={(event) => set("subject")(event.currentTarget.value)}
        data-testid="feedback-subject"
      />
      <Textarea
        label={t("satisfaction.feedback.content")}
        value={form.content}
        maxLength={FEEDBACK_CONTENT_MAX}
        autosize
        minRows={4}
        required
        size="md"
        onChange={(event) => set("content")(event.currentTarget.value)}
        data-testid="feedback-content"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t("satisfaction.feedback.dossierCode")}
          value={form.dossierCode}
          size="md"
          onChange={(event) => set("dossierCode")(event.currentTarget.value)}
        />
        <TextInput
          label={t("satisfaction.feedback.procedureCode")}
          value={form.procedureCode}
          size="md"
          onChange={(event) => set("procedureCode")(event.currentTarget.value)}
        />
      </SimpleGrid>
      <Title order={2} fz="h4" mt="sm">
        {t("satisfaction.feedback.contactTitle")}
      </Title>
      {signedIn ? (
        <Text fz="sm">{t("satisfaction.feedback.signedInNote")}</Text>
      ) : (
        <>
          <Text fz="sm">{t("satisfaction.feedback.contactNote")}</Text>
          <TextInput
            label={t("satisfaction.feedback.contactName")}
            value={form.contactName}
            size="md"
            onChange={(event) => set("contactName")(event.currentTarget.value)}
            data-testid="feedback-contact-name"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("satisfaction.feedback.contactPhone")}
              value={form.contactPhone}
              type="tel"
              size="md"
              onChange={(event) => set("contactPhone")(event.currentTarget.value)}
              data-testid="feedback-contact-phone"
            />
            <TextInput
              label={t("satisfaction.feedback.contactEmail")}
              value={form.contactEmail}
              type="email"
              size="md"
              onChange={(event) => set("contactEmail")(event.currentTarget.value)}
            />
          </SimpleGrid>
        </>
      )}
      {send.failure !== null && (
        <Alert color="red" title={t("satisfaction.feedback.failed")} role="alert">
          {errorText(send.failure, t)}
        </Alert>
      )}
      <Button size="lg" onClick={() => void submit()} loading={send.busy} data-testid="feedback-submit">
        {t("satisfaction.feedback.submit")}
      </Button>
    </Stack>
  );
}
