import { Button, FileButton, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredFileInfo } from "../../../contracts/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { receptionApi } from "../../api-client/reception.ts";

const ACCEPT = "application/pdf,image/jpeg,image/png";

/** The scan of one paper (`POST /api/files`): uploaded at once, attached to the dossier by its id. */
export function ScanUpload({
  file,
  error,
  onChange,
}: {
  file: StoredFileInfo | null;
  error?: string | undefined;
  onChange: (file: StoredFileInfo | null) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function upload(chosen: File | null) {
    if (!chosen) return;
    setBusy(true);
    setFailure(null);
    try {
      onChange(await receptionApi.upload(chosen));
    } catch (problem) {
      setFailure(errorText(problem, t));
    } finally {
      setBusy(false);
    }
  }

  const message = failure ?? error;
  return (
    <>
      <Group gap="sm" mt="sm">
        <FileButton onChange={(chosen) => void upload(chosen)} accept={ACCEPT}>
          {(props) => (
            <Button {...props} variant="light" size="sm" loading={busy} data-testid="reception-scan">
              {file ? t("counterReception.replaceScan") : t("counterReception.attachScan")}
            </Button>
          )}
        </FileButton>
        {file && (
          <Button variant="subtle" size="sm" color="red.9" onClick={() => onChange(null)}>
            {t("counterReception.removeScan")}
          </Button>
        )}
      </Group>
      {file && (
        <Text fz="sm" c="teal.9" mt={4} className="mc-break" data-testid="reception-scan-name">
          {t("counterReception.scanAttached", { name: file.name ?? file.id })}
        </Text>
      )}
      {message && (
        <Text fz="sm" c="red.9" mt={4} role="alert">
          {message}
        </Text>
      )}
    </>
  );
}
