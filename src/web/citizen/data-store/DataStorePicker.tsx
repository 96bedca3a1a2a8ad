import { Alert, Anchor, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DataStoreItem } from "../../../contracts/data-store.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { DATA_STORE_PATH } from "../paths.ts";
import { dataStoreApi, formatSize } from "./api.ts";

/**
 * DIG-1: "Chọn từ kho dữ liệu" under a component of the online submission: a modal listing the
 * citizen's store; the item picked is attached to the component by its file (no new upload).
 */
export function DataStorePicker({
  index,
  componentName,
  onPick,
}: {
  index: number;
  componentName: string;
  onPick: (item: DataStoreItem) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        mt="sm"
        variant="default"
        size="sm"
        onClick={() => setOpened(true)}
        aria-label={t("dataStore.picker.openLabel", { name: componentName })}
        data-testid={`submission-pick-store-${index}`}
      >
        {t("dataStore.picker.open")}
      </Button>
      {opened && (
        <PickerModal
          componentName={componentName}
          onClose={() => setOpened(false)}
          onPick={(item) => {
            setOpened(false);
            onPick(item);
          }}
        />
      )}
    </>
  );
}

function PickerModal({
  componentName,
  onClose,
  onPick,
}: {
  componentName: string;
  onClose: () => void;
  onPick: (item: DataStoreItem) => void;
}) {
  const { t } = useTranslation();
  const list = useFetched("picker", (signal) => dataStoreApi.list(signal));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("dataStore.picker.title")}
      centered
      data-testid="data-store-picker"
    >
      <Stack gap="sm">
        <Text fz="sm" c="gray.8">
          {t("dataStore.picker.intro", { name: componentName })}
        </Text>
        {list.error !== null && (
          <Alert color="red" title={t("dataStore.loadError")}>
            {errorText(list.error, t)}
          </Alert>
        )}
        {list.loading && !list.data && <PageLoader />}
        {list.data?.items.length === 0 && <Text c="gray.7">{t("dataStore.picker.empty")}</Text>}
        {list.data && list.data.items.length > 0 && (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {list.data.items.map((item) => (
              <Group
                key={item.id}
                component="li"
                justify="space-between"
                gap="xs"
                wrap="nowrap"
                data-testid="data-store-picker-item"
              >
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text fz="sm" fw={600} className="mc-break">
                    {item.title}
                  </Text>
                  <Text fz="xs" c="gray.7">
                    {item.kind === "result" ? t("dataStore.kindResult") : t("dataStore.kindUploaded")} ·{" "}
                    {formatSize(item.size)}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant="light"
                  style={{ flexShrink: 0 }}
                  onClick={() => onPick(item)}
                  aria-label={t("dataStore.picker.chooseLabel", { title: item.title })}
                >
                  {t("dataStore.picker.choose")}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <Anchor component={Link} to={DATA_STORE_PATH} fz="sm" target="_blank">
          {t("dataStore.picker.manage")}
        </Anchor>
      </Stack>
    </Modal>
  );
}
