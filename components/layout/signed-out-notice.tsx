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
    // A bar across the top of the page: the login form below stays where it always is.
    <Alert tone="info" testId="signed-out-notice" className="rounded-none border-x-0 border-t-0 px-4 py-3 text-center text-sm">
      <span className="mx-auto block max-w-2xl">{t(reason)}</span>
    </Alert>
  );
}
