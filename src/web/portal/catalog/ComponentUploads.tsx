import { Alert, Badge, Button, FileButton, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierComponent } from "../../../contracts/catalog.ts";
import type { StoredFileInfo } from "../../../contracts/dossiers.ts";
import { asComponentFile } from "../../citizen/data-store/api.ts";
import { DataStorePicker } from "../../citizen/data-store/DataStorePicker.tsx";
import { FileSignature } from "./FileSignature.tsx";
import { needsFile, signedFile } from "./submission-steps.ts";
import { UPLOAD_ACCEPT, UploadedFiles, useCitizenUploads } from "./UploadedFiles.tsx";

/**
 * REC-4: the papers of the dossier, each component with as many files as it takes (a scan as one
 * PDF, or its pages as photos). Each file is uploaded when chosen; the server checks its content
 * and size, and its refusal is shown under the component in Vietnamese.
 */
export function ComponentUploads({
  components,
  files,
  onChange,
  errors,
  signatureRequired = false,
}: {
  components: readonly DossierComponent[];
  files: Record<number, StoredFileInfo[]>;
  onChange: (index: number, files: StoredFileInfo[]) => void;
  /** The components still missing a file, once the applicant tried to go on. */
  errors: ReadonlySet<number>;
  /** REC-4: the procedure requires a digital signature (a signed PDF among the files). */
  signatureRequired?: boolean;
}) {
  const { t } = useTranslation();
  if (components.length === 0) return <Text>{t("onlineSubmission.components.none")}</Text>;
  return (
    <Stack gap="md">
      <Text fz="sm" c="gray.7">
        {t("onlineSubmission.components.intro")}
      </Text>
      {signatureRequired && !signedFile(files) && (
        <Alert
          color="yellow"
          variant="light"
          title={t("onlineSubmission.signature.title")}
          data-testid="submission-signature-needed"
        >
          <Text fz="sm">{t("onlineSubmission.signature.body")}</Text>
        </Alert>
      )}
      {components.map((component, index) => (
        <ComponentRow
          // Components are a fixed list from the catalog: their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          index={index}
          component={component}
          files={files[index] ?? []}
          onChange={(next) => onChange(index, next)}
          missing={errors.has(index)}
        />
      ))}
    </Stack>
  );
}

function ComponentRow({
  index,
  component,
  files,
  onChange,
  missing,
}: {
  index: number;
  component: DossierComponent;
  files: StoredFileInfo[];
  onChange: (files: StoredFileInfo[]) => void;
  missing: boolean;
}) {
  const { t } = useTranslation();
  const { busy, failures, upload } = useCitizenUploads(files, onChange);

  const id = `mc-step-components-${index}`;
  return (
    <Paper withBorder p="md" data-testid={`submission-component-${index}`}>
      <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
        <Text fw={600}>
          {index + 1}. {component.name}
        </Text>
        <Badge
          size="sm"
          variant={needsFile(component) ? "light" : "outline"}
          color={needsFile(component) ? "brand" : "gray"}
          tt="none"
        >
          {needsFile(component)
            ? t("onlineSubmission.components.required")
            : t("onlineSubmission.components.optional")}
        </Badge>
      </Group>
      <UploadedFiles
        files={files}
        onChange={onChange}
        testId="submission-file"
        detail={(file) => <FileSignature signature={file.signature} />}
      />
      <FileButton onChange={(chosen) => void upload(chosen)} accept={UPLOAD_ACCEPT} multiple>
        {(props) => (
          <Button
            {...props}
            id={id}
            mt="sm"
            variant="light"
            size="sm"
            loading={busy}
            data-testid={`submission-upload-${index}`}
          >
            {files.length > 0
              ? t("onlineSubmission.components.addMore")
              : t("onlineSubmission.components.choose")}
          </Button>
        )}
      </FileButton>
      {/* DIG-1: a document of the citizen's data store, reused instead of uploaded again. */}
      <DataStorePicker
        index={index}
        componentName={component.name}
        onPick={(item) => {
          if (!files.some((f) => f.id === item.fileId)) onChange([...files, asComponentFile(item)]);
        }}
      />
      {missing && files.length === 0 && (
        <Text fz="sm" c="red.9" mt={4}>
          {t("onlineSubmission.components.missing", { name: component.name })}
        </Text>
      )}
      {failures.length > 0 && (
        <Alert
          color="red"
          variant="light"
          mt="sm"
          role="alert"
          data-testid={`submission-upload-error-${index}`}
        >
          {failures.map((failure) => (
            <Text key={failure} fz="sm">
              {failure}
            </Text>
          ))}
        </Alert>
      )}
    </Paper>
  );
}
