import { Alert, Button, CloseButton, FileButton, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredFileInfo } from "../../../contracts/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { submissionApi } from "../../portal/catalog/submission-api.ts";
import { MAX_UPLOAD_BYTES } from "../../portal/catalog/submission-steps.ts";

const ACCEPT = "application/pdf,image/jpeg,image/png";

/**
 * REC-8: the files of a supplement (PDF or images), each uploaded when chosen with the same call as
 * online submission (`POST /api/citizen/files`; the server checks content and size). The online
 * submission's ComponentUploads is shaped by the catalog's components, hence this small list.
 */
export function SupplementFiles({
  id,
  files,
  onChange,
  error,
}: {
  id: string;
  files: StoredFileInfo[];
  onChange: (files: StoredFileInfo[]) => void;
  /** Shown under the button and tied to it (aria-describedby). */
  error: string | null;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);

  async function upload(chosen: File[]) {
    setBusy(true);
    setFailures([]);
    const added: StoredFileInfo[] = [];
    const failed: string[] = [];
    for (const file of chosen) {
      if (file.size > MAX_UPLOAD_BYTES) {
        failed.push(t("myDossierRequests.supplement.tooLarge", { name: file.name }));
        continue;
      }
      try {
        added.push(await submissionApi.upload(file));
      } catch (caught) {
        failed.push(`${file.name}: ${errorText(caught, t)}`);
      }
    }
    onChange([...files, ...added]);
    setFailures(failed);
    setBusy(false);
  }

  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  return (
    <Stack gap={6}>
      <Text fz="sm" fw={500} id={labelId}>
        {t("myDossierRequests.supplement.filesLabel")}{" "}
        <Text span c="red.9" aria-hidden>
          *
        </Text>
      </Text>
      {files.length > 0 && (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-labelledby={labelId}>
          {files.map((file) => (
            <Group key={file.id} component="li" gap="xs" wrap="nowrap" data-testid="supplement-file">
              <Text fz="sm" c="teal.9" className="mc-break" flex={1}>
                {file.name ?? file.id} ({Math.max(1, Math.round(file.size / 1024))} KB)
              </Text>
              <CloseButton
                size="sm"
                aria-label={t("myDossierRequests.supplement.remove", { name: file.name ?? file.id })}
                onClick={() => onChange(files.filter((f) => f.id !== file.id))}
              />
            </Group>
          ))}
        </Stack>
      )}
      <FileButton onChange={(chosen) => void upload(chosen)} accept={ACCEPT} multiple>
        {(props) => (
          <Button
            {...props}
            id={id}
            variant="light"
            size="sm"
            loading={busy}
            style={{ alignSelf: "flex-start" }}
            aria-describedby={error ? `${labelId} ${errorId}` : labelId}
            aria-invalid={error ? true : undefined}
            data-testid="supplement-upload"
          >
            {files.length > 0
              ? t("myDossierRequests.supplement.addMore")
              : t("myDossierRequests.supplement.choose")}
          </Button>
        )}
      </FileButton>
      {error && (
        <Text fz="sm" c="red.9" id={errorId}>
          {error}
        </Text>
      )}
      {failures.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t("myDossierRequests.supplement.uploadFailed")}
          role="alert"
        >
          <Stack gap={2}>
            {failures.map((failure) => (
              <Text key={failure} fz="sm">
                {failure}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
