import { Anchor, Paper, Text, Title } from "@mantine/core";
import { Link } from "react-router";

interface Props {
  /** The card's heading; without it the link names the card. */
  title?: string;
  to: string;
  label: string;
  summary: string;
  "data-testid"?: string;
}

/** On the officer's home page: a card leading to one page of the workspace, with what it is for. */
export function HomeLinkCard({ title, to, label, summary, ...rest }: Props) {
  const headingId = title ? `home-card-${to.replace(/\W+/g, "-")}` : undefined;
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      mt="lg"
      component="nav"
      aria-labelledby={headingId}
      aria-label={title ? undefined : label}
    >
      {title && (
        <Title order={2} fz="h3" id={headingId} mb="sm">
          {title}
        </Title>
      )}
      <Anchor component={Link} to={to} fw={700} data-testid={rest["data-testid"]}>
        {label}
      </Anchor>
      <Text fz="sm" c="gray.7">
        {summary}
      </Text>
    </Paper>
  );
}
