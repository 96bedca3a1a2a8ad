import { Alert, Button, Checkbox, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FEEDBACK_CONTENT_MAX } from "../../../contracts/satisfaction.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useAction } from "../../lib/useAction.ts";
import { satisfactionApi } from "../../portal/feedback/api.ts";

/** SAT-3: the answer to one feedback, for the agency being viewed, published or not. */
export function AnswerForm({
  feedbackId,
  agencyId,
  onAnswered,
}: {
  feedbackId: string;
  agencyId: string;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState("");
  const [publish, setPublish] = useState(true);
  const send = useAction();
  const submit = () =>
    send.run(async () => {
      await satisfactionApi.answer(feedbackId, { agencyId, answer, publish });
      onAnswered();
    });
  return (
    <Stack gap="sm">
      <Textarea
        label={t("satisfaction.officer.answerLabel")}
        value={answer}
        maxLength={FEEDBACK_CONTENT_MAX}
        autosize
        minRows={3}
        size="md"
        onChange={(event) => setAnswer(event.currentTarget.value)}
        data-testid="officer-feedback-answer-text"
      />
      <Checkbox
        label={t("satisfaction.officer.publish")}
        checked={publish}
        size="md"
        onChange={(event) => setPublish(event.currentTarget.checked)}
      />
      {send.failure !== null && (
        <Alert color="red" title={t("satisfaction.officer.failed")} role="alert">
          {errorText(send.failure, t)}
        </Alert>
      )}
      <Button
        size="md"
        onClick={() => void submit()}
        loading={send.busy}
        disabled={answer.trim() === ""}
        style={{ alignSelf: "flex-start" }}
        data-testid="officer-feedback-send"
      >
        {t("satisfaction.officer.send")}
      </Button>
    </Stack>
  );
}
