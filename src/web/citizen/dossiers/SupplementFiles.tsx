import { Alert, Button, FileButton, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StoredFileInfo } from "../../../contracts/dossiers.ts";
import { UPLOAD_ACCEPT, UploadedFiles, useCitizenUploads } from "../../portal/catalog/UploadedFiles.tsx";

/**
 * REC-8: the files of a supplement (PDF or images), uploaded when chosen and listed as the online
 * submission's components are (UploadedFiles); the server checks content and size.
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
  const { busy, failures, upload } = useCitizenUploads(files, onChange);

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
      <UploadedFiles files={files} onChange={onChange} testId="supplement-file" labelledBy={labelId} />
      <FileButton onChange={(chosen) => void upload(chosen)} accept={UPLOAD_ACCEPT} multiple>
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
