import { NativeSelect } from "@mantine/core";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { dossiersApi } from "../../api-client/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useFetched } from "../../lib/useFetched.ts";

interface Props {
  dossierId: string;
  label: string;
  required: boolean;
  error: string | undefined;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  "data-testid": string;
}

/** PRC-9: the officer to assign the current step to, among those who may do it (name and username). */
export function AssigneeField({ dossierId, error, ...props }: Props) {
  const { t } = useTranslation();
  const assignees = useFetched(dossierId, (signal) => dossiersApi.assignees(dossierId, signal));
  const officers = assignees.data?.officers ?? [];
  const placeholder = assignees.loading
    ? t("dossierCommand.assignees.loading")
    : officers.length === 0
      ? t("dossierCommand.assignees.none")
      : t("dossierCommand.choose");
  return (
    <NativeSelect
      {...props}
      error={error ?? (assignees.error ? errorText(assignees.error, t) : undefined)}
      disabled={assignees.loading || officers.length === 0}
      data={[
        { value: "", label: placeholder },
        ...officers.map((officer) => ({
          value: officer.id,
          label: t("dossierCommand.assignees.option", { name: officer.fullName, username: officer.username }),
        })),
      ]}
    />
  );
}
