import { useTranslation } from "react-i18next";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { DossierSection } from "./DossierSection.tsx";
import { Facts } from "./Facts.tsx";
import { feesFacts } from "./timeline-text.ts";

/** Who applied, how they get the result, and the fees due and paid (PAY-1). */
export function ApplicantSection({ view }: { view: DossierView }) {
  const { t } = useTranslation();
  const { applicant } = view;
  const dash = t("dossierPage.none");
  return (
    <DossierSection
      id="dossier-applicant"
      title={t("dossierPage.applicant.title")}
      testId="dossier-applicant"
    >
      <Facts
        items={[
          { label: t(`dossierPage.applicant.kinds.${applicant.kind}`), value: applicant.name },
          { label: t("dossierPage.applicant.idNumber"), value: applicant.idNumber ?? dash },
          { label: t("dossierPage.applicant.phone"), value: applicant.phone ?? dash },
          { label: t("dossierPage.applicant.email"), value: applicant.email ?? dash },
          { label: t("dossierPage.applicant.address"), value: applicant.address ?? dash },
          {
            label: t("dossierPage.applicant.resultDelivery"),
            value: t(`dossierPage.deliveries.${view.resultDelivery}`),
          },
          ...feesFacts(view.fees, t),
        ]}
      />
    </DossierSection>
  );
}
