import { Box, CloseButton, Group, Stack, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredFileInfo } from "../../../contracts/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { submissionApi } from "./submission-api.ts";
import { MAX_UPLOAD_BYTES } from "./submission-steps.ts";

/** What a citizen may upload (the server checks the content, not this list). */
export const UPLOAD_ACCEPT = "application/pdf,image/jpeg,image/png";

/**
 * The citizen's uploads of one list of files (a component of an online submission, a supplement):
 * each chosen file uploaded in turn (`POST /api/citizen/files`), those too large refused before
 * sending, each failure kept with its file's name.
 */
export function useCitizenUploads(files: StoredFileInfo[], onChange: (files: StoredFileInfo[]) => void) {
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
        failed.push(t("onlineSubmission.components.tooLarge", { name: file.name }));
        continue;
      }
      try {
        added.push(await submissionApi.upload(file));
      } catch (error) {
        failed.push(`${file.name}: ${errorText(error, t)}`);
      }
    }
    onChange([...files, ...added]);
    setFailures(failed);
    setBusy(false);
  }
  return { busy, failures, upload };
}

/** The files uploaded so far, each with its size, what `detail` says of it, and a button to drop it. */
export function UploadedFiles({
  files,
  onChange,
  testId,
  labelledBy,
  detail,
}: {
  files: StoredFileInfo[];
  onChange: (files: StoredFileInfo[]) => void;
  testId: string;
  labelledBy?: string;
  detail?: (file: StoredFileInfo) => ReactNode;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Stack
      gap={4}
      mt="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: "none" }}
      aria-labelledby={labelledBy}
    >
      {files.map((file) => (
        <Group key={file.id} component="li" gap="xs" wrap="nowrap" data-testid={testId}>
          <Box flex={1}>
            <Text fz="sm" c="teal.9" className="mc-break">
              {file.name ?? file.id} ({Math.max(1, Math.round(file.size / 1024))} KB)
            </Text>
            {detail?.(file)}
          </Box>
          <CloseButton
            size="sm"
            aria-label={t("onlineSubmission.components.remove", { name: file.name ?? file.id })}
            onClick={() => onChange(files.filter((f) => f.id !== file.id))}
          />
        </Group>
      ))}
    </Stack>
  );
}
