"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";
import { LinkPanel } from "../_components/link-panel";
import { issueUserLinkAction, unlockUserAction } from "./actions";

type Link = { token: string; purpose: AccountTokenPurpose; expiresAt: string };

export function SecurityActions({
  userId,
  canUnlock,
  linkKind,
}: {
  userId: string;
  canUnlock: boolean;
  linkKind: "activation" | "reset" | "inactive" | "self";
}) {
  const t = useTranslations("users.details");
  const router = useRouter();
  const unlock = useAction();
  const issue = useAction();
  const [unlocked, setUnlocked] = useState(false);
  const [link, setLink] = useState<Link | null>(null);

  const issueLink = () => {
    // A reset ends the current password at once: the administrator confirms first.
    if (linkKind === "reset" && !window.confirm(t("confirmReset"))) return;
    issue.run(() => issueUserLinkAction(userId), {
      onSuccess: (data) => {
        setLink(data);
        router.refresh();
      },
    });
  };

  return (
    <div className="space-y-3">
      <ProblemBox problem={unlock.problem ?? issue.problem} messages="users.errors" />
      {unlocked && <Alert tone="success">{t("unlocked")}</Alert>}
      <div className="flex flex-wrap gap-3">
        {canUnlock && !unlocked && (
          <Button
            variant="secondary"
            disabled={unlock.pending}
            data-testid="unlock-user"
            onClick={() =>
              unlock.run(() => unlockUserAction(userId), {
                onSuccess: () => {
                  setUnlocked(true);
                  router.refresh();
                },
              })
            }
          >
            {unlock.pending ? t("unlocking") : t("unlock")}
          </Button>
        )}
        {(linkKind === "activation" || linkKind === "reset") && (
          <Button variant={linkKind === "reset" ? "danger" : "secondary"} disabled={issue.pending} onClick={issueLink} data-testid="issue-link">
            {issue.pending ? t("issuing") : linkKind === "reset" ? t("issueReset") : t("issueActivation")}
          </Button>
        )}
      </div>
      {linkKind === "reset" && !link && <p className="text-xs text-slate-600">{t("resetWarning")}</p>}
      {linkKind === "inactive" && <p className="text-sm text-slate-600">{t("inactiveNoLink")}</p>}
      {linkKind === "self" && <p className="text-sm text-slate-600">{t("ownAccount")}</p>}
      {link && <LinkPanel token={link.token} purpose={link.purpose} expiresAt={link.expiresAt} />}
    </div>
  );
}
