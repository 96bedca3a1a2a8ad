import { Alert, Button, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type DossierRating,
  RATING_COMMENT_MAX,
  type SatisfactionLevel,
} from "../../../contracts/satisfaction.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useAction } from "../../lib/useAction.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { satisfactionApi } from "../../portal/feedback/api.ts";
import { LevelPicker } from "../../portal/feedback/LevelPicker.tsx";
import { DossierSection } from "../../workspace/dossiers/DossierSection.tsx";

/**
 * SAT-1: once the result is returned or the dossier refused, the applicant rates the agency and
 * the one-stop officer once; afterwards their rating is shown.
 */
export function RatingSection({ dossierId, agencyName }: { dossierId: string; agencyName: string }) {
  const { t } = useTranslation();
  const fetched = useFetched(dossierId, (signal) => satisfactionApi.rating(dossierId, signal));
  const [saved, setSaved] = useState<DossierRating | null>(null);
  const rating = saved ?? fetched.data;
  if (!rating || (!rating.canRate && !rating.rating)) return null;
  return (
    <DossierSection id="my-dossier-rating" title={t("satisfaction.rating.title")} testId="my-dossier-rating">
      {rating.rating ? (
        <Given rating={rating} />
      ) : (
        <RatingForm dossierId={dossierId} agencyName={agencyName} rating={rating} onSaved={setSaved} />
      )}
    </DossierSection>
  );
}

function Given({ rating }: { rating: DossierRating }) {
  const { t } = useTranslation();
  const given = rating.rating;
  if (!given) return null;
  return (
    <Stack gap="xs" data-testid="rating-given">
      <Text fw={700}>{t("satisfaction.rating.thanks")}</Text>
      <Text>
        {t("satisfaction.rating.yourRating")}: {t(`satisfaction.levels.${given.agencyLevel}`)}
        {given.officerLevel &&
          ` · ${rating.officer?.name ?? ""}: ${t(`satisfaction.levels.${given.officerLevel}`)}`}
      </Text>
      {given.comment && <Text c="dimmed">{given.comment}</Text>}
    </Stack>
  );
}

function RatingForm({
  dossierId,
  agencyName,
  rating,
  onSaved,
}: {
  dossierId: string;
  agencyName: string;
  rating: DossierRating;
  onSaved: (rating: DossierRating) => void;
}) {
  const { t } = useTranslation();
  const [agencyLevel, setAgencyLevel] = useState<SatisfactionLevel | null>(null);
  const [officerLevel, setOfficerLevel] = useState<SatisfactionLevel | null>(null);
  const [comment, setComment] = useState("");
  const send = useAction();
  const submit = () =>
    send.run(async () => {
      if (!agencyLevel) return;
      onSaved(await satisfactionApi.rate(dossierId, { agencyLevel, officerLevel, comment }));
    });
  return (
    <Stack gap="md">
      <Text>{t("satisfaction.rating.intro")}</Text>
      <Stack gap={4}>
        <Text fw={600}>{t("satisfaction.rating.agency", { name: agencyName })}</Text>
        <LevelPicker
          value={agencyLevel}
          onChange={setAgencyLevel}
          label={t("satisfaction.rating.agency", { name: agencyName })}
          testId="rating-agency"
        />
      </Stack>
      {rating.officer && (
        <Stack gap={4}>
          <Text fw={600}>{t("satisfaction.rating.officer", { name: rating.officer.name })}</Text>
          <LevelPicker
            value={officerLevel}
            onChange={setOfficerLevel}
            label={t("satisfaction.rating.officer", { name: rating.officer.name })}
            testId="rating-officer"
          />
        </Stack>
      )}
      <Textarea
        label={t("satisfaction.rating.comment")}
        value={comment}
        maxLength={RATING_COMMENT_MAX}
        autosize
        minRows={2}
        onChange={(event) => setComment(event.currentTarget.value)}
      />
      {!agencyLevel && (
        <Text fz="sm" c="dimmed">
          {t("satisfaction.rating.chooseLevel")}
        </Text>
      )}
      <Button
        size="lg"
        onClick={() => void submit()}
        loading={send.busy}
        disabled={!agencyLevel}
        data-testid="rating-submit"
      >
        {t("satisfaction.rating.submit")}
      </Button>
      {send.failure !== null && (
        <Alert color="red" title={t("satisfaction.rating.failed")} role="alert">
          {errorText(send.failure, t)}
        </Alert>
      )}
    </Stack>
  );
}
