"use client";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { SIGNED_OUT_PARAM, signedOutReason } from "@/lib/account/signed-out-reason";

/** Why the session ended, when the app ended it (idle timeout, new password, "sign out everywhere"). */
export function SignedOutNotice() {
  const t = useTranslations("login.signedOut");
  const reason = signedOutReason(useSearchParams().get(SIGNED_OUT_PARAM));
  if (!reason) return null;
  return (
    <div className="mx-auto w-full max-w-sm px-4 pt-6">
      <Alert tone="info" testId="signed-out-notice">
        {t(reason)}
      </Alert>
    </div>
  );
}
