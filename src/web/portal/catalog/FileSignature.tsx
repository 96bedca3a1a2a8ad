import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PdfSignature } from "../../../contracts/signatures.ts";

/**
 * REC-4: what the server found when it checked a PDF's digital signature at upload: who signed
 * (and the certificate's issuer), or why the signature does not hold. Nothing for an unsigned file.
 */
export function FileSignature({ signature }: { signature: PdfSignature | null | undefined }) {
  const { t } = useTranslation();
  if (!signature) return null;
  if (signature.valid && signature.signer) {
    return (
      <Text fz="xs" c="teal.9" data-testid="submission-file-signature">
        {t("onlineSubmission.signature.signedBy", { name: signature.signer.commonName })} ·{" "}
        {t("onlineSubmission.signature.issuer", { issuer: signature.signer.issuer })}
      </Text>
    );
  }
  const why =
    signature.reason === "SIGNATURE_PARTIAL"
      ? t("onlineSubmission.signature.partial")
      : signature.reason === "SIGNATURE_INVALID"
        ? t("onlineSubmission.signature.invalid")
        : t("onlineSubmission.signature.unsupported");
  return (
    <Text fz="xs" c="red.9" data-testid="submission-file-signature-invalid">
      {why}
    </Text>
  );
}
