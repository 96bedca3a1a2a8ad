import { Alert, Button, Group, Paper, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { AdminPageHeader } from "../../admin/AdminPageHeader.tsx";
import { useAgencyTree } from "../../admin/useAgencyTree.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import {
  currentMonth,
  periodProblem,
  type TrackingBookRequest,
  trackingBookUrl,
} from "./tracking-book-link.ts";

/** `/can-bo/so-theo-doi`: the one-stop's tracking book (Mẫu 06) of a period, as PDF or Excel. */
export default function TrackingBookPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="dossiers.read" title={t("trackingBook.title")}>
      {(officer) => <TrackingBookForm officer={officer} />}
    </RequireOfficer>
  );
}

function TrackingBookForm({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const { tree } = useAgencyTree();
  const [request, setRequest] = useState<TrackingBookRequest>(() => ({
    agencyId: officer.agencyId,
    volume: "",
    ...currentMonth(Date.now()),
  }));
  const problem = periodProblem(request.from, request.to);
  const set = (change: Partial<TrackingBookRequest>) => setRequest((current) => ({ ...current, ...change }));

  return (
    <>
      <AdminPageHeader title={t("trackingBook.title")} intro={t("trackingBook.intro")} />
      <Paper withBorder p={{ base: "md", sm: "xl" }} mt="lg" component="section">
        <AgencyPicker
          tree={tree}
          value={request.agencyId}
          onChange={(agencyId) => agencyId && set({ agencyId })}
          label={t("trackingBook.agency")}
          required
          data-testid="tracking-book-agency"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
          {(["from", "to"] as const).map((end) => (
            <TextInput
              key={end}
              type="date"
              label={t(`trackingBook.${end}`)}
              value={request[end]}
              onChange={(event) => set({ [end]: event.currentTarget.value })}
              required
              data-testid={`tracking-book-${end}`}
            />
          ))}
          <TextInput
            label={t("trackingBook.volume")}
            description={t("trackingBook.volumeHint")}
            value={request.volume}
            maxLength={50}
            onChange={(event) => set({ volume: event.currentTarget.value })}
          />
        </SimpleGrid>
        {problem && (
          <Alert color="orange" mt="md" data-testid="tracking-book-problem">
            <Text fz="sm">{t(problem)}</Text>
          </Alert>
        )}
        <Group mt="lg" gap="sm">
          <BookButton request={request} format="pdf" disabled={problem !== null} />
          <BookButton request={request} format="xlsx" disabled={problem !== null} />
        </Group>
      </Paper>
    </>
  );
}

function BookButton({
  request,
  format,
  disabled,
}: {
  request: TrackingBookRequest;
  format: "pdf" | "xlsx";
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={disabled ? undefined : trackingBookUrl(request, format)}
      target={format === "pdf" ? "_blank" : undefined}
      rel="noopener"
      variant={format === "pdf" ? "filled" : "outline"}
      disabled={disabled}
      data-testid={`tracking-book-${format}`}
    >
      {t(format === "pdf" ? "trackingBook.openPdf" : "trackingBook.downloadXlsx")}
    </Button>
  );
}
