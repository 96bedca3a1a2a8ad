import { Anchor, Badge, Box, Button, CloseButton, Group, Paper, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PublicAgency } from "../../../contracts/agencies.ts";
import { type AgencyTree, ancestorsOf } from "../../lib/agency-tree.ts";
import { foldForSearch, matchesQuery } from "../../lib/search.ts";

interface Props {
  tree: AgencyTree;
  canEdit: boolean;
  /** Agencies opened at first (the root's children are visible). */
  expanded: ReadonlySet<string>;
  onExpandedChange: (expanded: Set<string>) => void;
  /** The agency just saved: marked until the next change. */
  highlight: string | null;
  onAddChild: (parent: PublicAgency) => void;
  onEdit: (agency: PublicAgency) => void;
}

/**
 * The agency tree (CFG-3) as nested lists with disclosure buttons: province → departments and
 * communes → units, each with its identifier, level, address and duty one-stop officer (LKP-3).
 * A search shows the matching agencies with the chain of their parents.
 */
export function AgencyTreeView({
  tree,
  canEdit,
  expanded,
  onExpandedChange,
  highlight,
  onAddChild,
  onEdit,
}: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const folded = foldForSearch(query);

  // While searching: the matches and their parents, everything open.
  const search = useMemo(() => {
    if (folded === "") return null;
    const shown = new Set<string>();
    let matches = 0;
    for (const { agency } of tree.rows) {
      const haystack = foldForSearch(
        `${agency.name} ${agency.code} ${agency.address} ${agency.dutyOfficerName ?? ""}`,
      );
      if (!matchesQuery(haystack, folded)) continue;
      matches += 1;
      shown.add(agency.id);
      for (const parent of ancestorsOf(tree, agency.id)) shown.add(parent.id);
    }
    return { shown, matches };
  }, [tree, folded]);
  const visible = search?.shown ?? null;

  const isOpen = (id: string) => (visible ? true : expanded.has(id));
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onExpandedChange(next);
  };

  const renderLevel = (agencies: readonly PublicAgency[], depth: number) => (
    <ul className="mc-tree" data-depth={depth}>
      {agencies
        .filter((agency) => !visible || visible.has(agency.id))
        .map((agency) => {
          const children = tree.childrenOf(agency.id);
          const open = isOpen(agency.id);
          const childListId = `agency-children-${agency.id}`;
          return (
            <li key={agency.id}>
              <div
                className="mc-tree-node"
                data-testid="agency-node"
                data-code={agency.code}
                data-highlight={highlight === agency.id || undefined}
              >
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  {children.length > 0 ? (
                    <button
                      type="button"
                      className="mc-tree-toggle"
                      aria-expanded={open}
                      aria-controls={childListId}
                      aria-label={t(open ? "agencies.tree.collapse" : "agencies.tree.expand", {
                        name: agency.name,
                        count: children.length,
                      })}
                      onClick={() => toggle(agency.id)}
                      disabled={visible !== null}
                      data-testid="agency-toggle"
                    >
                      <span aria-hidden="true">{open ? "▾" : "▸"}</span>
                    </button>
                  ) : (
                    <span className="mc-tree-toggle" aria-hidden="true" />
                  )}
                  <Box miw={0} flex={1}>
                    <Group gap={6} align="baseline">
                      <Text fw={700} data-testid="agency-name">
                        {agency.name}
                      </Text>
                      {children.length > 0 && (
                        <Text span fz="xs" c="gray.7">
                          {t("agencies.tree.childCount", { count: children.length })}
                        </Text>
                      )}
                    </Group>
                    <Group gap={6} mt={2}>
                      <Badge variant="outline" color="gray.8" radius="sm" tt="none" ff="monospace">
                        {agency.code}
                      </Badge>
                      <Badge variant="light" color="brand" radius="sm" tt="none">
                        {t(`directory.levels.${agency.level}`)}
                      </Badge>
                    </Group>
                    <Text fz="sm" mt={4} className="mc-break">
                      <Text span inherit c="gray.7">
                        {t("agencies.fields.address")}:{" "}
                      </Text>
                      {agency.address || t("directory.notUpdated")}
                    </Text>
                    <Text fz="sm" className="mc-break">
                      <Text span inherit c="gray.7">
                        {t("agencies.fields.dutyOfficer")}:{" "}
                      </Text>
                      {agency.dutyOfficerName ?? t("directory.notUpdated")}
                      {agency.dutyOfficerPhone && (
                        <>
                          {" – "}
                          <Anchor href={`tel:${agency.dutyOfficerPhone.replace(/[^\d+]/g, "")}`} fz="sm">
                            {agency.dutyOfficerPhone}
                          </Anchor>
                        </>
                      )}
                    </Text>
                    {canEdit && (
                      <Group gap="xs" mt={6}>
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => onEdit(agency)}
                          aria-label={t("agencies.tree.editNamed", { name: agency.name })}
                          data-testid="agency-edit"
                        >
                          {t("agencies.tree.edit")}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => onAddChild(agency)}
                          aria-label={t("agencies.tree.addChildNamed", { name: agency.name })}
                          data-testid="agency-add-child"
                        >
                          + {t("agencies.tree.addChild")}
                        </Button>
                      </Group>
                    )}
                  </Box>
                </Group>
              </div>
              {children.length > 0 && open && <div id={childListId}>{renderLevel(children, depth + 1)}</div>}
            </li>
          );
        })}
    </ul>
  );

  return (
    <Paper withBorder p={{ base: "sm", sm: "lg" }} component="section" aria-labelledby="agency-tree-title">
      <Group justify="space-between" align="flex-end" gap="sm" mb="sm">
        <Title order={2} fz="h3" id="agency-tree-title">
          {t("agencies.tree.title")}
        </Title>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onExpandedChange(new Set(tree.rows.map((r) => r.agency.id)))}
            disabled={visible !== null}
            data-testid="agency-expand-all"
          >
            {t("agencies.tree.expandAll")}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onExpandedChange(new Set())}
            disabled={visible !== null}
            data-testid="agency-collapse-all"
          >
            {t("agencies.tree.collapseAll")}
          </Button>
        </Group>
      </Group>
      <TextInput
        type="search"
        label={t("agencies.tree.search")}
        placeholder={t("agencies.tree.searchPlaceholder")}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        rightSection={
          query ? (
            <CloseButton aria-label={t("agencies.tree.clearSearch")} onClick={() => setQuery("")} />
          ) : null
        }
        maw={480}
        mb="sm"
        data-testid="agency-search"
      />
      <Text fz="sm" c="gray.7" mb="sm" role="status" data-testid="agency-count">
        {search
          ? t("agencies.tree.matches", { count: search.matches })
          : t("agencies.tree.total", { count: tree.rows.length })}
      </Text>
      <div data-testid="agency-tree">{renderLevel(tree.roots, 0)}</div>
    </Paper>
  );
}
