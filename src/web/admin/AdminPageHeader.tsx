import { Anchor, Box, Group, Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../components/PageTitle.tsx";

interface Props {
  title: string;
  /** Document title when it differs from the heading. */
  pageTitle?: string;
  intro?: ReactNode;
  /** The page one level up; by default the officer home. */
  back?: { to: string; label: string };
  /** Buttons on the right of the heading (they wrap below it on a phone). */
  actions?: ReactNode;
  /** Filters or facts under the heading. */
  children?: ReactNode;
  "data-testid"?: string;
}

/** The heading card of an administration page, with the way back. */
export function AdminPageHeader({ title, pageTitle, intro, back, actions, children, ...rest }: Props) {
  const { t } = useTranslation();
  const up = back ?? { to: "/can-bo", label: t("admin.backToOfficer") };
  return (
    <Box>
      <PageTitle>{pageTitle ?? title}</PageTitle>
      <Anchor component={Link} to={up.to} fz="sm" fw={600} display="inline-block" mb="xs">
        ← {up.label}
      </Anchor>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} fz={{ base: "h3", sm: "h2" }} c="brand.8" data-testid={rest["data-testid"]}>
            {title}
          </Title>
          {actions && <Group gap="sm">{actions}</Group>}
        </Group>
        {intro && (
          <Text c="gray.7" mt="xs">
            {intro}
          </Text>
        )}
        {children && <Box mt="md">{children}</Box>}
      </Paper>
    </Box>
  );
}
