import { Button, Group, NativeSelect, SimpleGrid, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Role, RoleGrant } from "../../../contracts/accounts.ts";
import { errorUnder } from "../../api-client/field-errors.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import type { AgencyTree } from "../../lib/agency-tree.ts";
import { allRoles, useRoleLabel } from "../../workspace/roles.ts";

/** A role being edited: either part may still be empty. */
export interface GrantDraft {
  role: Role | "";
  scopeAgencyId: string | null;
}

const MAX_GRANTS = 20;

export const draftsOf = (grants: readonly RoleGrant[]): GrantDraft[] =>
  grants.map((g) => ({ role: g.role, scopeAgencyId: g.scopeAgencyId }));

/**
 * The grants, or the problems of incomplete rows keyed like the server's (`roles.0.role`), so
 * that both kinds of message show in the same place.
 */
export function grantsOf(
  drafts: readonly GrantDraft[],
  t: TFunction,
): { grants: RoleGrant[] } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (drafts.length === 0) errors.roles = t("accounts.rolesEditor.atLeastOne");
  drafts.forEach((draft, index) => {
    if (draft.role === "") errors[`roles.${index}.role`] = t("accounts.rolesEditor.roleRequired");
    if (!draft.scopeAgencyId)
      errors[`roles.${index}.scopeAgencyId`] = t("accounts.rolesEditor.scopeRequired");
  });
  if (Object.keys(errors).length > 0) return { errors };
  return {
    grants: drafts.map((d) => ({ role: d.role as Role, scopeAgencyId: d.scopeAgencyId ?? "" })),
  };
}

interface Props {
  tree: AgencyTree | null;
  drafts: GrantDraft[];
  onChange: (drafts: GrantDraft[]) => void;
  /** The scope given to a new row: the officer's agency. */
  defaultScope: string | null;
  errors: Record<string, string>;
}

/** The roles of an officer, each over an agency (and everything under it). */
export function RoleGrantsEditor({ tree, drafts, onChange, defaultScope, errors }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const update = (index: number, change: Partial<GrantDraft>) =>
    onChange(drafts.map((d, i) => (i === index ? { ...d, ...change } : d)));

  return (
    <Stack gap="sm" data-testid="roles-editor">
      <div>
        <Text fw={600} fz="sm">
          {t("accounts.rolesEditor.title")}
        </Text>
        <Text fz="xs" c="gray.7">
          {t("accounts.rolesEditor.hint")}
        </Text>
      </div>
      {errors.roles && (
        <Text c="var(--mantine-color-error)" fz="sm">
          {errors.roles}
        </Text>
      )}
      {drafts.map((draft, index) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions ("role 1, 2…"), not entities.
          key={index}
          className="mc-grant-row"
          data-testid={`role-grant-${index}`}
        >
          <Text component="legend" fw={600} fz="sm" p={0}>
            {t("accounts.rolesEditor.row", { n: index + 1 })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t("accounts.rolesEditor.role")}
              value={draft.role}
              onChange={(event) => update(index, { role: event.currentTarget.value as Role | "" })}
              data={[
                { value: "", label: t("accounts.rolesEditor.chooseRole"), disabled: true },
                ...allRoles.map((role) => ({ value: role, label: roleLabel(role) })),
              ]}
              error={errors[`roles.${index}.role`]}
              required
              data-testid={`role-grant-${index}-role`}
            />
            <AgencyPicker
              tree={tree}
              label={t("accounts.rolesEditor.scope")}
              placeholder={t("accounts.form.agencyPlaceholder")}
              value={draft.scopeAgencyId}
              onChange={(id) => update(index, { scopeAgencyId: id })}
              error={errorUnder(errors, `roles.${index}.scopeAgencyId`)}
              required
              data-testid={`role-grant-${index}-scope`}
            />
          </SimpleGrid>
          {drafts.length > 1 && (
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              onClick={() => onChange(drafts.filter((_, i) => i !== index))}
              data-testid={`role-grant-${index}-remove`}
            >
              {t("accounts.rolesEditor.remove", { n: index + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={drafts.length >= MAX_GRANTS}
          onClick={() => onChange([...drafts, { role: "", scopeAgencyId: defaultScope }])}
          data-testid="roles-add"
        >
          + {t("accounts.rolesEditor.add")}
        </Button>
      </Group>
    </Stack>
  );
}
