"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { logout } from "@/lib/auth/logout.action";

/** After turning two-step sign-in on or off the session has ended: this clears it and opens the login page. */
export function SignInAgain({ intro }: { intro: string }) {
  const t = useTranslations("twoFactor");
  return (
    <form action={logout} className="space-y-3">
      <p className="text-sm text-slate-700">{intro}</p>
      <Button type="submit" size="lg" className="w-full sm:w-auto">
        {t("signInAgain")}
      </Button>
    </form>
  );
}
