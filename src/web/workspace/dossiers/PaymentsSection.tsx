import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DossierView } from "../../../contracts/dossiers.ts";
import type { DossierPayments, PaymentView, RefundView } from "../../../contracts/payments.ts";
import { formatVietnamInstant, localIsoDate } from "../../../domain/calendar/dates.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useSession } from "../../auth/useSession.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { DossierSection } from "./DossierSection.tsx";
import { paymentsApi } from "./payments-api.ts";

const dong = (amount: number) => `${amount.toLocaleString("vi-VN")} đồng`;

/**
 * PAY-1, PAY-3: the dossier's money for the officer: payments with their receipts, the counter /
 * post / transfer record with its receipt number, what each payer may get back, and the refunds
 * (requested by the one-stop, approved by the agency's leader, recorded). A fee-free dossier shows
 * nothing of this.
 */
export function PaymentsSection({ view, onChanged }: { view: DossierView; onChanged: () => void }) {
  const { t } = useTranslation();
  const money = useFetched(`${view.id}:${view.version}`, (signal) => paymentsApi.list(view.id, signal));
  if (view.fees.due === 0 && (money.data?.items.length ?? 0) === 0) return null;
  const reload = () => {
    money.reload();
    onChanged();
  };
  return (
    <DossierSection id="dossier-payments" title={t("officerPayments.title")} testId="dossier-payments">
      {money.error ? (
        <Alert color="red">{errorText(money.error, t)}</Alert>
      ) : money.data ? (
        <PaymentsBody view={view} money={money.data} onChanged={reload} />
      ) : null}
    </DossierSection>
  );
}

function useRoles() {
  const { session } = useSession();
  const roles = session.status === "signedIn" ? session.officer.roles : [];
  return { oneStop: roles.includes("one_stop_officer"), leader: roles.includes("agency_leader") };
}

