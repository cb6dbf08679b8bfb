"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PasswordOwner } from "@/lib/auth/password-policy";

type Score = 0 | 1 | 2 | 3 | 4;
const BAR_CLASS: Record<Score, string> = {
  0: "bg-red-600",
  1: "bg-red-500",
  2: "bg-amber-500",
  3: "bg-green-600",
  4: "bg-green-700",
};

/**
 * The zxcvbn estimate of the password being typed, as the server will judge it. Advice only: the
 * server decides. zxcvbn and its dictionaries (several megabytes) are loaded on the first
 * keystroke, so that no other page, and not even this one until then, carries them.
 */
export function PasswordStrength({ password, owner }: { password: string; owner: PasswordOwner }) {
  const t = useTranslations("account.password.strength");
  const [score, setScore] = useState<{ for: string; value: Score } | null>(null);

  useEffect(() => {
    if (!password) return;
    let current = true;
    void import("@/lib/auth/password-policy").then(({ passwordScore }) => {
      if (current) setScore({ for: password, value: passwordScore(password, owner) });
    });
    return () => {
      current = false;
    };
  }, [password, owner]);

  if (!password) return null;
  const value = score?.for === password ? score.value : null;
  return (
    <div className="mt-2" data-testid="password-strength">
      <div className="flex gap-1" aria-hidden="true">
        {[0, 1, 2, 3].map((segment) => (
          <span key={segment} className={`h-1.5 flex-1 rounded ${value !== null && segment < Math.max(value, 1) ? BAR_CLASS[value] : "bg-slate-200"}`} />
        ))}
      </div>
      <p id="password-strength" className="mt-1 text-xs text-slate-700" aria-live="polite">
        {value === null ? t("computing") : t("label", { level: t(`level${value}`) })}
      </p>
    </div>
  );
}
