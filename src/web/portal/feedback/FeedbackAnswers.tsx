import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CitizenFeedbackList, PublicFeedbackList } from "../../../contracts/satisfaction.ts";
import { formatMoment } from "../../citizen/format.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { satisfactionApi } from "./api.ts";

type Item = PublicFeedbackList["items"][number] | CitizenFeedbackList["items"][number];

/** SAT-3: the signed-in citizen's own feedback with its answers, and the published answers. */
export function FeedbackAnswers({ signedIn, refreshKey }: { signedIn: boolean; refreshKey: string }) {
  const { t } = useTranslation();
  const mine = useFetched(`mine:${signedIn}:${refreshKey}`, (signal) =>
    signedIn ? satisfactionApi.myFeedback(signal) : Promise.resolve(null),
  );
  const published = useFetched("published", (signal) => satisfactionApi.publishedFeedback(signal));
  return (
    <>
      {mine.data && mine.data.items.length > 0 && (
        <Listing title={t("satisfaction.feedback.mine")} items={mine.data.items} testId="feedback-mine" />
      )}
      <Listing
        title={t("satisfaction.feedback.published")}
        items={published.data?.items ?? []}
        empty={t("satisfaction.feedback.noPublished")}
        testId="feedback-published"
      />
    </>
  );
}

function Listing({
  title,
  items,
  empty,
  testId,
}: {
  title: string;
  items: Item[];
  empty?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-label={title}
      data-testid={testId}
    >
      <Title order={2} fz="h3" mb="sm">
        {title}
      </Title>
      {items.length === 0 && empty && <Text c="gray.7">{empty}</Text>}
      <Stack gap="md">
        {items.map((item) => (
          <Stack key={item.id} gap={4} data-testid="feedback-item" data-id={item.id}>
            <Text fw={700}>{item.subject}</Text>
            <Text fz="sm" c="gray.7">
              {item.agency.name} · {t("satisfaction.feedback.receivedAt")}: {formatMoment(item.receivedAt)}
            </Text>
            <Text style={{ whiteSpace: "pre-wrap" }}>{item.content}</Text>
            <Paper bg="gray.0" p="sm">
              <Text fw={600} fz="sm">
                {item.answeredAt
                  ? `${t("satisfaction.feedback.answer")} (${formatMoment(item.answeredAt)})`
                  : t("satisfaction.feedback.notAnswered")}
              </Text>
              {item.answer && (
                <Text style={{ whiteSpace: "pre-wrap" }} data-testid="feedback-answer">
                  {item.answer}
                </Text>
              )}
            </Paper>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
