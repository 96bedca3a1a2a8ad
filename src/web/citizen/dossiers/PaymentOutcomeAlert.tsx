import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { vietnameseAmount } from "../../portal/catalog/format.ts";
import type { PaymentOutcome } from "./payment-outcome.ts";

const COLORS: Record<PaymentOutcome["kind"], string> = {
  paid: "teal",
  cancelled: "orange",
  expired: "orange",
  pending: "blue",
};

/** Back from the payment platform: what the server recorded for that transaction. */
export function PaymentOutcomeAlert({ outcome, resumed }: { outcome: PaymentOutcome; resumed: boolean }) {
  const { t } = useTranslation();
  const { kind } = outcome;
  return (
    <Alert
      color={COLORS[kind]}
      variant="light"
      title={t(`myDossier.outcome.${kind}Title`)}
      role={kind === "pending" ? "status" : "alert"}
      data-testid="payment-outcome"
      data-outcome={kind}
    >
      <Text fz="sm">
        {outcome.kind === "paid"
          ? t("myDossier.outcome.paid", { amount: vietnameseAmount(outcome.amount) })
          : t(`myDossier.outcome.${kind}`)}
      </Text>
      {kind === "paid" && resumed && (
        <Text fz="sm" fw={700} mt={4} data-testid="payment-outcome-resumed">
          {t("myDossier.outcome.resumed")}
        </Text>
      )}
    </Alert>
  );
}
