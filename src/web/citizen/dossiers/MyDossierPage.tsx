import { Alert, Anchor, Stack } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { MY_DOSSIERS_PATH } from "../paths.ts";
import { RequireCitizen } from "../RequireCitizen.tsx";
import { AgencyMessages } from "./AgencyMessages.tsx";
import { myDossiersApi } from "./api.ts";
import { DownloadsSection } from "./DownloadsSection.tsx";
import { FeesSection } from "./FeesSection.tsx";
import { PaymentOutcomeAlert } from "./PaymentOutcomeAlert.tsx";
import { ProgressSection } from "./ProgressSection.tsx";
import { paymentOutcome, TRANSACTION_PARAM } from "./payment-outcome.ts";
import { RatingSection } from "./RatingSection.tsx";
import { SummaryCard } from "./SummaryCard.tsx";
import { SupplementSection } from "./SupplementSection.tsx";
import { WithdrawalSection } from "./WithdrawalSection.tsx";

/** How often the page asks again while the platform has not confirmed a payment. */
const PENDING_POLL_MS = 3_000;

/**
 * `/cong-dan/ho-so/:dossierId` ("Chi tiết hồ sơ"): one of the citizen's own dossiers (another's
 * does not exist for them), with its fees and, back from the payment platform (`?giao-dich=`),
 * what became of the payment.
 */
export default function MyDossierPage() {
  const { t } = useTranslation();
  const { dossierId = "" } = useParams();
  return (
    <RequireCitizen>
      {(citizen) => (
        <MyDossier
          key={`${citizen.id}:${dossierId}`}
          dossierId={dossierId}
          fallbackTitle={t("myDossier.loadingTitle")}
        />
      )}
    </RequireCitizen>
  );
}

function MyDossier({ dossierId, fallbackTitle }: { dossierId: string; fallbackTitle: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const view = useFetched(dossierId, (signal) => myDossiersApi.dossier(dossierId, signal));
  const fees = useFetched(dossierId, (signal) => myDossiersApi.fees(dossierId, signal));
  const outcome = fees.data ? paymentOutcome(fees.data, params.get(TRANSACTION_PARAM)) : null;
  const pending = outcome?.kind === "pending";
  const { reload: reloadView } = view;
  const { reload: reloadFees } = fees;
  // REC-8, WDR-1: what the citizen just sent, said once the view is reloaded.
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    reloadView();
  };

  // The platform has not confirmed yet: ask again until the callback or status query settles it.
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => {
      reloadFees();
      reloadView();
    }, PENDING_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [pending, reloadFees, reloadView]);

  const error = view.error ?? fees.error;
  const title = view.data ? t("myDossier.pageTitle", { code: view.data.code }) : fallbackTitle;
  return (
    <Stack gap="lg" data-testid="my-dossier-page">
      <PageTitle>{title}</PageTitle>
      {error !== null && <LoadFailure error={error} />}
      {!view.data && !error && <PageLoader />}
      {outcome && view.data && (
        <PaymentOutcomeAlert outcome={outcome} resumed={view.data.status !== "paused"} />
      )}
      {view.data && (
        <>
          {notice && (
            <Alert color="teal" variant="light" role="status" data-testid="my-dossier-notice">
              {notice}
            </Alert>
          )}
          <SummaryCard view={view.data} />
          <SupplementSection key={`supplement:${view.data.version}`} view={view.data} onDone={done} />
          {fees.data && <FeesSection dossierId={dossierId} fees={fees.data} />}
          <AgencyMessages view={view.data} />
          <DownloadsSection view={view.data} />
          <ProgressSection view={view.data} />
          <WithdrawalSection key={`withdrawal:${view.data.version}`} view={view.data} onDone={done} />
          <RatingSection dossierId={dossierId} agencyName={view.data.agency.name} />
        </>
      )}
    </Stack>
  );
}

function LoadFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <Alert
      color={missing ? "orange" : "red"}
      title={missing ? undefined : t("myDossier.loadError")}
      data-testid="my-dossier-error"
    >
      {missing ? t("myDossier.notFound") : errorText(error, t)}{" "}
      <Anchor component={Link} to={MY_DOSSIERS_PATH}>
        {t("myDossier.back")}
      </Anchor>
    </Alert>
  );
}
