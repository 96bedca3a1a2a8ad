import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OfficerSummary } from "../../../contracts/accounts.ts";
import { statusReasonText } from "./status-reason.ts";

const colors = { active: "teal", locked: "orange.9", revoked: "gray.7" } as const;

/** "Hoạt động", "Bị khoá (báo mất thiết bị)", "Đã thu hồi (nghỉ hưu)". */
export function StatusBadge({
  officer,
  withReason = true,
  size = "md",
}: {
  officer: Pick<OfficerSummary, "status" | "statusReason">;
  withReason?: boolean;
  size?: "sm" | "md" | "lg";
}) {
  const { t } = useTranslation();
  const label = t(`accounts.status.${officer.status}`);
  const reason = withReason && officer.statusReason ? statusReasonText(officer.statusReason, t) : null;
  return (
    <Badge
      color={colors[officer.status]}
      variant={officer.status === "active" ? "light" : "filled"}
      radius="sm"
      tt="none"
      size={size}
      maw="100%"
      styles={{ label: { whiteSpace: "normal", overflow: "visible", lineHeight: 1.3 } }}
      h="auto"
      py={2}
      data-testid="account-status"
      data-status={officer.status}
    >
      {reason ? `${label} (${reason})` : label}
    </Badge>
  );
}