function PaymentsBody({
  view,
  money,
  onChanged,
}: {
  view: DossierView;
  money: DossierPayments;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const roles = useRoles();
  const balance = money.due - money.paid;
  const refundable = money.payers.reduce((sum, payer) => sum + payer.refundable, 0);
  return (
    <Stack gap="md">
      <Group gap="lg" wrap="wrap">
        <Text fz="sm">{t("officerPayments.due", { amount: dong(money.due) })}</Text>
        <Text fz="sm">{t("officerPayments.paid", { amount: dong(money.paid) })}</Text>
        <Text fz="sm" fw={600} data-testid="payments-balance">
          {t("officerPayments.balance", { amount: dong(Math.max(0, balance)) })}
        </Text>
        <Text fz="sm" data-testid="payments-refundable">
          {t("officerPayments.refundable", { amount: dong(refundable) })}
        </Text>
      </Group>
      {money.openRequest && (
        <Text fz="sm" c="dimmed">
          {t("officerPayments.openRequest", { amount: dong(money.openRequest.amount) })}
        </Text>
      )}
      {money.items.length > 0 && (
        <PaymentTable dossierId={view.id} items={money.items} onChanged={onChanged} />
      )}
      {balance > 0 && roles.oneStop && <RecordPaymentForm view={view} balance={balance} onDone={onChanged} />}
      {money.refunds.length > 0 && (
        <RefundList dossierId={view.id} refunds={money.refunds} onChanged={onChanged} />
      )}
    </Stack>
  );
}

function PaymentTable({
  dossierId,
  items,
  onChanged,
}: {
  dossierId: string;
  items: PaymentView[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const roles = useRoles();
  const [refunding, setRefunding] = useState<string | null>(null);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="payments-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("officerPayments.receipt")}</Table.Th>
            <Table.Th>{t("officerPayments.method")}</Table.Th>
            <Table.Th>{t("officerPayments.payer")}</Table.Th>
            <Table.Th className="mc-amount">{t("officerPayments.amount")}</Table.Th>
            <Table.Th>{t("officerPayments.paidAt")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor
                  href={paymentsApi.receiptUrl(dossierId, item.id)}
                  target="_blank"
                  rel="noopener"
                  fz="sm"
                  data-testid="payment-receipt"
                >
                  {item.receiptNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`officerPayments.methods.${item.method}`)}</Table.Td>
              <Table.Td>{item.payerName}</Table.Td>
              <Table.Td className="mc-amount">
                {dong(item.amount)}
                {item.refundable > 0 && (
                  <Text fz="xs" c="orange.8">
                    {t("officerPayments.overpaid", { amount: dong(item.refundable) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatVietnamInstant(Date.parse(item.paidAt))}</Table.Td>
              <Table.Td>
                {item.refundable > 0 && roles.oneStop && (
                  <Button size="compact-sm" variant="light" onClick={() => setRefunding(item.id)}>
                    {t("officerPayments.askRefund")}
                  </Button>
                )}
                {refunding === item.id && (
                  <RefundRequestForm
                    dossierId={dossierId}
                    payment={item}
                    onDone={() => {
                      setRefunding(null);
                      onChanged();
                    }}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Submits `send`, showing its failure in words; `onDone` once it succeeded. */
function useSubmit(send: () => Promise<unknown>, onDone: () => void) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await send();
      onDone();
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, error };
}

function RecordPaymentForm({
  view,
  balance,
  onDone,
}: {
  view: DossierView;
  balance: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState(String(balance));
  const [method, setMethod] = useState("counter");
  const [receiptNumber, setReceiptNumber] = useState("");
  const [payerName, setPayerName] = useState(view.applicant.name);
  const { submit, busy, error } = useSubmit(
    () =>
      paymentsApi.record(view.id, {
        expectedVersion: view.version,
        amount: Number(amount),
        method,
        receiptNumber,
        payerName,
      }),
    onDone,
  );
  return (
    <form onSubmit={submit} data-testid="record-payment-form">
      <Stack gap="xs">
        <Text fw={600} fz="sm">
          {t("officerPayments.recordTitle")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t("officerPayments.amount")}
            inputMode="numeric"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value.replace(/\D/g, ""))}
            required
            name="amount"
          />
          <NativeSelect
            label={t("officerPayments.method")}
            value={method}
            onChange={(e) => setMethod(e.currentTarget.value)}
            data={(["counter", "post", "transfer"] as const).map((m) => ({
              value: m,
              label: t(`officerPayments.methods.${m}`),
            }))}
            name="method"
          />
          <TextInput
            label={t("officerPayments.receiptNumber")}
            value={receiptNumber}
            onChange={(e) => setReceiptNumber(e.currentTarget.value)}
            required
            name="receiptNumber"
          />
          <TextInput
            label={t("officerPayments.payer")}
            value={payerName}
            onChange={(e) => setPayerName(e.currentTarget.value)}
            required
            name="payerName"
          />
        </SimpleGrid>
        {error && <Alert color="red">{error}</Alert>}
        <Group>
          <Button type="submit" loading={busy} data-testid="record-payment-submit">
            {t("officerPayments.record")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RefundRequestForm({
  dossierId,
  payment,
  onDone,
}: {
  dossierId: string;
  payment: PaymentView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState(String(payment.refundable));
  const [reason, setReason] = useState("");
  const { submit, busy, error } = useSubmit(
    () => paymentsApi.requestRefund(dossierId, { paymentId: payment.id, amount: Number(amount), reason }),
    onDone,
  );
  return (
    <form onSubmit={submit}>
      <Stack gap="xs" mt="xs">
        <TextInput
          label={t("officerPayments.amount")}
          inputMode="numeric"
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value.replace(/\D/g, ""))}
          required
        />
        <TextInput
          label={t("officerPayments.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
        />
        {error && <Alert color="red">{error}</Alert>}
        <Button type="submit" size="compact-sm" loading={busy}>
          {t("officerPayments.askRefund")}
        </Button>
      </Stack>
    </form>
  );
}

const STATUS_COLORS = { requested: "yellow", approved: "blue", rejected: "gray", recorded: "green" } as const;

function RefundList({
  dossierId,
  refunds,
  onChanged,
}: {
  dossierId: string;
  refunds: RefundView[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="refunds">
      <Text fw={600} fz="sm">
        {t("officerPayments.refunds")}
      </Text>
      {refunds.map((refund) => (
        <Stack key={refund.id} gap={4}>
          <Group gap="sm" wrap="wrap">
            <Badge color={STATUS_COLORS[refund.status]}>
              {t(`officerPayments.refundStatus.${refund.status}`)}
            </Badge>
            <Text fz="sm">
              {refund.payerName}: {dong(refund.amount)} — {refund.reason}
            </Text>
            {refund.reference && (
              <Text fz="xs" c="dimmed">
                {refund.refundedOn} · {t(`officerPayments.refundMethods.${refund.method ?? "transfer"}`)} ·{" "}
                {refund.reference}
              </Text>
            )}
          </Group>
          <RefundActions dossierId={dossierId} refund={refund} onChanged={onChanged} />
        </Stack>
      ))}
    </Stack>
  );
}

function RefundActions({
  dossierId,
  refund,
  onChanged,
}: {
  dossierId: string;
  refund: RefundView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const roles = useRoles();
  const [reference, setReference] = useState("");
  const [method, setMethod] = useState("transfer");
  const act = (action: "approve" | "reject" | "record", body: Record<string, unknown>) => () =>
    paymentsApi.refundAction(dossierId, refund.id, action, body);
  const approve = useSubmit(act("approve", {}), onChanged);
  const reject = useSubmit(act("reject", {}), onChanged);
  const record = useSubmit(
    act("record", { refundedOn: localIsoDate(Date.now()), method, reference }),
    onChanged,
  );
  const error = approve.error ?? reject.error ?? record.error;
  return (
    <>
      {refund.status === "requested" && roles.leader && (
        <Group gap="xs">
          <Button size="compact-sm" onClick={approve.submit} loading={approve.busy}>
            {t("officerPayments.approve")}
          </Button>
          <Button size="compact-sm" variant="default" onClick={reject.submit} loading={reject.busy}>
            {t("officerPayments.reject")}
          </Button>
        </Group>
      )}
      {refund.status === "approved" && roles.oneStop && (
        <form onSubmit={record.submit}>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t("officerPayments.method")}
              value={method}
              onChange={(e) => setMethod(e.currentTarget.value)}
              data={(["cash", "transfer", "platform"] as const).map((m) => ({
                value: m,
                label: t(`officerPayments.refundMethods.${m}`),
              }))}
            />
            <TextInput
              label={t("officerPayments.reference")}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              required
            />
            <Button type="submit" size="compact-sm" loading={record.busy}>
              {t("officerPayments.recordRefund")}
            </Button>
          </Group>
        </form>
      )}
      {error && <Alert color="red">{error}</Alert>}
    </>
  );
}
