import { Alert, Button, Checkbox, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CitizenDossierView, StoredFileInfo } from "../../../contracts/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useIdempotentAction } from "../../lib/useIdempotentAction.ts";
import { LookupItem } from "../../portal/lookup/LookupItem.tsx";
import { DossierSection } from "../../workspace/dossiers/DossierSection.tsx";
import { formatMoment } from "../format.ts";
import { myDossiersApi } from "./api.ts";
import { SupplementFiles } from "./SupplementFiles.tsx";

/**
 * REC-8 "Bổ sung hồ sơ": the agency's open request (before acceptance, PRC-5 or PRC-6) with its
 * reason and items; the applicant ticks what they supply (or writes other papers), uploads the
 * files and sends. Shown only while the server says the request can be answered online.
 */
export function SupplementSection({
  view,
  onDone,
}: {
  view: CitizenDossierView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const request = view.openSupplement;
  const [ticked, setTicked] = useState<string[]>([]);
  const [other, setOther] = useState("");
  const [note, setNote] = useState("");
  const [files, setFiles] = useState<StoredFileInfo[]>([]);
  const [tried, setTried] = useState(false);
  const send = useIdempotentAction();
  if (!request) return null;

  const documents = [
    ...ticked,
    ...other
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  ];
  const itemsError = tried && documents.length === 0 ? t("myDossierRequests.supplement.itemsRequired") : null;
  const filesError = tried && files.length === 0 ? t("myDossierRequests.supplement.filesRequired") : null;

  const submit = () => {
    setTried(true);
    if (documents.length === 0 || files.length === 0) return;
    return send.run(async (idempotencyKey) => {
      await myDossiersApi.supplement(
        view.id,
        {
          expectedVersion: view.version,
          documents,
          note: note.trim() || null,
          fileIds: files.map((file) => file.id),
        },
        idempotencyKey,
      );
      onDone(t("myDossierRequests.supplement.sent"));
    });
  };

  return (
    <DossierSection
      id="my-dossier-supplement"
      title={t("myDossierRequests.supplement.title")}
      testId="my-dossier-supplement-form"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text fz="sm">{t("myDossierRequests.supplement.intro")}</Text>
          <Alert color="yellow" variant="light" p="sm" data-testid="supplement-request">
            <Text fw={700} fz="sm" mb={6}>
              {t(`myDossierRequests.supplement.kinds.${request.kind}`)}
            </Text>
            <Stack gap={6} component="dl" m={0}>
              <LookupItem label={t("myDossierRequests.supplement.requestedAt")}>
                <Text fz="sm">{formatMoment(request.requestedAt)}</Text>
              </LookupItem>
              <LookupItem label={t("myDossierRequests.supplement.reason")}>
                <Text fz="sm" className="mc-break" data-testid="supplement-reason">
                  {request.reason}
                </Text>
              </LookupItem>
            </Stack>
          </Alert>
          {request.items.length > 0 && (
            <Checkbox.Group
              label={t("myDossierRequests.supplement.itemsLegend")}
              description={t("myDossierRequests.supplement.itemsHint")}
              value={ticked}
              onChange={setTicked}
              error={itemsError}
            >
              <Stack gap="xs" mt="xs">
                {request.items.map((item) => (
                  <Checkbox key={item} value={item} label={item} data-testid="supplement-item" />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Textarea
            label={t("myDossierRequests.supplement.other")}
            description={t("myDossierRequests.supplement.otherHint")}
            value={other}
            onChange={(event) => setOther(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            error={request.items.length === 0 ? itemsError : null}
            data-testid="supplement-other"
          />
          <SupplementFiles id="supplement-files" files={files} onChange={setFiles} error={filesError} />
          <Textarea
            label={t("myDossierRequests.supplement.note")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="supplement-note"
          />
          {send.failure !== null && (
            <Alert color="red" title={t("myDossierRequests.supplement.failed")} role="alert">
              {errorText(send.failure, t)}
            </Alert>
          )}
          <Button
            type="submit"
            size="md"
            loading={send.busy}
            style={{ alignSelf: "flex-start" }}
            data-testid="supplement-send"
          >
            {t("myDossierRequests.supplement.send")}
          </Button>
        </Stack>
      </form>
    </DossierSection>
  );
}
