import { Alert, Anchor, Badge, Button, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CitizenFees } from "../../../contracts/citizen-payments.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useAction } from "../../lib/useAction.ts";
import { vietnameseAmount } from "../../portal/catalog/format.ts";
import { LookupItem } from "../../portal/lookup/LookupItem.tsx";
import { DossierSection } from "../../workspace/dossiers/DossierSection.tsx";
import { formatMoment } from "../format.ts";
import { myDossiersApi } from "./api.ts";
import { moneyAmount } from "./money.ts";

/**
 * PAY-1, PAU-1(b), PAU-2: what the dossier costs, what was paid and what is left, by when; the
 * "Thanh toán trực tuyến" button when the server says the balance can be paid online now (it opens
 * the platform's page), and every payment with its electronic receipt.
 */
export function FeesSection({ dossierId, fees }: { dossierId: string; fees: CitizenFees }) {
  const { t } = useTranslation();
  const pay = useAction();
  if (fees.due === 0 && fees.payments.length === 0) return null;

  const startPayment = () =>
    pay.run(async () => {
      const request = await myDossiersApi.startPayment(dossierId);
      window.location.assign(request.payUrl);
      // Stays busy while the browser leaves for the platform.
      await new Promise(() => {});
    });

  return (
    <DossierSection id="my-dossier-fees" title={t("myDossier.fees.title")} testId="my-dossier-fees">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" component="dl" m={0}>
          <Amount label={t("myDossier.fees.due")} amount={fees.due} testId="fees-due" />
          <Amount label={t("myDossier.fees.paid")} amount={fees.paid} testId="fees-paid" />
          <Amount label={t("myDossier.fees.balance")} amount={fees.balance} testId="fees-balance" strong />
        </SimpleGrid>
        {fees.balance === 0 && fees.due > 0 && (
          <Badge color="teal.9" size="lg" radius="sm" tt="none" data-testid="fees-paid-in-full">
            {t("myDossier.fees.paidInFull")}
          </Badge>
        )}
        {fees.payBy && fees.balance > 0 && (
          <Alert color="yellow" variant="light" p="sm" data-testid="fees-pay-by">
            <Text fz="sm" fw={700}>
              {t("myDossier.fees.payBy")}: {formatMoment(fees.payBy)}
            </Text>
            <Text fz="sm">{t("myDossier.fees.payByNote")}</Text>
          </Alert>
        )}
        {fees.payableOnline && (
          <Button
            size="md"
            onClick={() => void startPayment()}
            loading={pay.busy}
            style={{ alignSelf: "flex-start" }}
            data-testid="fees-pay-online"
          >
            {t("myDossier.fees.payOnline")}
          </Button>
        )}
        {pay.failure !== null && (
          <Alert color="red" title={t("myDossier.fees.payFailed")} role="alert">
            {errorText(pay.failure, t)}
          </Alert>
        )}
        {fees.payments.length > 0 && <Payments dossierId={dossierId} fees={fees} />}
      </Stack>
    </DossierSection>
  );
}

function Amount({
  label,
  amount,
  testId,
  strong = false,
}: {
  label: string;
  amount: number;
  testId: string;
  strong?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <LookupItem label={label}>
      <Text fw={strong ? 700 : 500} fz="lg" data-testid={testId} data-amount={amount}>
        {moneyAmount(amount, t)}
      </Text>
    </LookupItem>
  );
}

function Payments({ dossierId, fees }: { dossierId: string; fees: CitizenFees }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table verticalSpacing="xs" fz="sm" captionSide="top" data-testid="fees-payments">
        <Table.Caption>{t("myDossier.fees.paymentsTitle")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("myDossier.fees.paidAt")}</Table.Th>
            <Table.Th>{t("myDossier.fees.amount")}</Table.Th>
            <Table.Th>{t("myDossier.fees.receipt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fees.payments.map((payment) => (
            <Table.Tr key={payment.id} data-testid="fees-payment" data-method={payment.method}>
              <Table.Td>{formatMoment(payment.paidAt)}</Table.Td>
              <Table.Td>
                {moneyAmount(payment.amount, t)}
                <Text fz="xs" c="gray.7">
                  {t(`myDossier.fees.methods.${payment.method}`)}
                </Text>
                {payment.refundable > 0 && (
                  <Text fz="xs" c="orange.9">
                    {t("myDossier.fees.refundable", { amount: vietnameseAmount(payment.refundable) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor
                  href={myDossiersApi.receiptUrl(dossierId, payment.id)}
                  target="_blank"
                  rel="noopener"
                  data-testid="fees-receipt"
                >
                  {t("myDossier.fees.receiptLink", { number: payment.receiptNumber })}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
