import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getTwoFactorStatus } from "@/lib/account/get-two-factor-status";
import { prepareTwoFactorEnrolment } from "@/lib/account/prepare-two-factor-enrolment";
import { requireSignedInActor } from "@/lib/auth/session";
import { DisableTwoFactorForm } from "./disable-form";
import { EnrolTwoFactor } from "./enrol";
import { RegenerateCodesForm } from "./regenerate-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("title") };
}

/**
 * Two-step sign-in for one's own account (every role). Also the one page a user whose role
 * requires it can open before turning it on (lib/auth/session.ts).
 */
export default async function TwoFactorPage() {
  const actor = await requireSignedInActor();
  const [t, format, status] = await Promise.all([getTranslations("twoFactor"), getFormatter(), getTwoFactorStatus(actor)]);
  const enrolment = status.enabledAt ? null : await prepareTwoFactorEnrolment(actor, status.email);
  return (
    <section className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {enrolment ? (
        <>
          {status.requiredForRole && (
            <Alert tone="warning" testId="two-factor-required">
              {t("requiredNotice")}
            </Alert>
          )}
          <EnrolTwoFactor enrolment={enrolment.enrolment} secretGroups={enrolment.secretGroups} qrSvg={enrolment.qrSvg} />
        </>
      ) : (
        <>
          <Card testId="two-factor-status">
            <p className="font-medium text-emerald-800">{t("statusOn", { date: format.dateTime(status.enabledAt!, "dateTime") })}</p>
            <p className="mt-1 text-sm text-slate-700" data-testid="recovery-codes-left">
              {t("codesLeft", { count: status.recoveryCodesLeft })}
            </p>
          </Card>
          <RegenerateCodesForm />
          {status.requiredForRole ? (
            <Alert tone="info" testId="two-factor-cannot-disable">
              {t("requiredCannotDisable")}
            </Alert>
          ) : (
            <DisableTwoFactorForm />
          )}
        </>
      )}
    </section>
  );
}
