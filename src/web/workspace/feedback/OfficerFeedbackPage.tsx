import { Alert, Badge, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { FeedbackListQuery, OfficerFeedback } from "../../../contracts/satisfaction.ts";
import { useAgencyTree } from "../../admin/useAgencyTree.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { formatMoment } from "../../citizen/format.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { satisfactionApi } from "../../portal/feedback/api.ts";
import { AnswerForm } from "./AnswerForm.tsx";

type Status = FeedbackListQuery["status"];

/**
 * `/can-bo/phan-anh-kien-nghi` (SAT-3): the feedback of the officer's agency (or another in their
 * scope), the open ones first by due, overdue marked; each answered once, published or not.
 */
export default function OfficerFeedbackPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="feedback.handle" title={t("satisfaction.officer.pageTitle")}>
      {(officer) => <OfficerFeedbackList officer={officer} />}
    </RequireOfficer>
  );
}

function OfficerFeedbackList({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const { tree } = useAgencyTree();
  const [agencyId, setAgencyId] = useState(officer.agencyId);
  const [status, setStatus] = useState<Status>("open");
  const list = useFetched(`${agencyId}:${status}`, (signal) =>
    satisfactionApi.agencyFeedback({ agencyId, status }, signal),
  );
  return (
    <Stack gap="lg" data-testid="officer-feedback-page">
      <PageTitle>{t("satisfaction.officer.pageTitle")}</PageTitle>
      <Paper withBorder p={{ base: "md", sm: "xl" }}>
        <Title order={1} fz="h2" c="brand.8" mb="md">
          {t("satisfaction.officer.pageTitle")}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <AgencyPicker
            tree={tree}
            value={agencyId}
            onChange={(next) => setAgencyId(next ?? officer.agencyId)}
            label={t("satisfaction.officer.agency")}
          />
          <SegmentedControl
            aria-label={t("satisfaction.officer.status")}
            value={status}
            onChange={(next) => setStatus(next as Status)}
            fullWidth
            data={[
              { value: "open", label: t("satisfaction.officer.statusOpen") },
              { value: "answered", label: t("satisfaction.officer.statusAnswered") },
              { value: "all", label: t("satisfaction.officer.statusAll") },
            ]}
            data-testid="officer-feedback-status"
          />
        </SimpleGrid>
      </Paper>
      {list.error !== null && (
        <Alert color="red" title={t("satisfaction.officer.loadError")}>
          {errorText(list.error, t)}
        </Alert>
      )}
      {!list.data && list.error === null && <PageLoader />}
      {list.data?.items.length === 0 && <Text c="gray.7">{t("satisfaction.officer.empty")}</Text>}
      {list.data?.items.map((item) => (
        <FeedbackCard key={item.id} item={item} agencyId={agencyId} onAnswered={list.reload} />
      ))}
    </Stack>
  );
}

function FeedbackCard({
  item,
  agencyId,
  onAnswered,
}: {
  item: OfficerFeedback;
  agencyId: string;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const contact = [item.sender.name, item.sender.phone, item.sender.email].filter(Boolean).join(" · ");
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="article"
      data-testid="officer-feedback-item"
      data-id={item.id}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h4">
            {item.subject}
          </Title>
          <Badge color={item.overdue ? "red.8" : "teal.9"} tt="none" data-testid="officer-feedback-timing">
            {item.overdue ? t("satisfaction.officer.overdue") : t("satisfaction.officer.onTime")}
          </Badge>
        </Group>
        <Text fz="sm" c="gray.7">
          {item.agency.name} · {t("satisfaction.feedback.receivedAt")}: {formatMoment(item.receivedAt)} ·{" "}
          {t("satisfaction.feedback.dueAt")}: {formatMoment(item.dueAt)}
        </Text>
        <Text fz="sm">
          {t("satisfaction.officer.sender")}: {contact}
          {!item.sender.signedIn && ` (${t("satisfaction.officer.anonymous")})`}
        </Text>
        {(item.dossierCode || item.procedureCode) && (
          <Text fz="sm" c="gray.7">
            {[item.dossierCode, item.procedureCode].filter(Boolean).join(" · ")}
          </Text>
        )}
        <Text style={{ whiteSpace: "pre-wrap" }}>{item.content}</Text>
        {item.answer ? (
          <Paper bg="gray.0" p="sm">
            <Text fw={600} fz="sm">
              {t("satisfaction.feedback.answer")} ({formatMoment(item.answeredAt ?? item.receivedAt)})
              {item.answerPublished && ` · ${t("satisfaction.officer.published")}`}
            </Text>
            <Text style={{ whiteSpace: "pre-wrap" }} data-testid="officer-feedback-answer">
              {item.answer}
            </Text>
          </Paper>
        ) : (
          <AnswerForm feedbackId={item.id} agencyId={agencyId} onAnswered={onAnswered} />
        )}
      </Stack>
    </Paper>
  );
}
