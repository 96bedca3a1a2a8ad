import { Alert, Anchor, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import type { CurrentOfficer } from "../../contracts/auth.ts";
import { PageLoader } from "../components/PageLoader.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { can, permissions as rolesOf, useRoleLabel, type WebPermission } from "../workspace/roles.ts";
import { useSession } from "./useSession.ts";

/** Where an officer chooses a new password; every other officer page waits until that is done. */
export const CHANGE_PASSWORD_PATH = "/can-bo/doi-mat-khau";

interface Props {
  /** What the page needs; omitted: any signed-in officer. */
  permission?: WebPermission;
  /** Title of the page, shown above the "no permission" message. */
  title: string;
  /** The explanation when the officer lacks the permission (default: the roles that have it). */
  forbiddenText?: string;
  forbiddenTestId?: string;
  /** The change-password page itself is reachable while a new password is required. */
  allowPendingPasswordChange?: boolean;
  children: (officer: CurrentOfficer) => ReactNode;
}

/**
 * The gate of every officer page: waits for the session, sends a visitor to the sign-in form (which
 * brings them back), an officer with a temporary password to the change-password page first, and
 * tells an officer without the permission so instead of showing an empty page. The server checks
 * every request again.
 */
export function RequireOfficer({
  permission,
  title,
  forbiddenText,
  forbiddenTestId = "page-forbidden",
  allowPendingPasswordChange = false,
  children,
}: Props) {
  const { t } = useTranslation();
  const { session } = useSession();
  const location = useLocation();
  const roleLabel = useRoleLabel();
  const here = location.pathname + location.search;

  if (session.status === "loading") return <PageLoader />;
  if (session.status === "signedOut") return <Navigate to="/dang-nhap" replace state={{ from: here }} />;
  const { officer } = session;
  if (officer.mustChangePassword && !allowPendingPasswordChange) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace state={{ from: here }} />;
  }
  if (permission && !can(officer.roles, permission)) {
    const roles = rolesOf[permission].map(roleLabel).join(", ");
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Title order={1} fz="h2" c="brand.8" mb="md">
          {title}
        </Title>
        <Alert color="red" title={t("admin.forbiddenTitle")} data-testid={forbiddenTestId}>
          <Text fz="sm">{forbiddenText ?? t("admin.forbidden", { roles })}</Text>
          <Anchor component={Link} to="/can-bo" fz="sm" fw={600} mt="sm" display="inline-block">
            {t("admin.backToOfficer")}
          </Anchor>
        </Alert>
      </>
    );
  }
  return children(officer);
}
