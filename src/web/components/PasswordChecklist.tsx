import { Box, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { checkPassword, MIN_PASSWORD_LENGTH, passwordRules } from "../lib/password-policy.ts";

/** The password policy (ACC-1) as a checklist that ticks itself while the password is typed. */
export function PasswordChecklist({ password, username }: { password: string; username: string }) {
  const { t } = useTranslation();
  const checks = checkPassword(password, username);
  return (
    <Box data-testid="password-policy">
      <Text fz="sm" fw={600} mb={2}>
        {t("password.policyTitle")}
      </Text>
      <Box component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {passwordRules.map((rule) => {
          const met = password !== "" && checks[rule];
          return (
            <Text
              component="li"
              key={rule}
              fz="sm"
              c={met ? "teal.9" : "gray.8"}
              style={{ display: "flex" }}
              data-rule={rule}
              data-met={String(met)}
            >
              <span aria-hidden="true" style={{ flex: "none", width: "1.25rem" }}>
                {met ? "✓" : "•"}
              </span>
              <span>
                {t(`password.rules.${rule}`, { min: MIN_PASSWORD_LENGTH })}
                {met && <VisuallyHidden> ({t("password.ruleMet")})</VisuallyHidden>}
              </span>
            </Text>
          );
        })}
      </Box>
    </Box>
  );
}
