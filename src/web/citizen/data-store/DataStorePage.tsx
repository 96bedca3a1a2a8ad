import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DataStoreItem } from "../../../contracts/data-store.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { TEAL_BADGE_TEXT } from "../../theme.ts";
import { formatMoment } from "../format.ts";
import { myDossierPath } from "../paths.ts";
import { RequireCitizen } from "../RequireCitizen.tsx";
import { dataStoreApi, formatSize } from "./api.ts";

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = "application/pdf,image/jpeg,image/png";

/** `/cong-dan/kho-du-lieu` ("Kho dữ liệu điện tử", RES-3, DIG-1): the citizen's own data store. */
export default function DataStorePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("dataStore.pageTitle")}</PageTitle>
      <RequireCitizen>{(citizen) => <DataStore citizenId={citizen.id} />}</RequireCitizen>
    </>
  );
}

function DataStore({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const list = useFetched(citizenId, (signal) => dataStoreApi.list(signal));
  const [renaming, setRenaming] = useState<DataStoreItem | null>(null);
  const [removing, setRemoving] = useState<DataStoreItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="lg" data-testid="data-store-page">
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Title order={1} c="brand.8" fz={{ base: "h3", sm: "h2" }}>
          {t("dataStore.title")}
        </Title>
        <Text c="gray.8" mt={4}>
          {t("dataStore.intro")}
        </Text>
        {list.data && (
          <Text fz="sm" c="gray.7" mt="xs" data-testid="data-store-total">
            {t("dataStore.count", { count: list.data.items.length })}
          </Text>
        )}
      </Paper>
      <UploadForm
        onDone={(item) => {
          setNotice(t("dataStore.upload.done", { title: item.title }));
          list.reload();
        }}
      />
      {notice && (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {list.error !== null && (
        <Alert color="red" title={t("dataStore.loadError")}>
          {errorText(list.error, t)}
        </Alert>
      )}
      {list.loading && !list.data && <PageLoader />}
      {list.data?.items.length === 0 && (
        <Text c="gray.7" data-testid="data-store-empty">
          {t("dataStore.empty")}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("dataStore.listLabel")}
        >
          {list.data.items.map((item) => (
            <li key={item.id}>
              <ItemCard item={item} onRename={() => setRenaming(item)} onRemove={() => setRemoving(item)} />
            </li>
          ))}
        </Stack>
      )}
      {renaming && (
        <RenameModal
          item={renaming}
          onClose={() => setRenaming(null)}
          onDone={() => {
            setRenaming(null);
            list.reload();
          }}
        />
      )}
      {removing && (
        <RemoveModal
          item={removing}
          onClose={() => setRemoving(null)}
          onDone={() => {
            setRemoving(null);
            list.reload();
          }}
        />
      )}
    </Stack>
  );
}

function ItemCard({
  item,
  onRename,
  onRemove,
}: {
  item: DataStoreItem;
  onRename: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="data-store-item">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title
          order={2}
          fz="md"
          className="mc-break"
          style={{ flex: "1 1 12rem" }}
          data-testid="data-store-item-title"
        >
          {item.title}
        </Title>
        <Badge
          variant="light"
          color={item.kind === "result" ? "teal" : "brand"}
          c={item.kind === "result" ? TEAL_BADGE_TEXT : undefined}
          tt="none"
        >
          {item.kind === "result" ? t("dataStore.kindResult") : t("dataStore.kindUploaded")}
        </Badge>
      </Group>
      <Stack gap={2} mt="xs">
        {item.sourceDossier && (
          <Anchor component={Link} to={myDossierPath(item.sourceDossier.id)} fz="sm">
            {t("dataStore.sourceDossier", { code: item.sourceDossier.code })}
          </Anchor>
        )}
        {item.documentNumber && (
          <Text fz="sm" c="gray.8">
            {t("dataStore.documentNumber", { number: item.documentNumber })}
          </Text>
        )}
        <Text fz="sm" c="gray.7">
          {t("dataStore.added")}: {formatMoment(item.createdAt)} · {t("dataStore.size")}:{" "}
          {formatSize(item.size)}
        </Text>
      </Stack>
      <Group gap="xs" mt="sm">
        <Button
          component="a"
          href={dataStoreApi.fileUrl(item.id)}
          download
          size="xs"
          variant="light"
          aria-label={t("dataStore.downloadLabel", { title: item.title })}
        >
          {t("dataStore.download")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={onRename}
          aria-label={t("dataStore.renameLabel", { title: item.title })}
        >
          {t("dataStore.rename")}
        </Button>
        <Button
          size="xs"
          variant="default"
          c="red.9"
          onClick={onRemove}
          aria-label={t("dataStore.removeLabel", { title: item.title })}
          data-testid="data-store-remove"
        >
          {t("dataStore.remove")}
        </Button>
      </Group>
    </Paper>
  );
}

function UploadForm({ onDone }: { onDone: (item: DataStoreItem) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ title?: string; file?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const next: { title?: string; file?: string } = {};
    if (!title.trim()) next.title = t("dataStore.upload.titleRequired");
    if (!file) next.file = t("dataStore.upload.fileRequired");
    else if (file.size > MAX_BYTES) next.file = t("dataStore.upload.tooLarge");
    setErrors(next);
    if (next.title || next.file || !file) return;
    setBusy(true);
    setFailure(null);
    try {
      const item = await dataStoreApi.add(file, title.trim());
      setTitle("");
      setFile(null);
      onDone(item);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-store-upload-heading">
      <Title order={2} fz="lg" id="data-store-upload-heading">
        {t("dataStore.upload.heading")}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm" mt="sm">
          <TextInput
            label={t("dataStore.upload.titleLabel")}
            placeholder={t("dataStore.upload.titlePlaceholder")}
            required
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            data-testid="data-store-title"
          />
          <FileInput
            label={t("dataStore.upload.fileLabel")}
            placeholder={t("dataStore.upload.filePlaceholder")}
            required
            accept={ACCEPT}
            value={file}
            onChange={setFile}
            error={errors.file}
            clearable
            data-testid="data-store-file"
          />
          {failure && (
            <Alert color="red" variant="light" role="alert" data-testid="data-store-upload-error">
              {failure}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy} data-testid="data-store-upload">
              {t("dataStore.upload.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RenameModal({
  item,
  onClose,
  onDone,
}: {
  item: DataStoreItem;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item.title);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    if (!title.trim()) {
      setFailure(t("dataStore.upload.titleRequired"));
      return;
    }
    setBusy(true);
    try {
      await dataStoreApi.rename(item.id, title.trim());
      onDone();
    } catch (error) {
      setFailure(t("dataStore.actionError", { reason: errorText(error, t) }));
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t("dataStore.renameModal.title")} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t("dataStore.renameModal.label")}
            required
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={failure}
            data-autofocus
            data-testid="data-store-rename-input"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("dataStore.renameModal.cancel")}
            </Button>
            <Button type="submit" loading={busy} data-testid="data-store-rename-save">
              {t("dataStore.renameModal.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RemoveModal({
  item,
  onClose,
  onDone,
}: {
  item: DataStoreItem;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    try {
      await dataStoreApi.remove(item.id);
      onDone();
    } catch (error) {
      setFailure(t("dataStore.actionError", { reason: errorText(error, t) }));
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t("dataStore.removeModal.title")} centered>
      <Stack gap="md">
        <Text>{t("dataStore.removeModal.body", { title: item.title })}</Text>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t("dataStore.removeModal.cancel")}
          </Button>
          <Button
            color="red.9"
            loading={busy}
            onClick={() => void remove()}
            data-testid="data-store-remove-confirm"
          >
            {t("dataStore.removeModal.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
