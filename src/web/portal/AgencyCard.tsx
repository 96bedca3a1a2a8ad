import { Anchor, Badge, Box, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { IndexedAgency } from "./agency-groups.ts";

export function AgencyCard({ item }: { item: IndexedAgency }) {
  const { t } = useTranslation();
  const { agency, parentName } = item;
  const phone = agency.dutyOfficerPhone;

  return (
    <Paper
      component="article"
      withBorder
      p="md"
      h="100%"
      data-testid="agency-card"
      data-agency-code={agency.code}
      style={{ borderTop: "3px solid var(--mantine-color-brand-7)" }}
    >
      <Stack gap="xs">
        <Title order={4} fz="md" lh={1.35}>
          {agency.name}
        </Title>
        <Field label={t("directory.code")}>
          <Badge variant="light" color="gray" radius="sm" tt="none" ff="monospace" fz="sm">
            {agency.code}
          </Badge>
        </Field>
        {parentName && <Field label={t("directory.parent")}>{parentName}</Field>}
        <Field label={t("directory.address")}>{agency.address}</Field>
        <Field label={t("directory.dutyOfficer")}>
          {agency.dutyOfficerName || phone ? (
            <>
              {agency.dutyOfficerName}
              {agency.dutyOfficerName && phone ? " · " : null}
              {phone && (
                <Anchor
                  href={`tel:${phone.replace(/[^\d+]/g, "")}`}
                  aria-label={t("directory.callOfficer", { phone })}
                  fw={600}
                >
                  {phone}
                </Anchor>
              )}
            </>
          ) : (
            <Text span c="gray.7" fz="sm">
              {t("directory.notUpdated")}
            </Text>
          )}
        </Field>
      </Stack>
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <span className="mc-field-label">{label}</span>
      <Text fz="sm" component="div">
        {children}
      </Text>
    </Box>
  );
}
