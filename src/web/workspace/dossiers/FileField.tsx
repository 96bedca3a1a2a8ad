import { FileInput, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredFileInfo } from "../../../contracts/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { receptionApi } from "../../api-client/reception.ts";

interface Props {
  label: string;
  required: boolean;
  error: string | undefined;
  multiple: boolean;
  files: readonly StoredFileInfo[];
  onChange: (files: readonly StoredFileInfo[]) => void;
  "data-testid": string;
}

const ACCEPT = "application/pdf,image/jpeg,image/png";

/** A scan, letter, proof or result: uploaded as soon as it is chosen (`POST /api/files`), then referred to by id. */
export function FileField({ label, required, error, multiple, files, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function upload(chosen: File | File[] | null) {
    const list = chosen === null ? [] : Array.isArray(chosen) ? chosen : [chosen];
    setFailure(null);
    if (list.length === 0) return onChange([]);
    setBusy(true);
    try {
      const stored = await Promise.all(list.map((file) => receptionApi.upload(file)));
      onChange(multiple ? [...files, ...stored] : stored);
    } catch (caught) {
      setFailure(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <FileInput
        label={label}
        required={required}
        error={failure ?? error}
        multiple={multiple}
        accept={ACCEPT}
        clearable
        description={t("dossierCommand.hints.file")}
        placeholder={busy ? t("dossierCommand.uploading") : t("dossierCommand.chooseFile")}
        onChange={(chosen: File | File[] | null) => void upload(chosen)}
        data-testid={rest["data-testid"]}
      />
      {files.length > 0 && (
        <Text fz="xs" c="teal.9" mt={4} data-testid={`${rest["data-testid"]}-uploaded`}>
          {t("dossierCommand.uploaded", { names: files.map((file) => file.name ?? file.id).join(", ") })}
        </Text>
      )}
    </div>
  );
}
