"use client";
import { useFormatter, useTranslations } from "next-intl";
import { alertClass } from "@/components/ui/alert";

/** "This case was changed by X at HH:MM — reload": a stale save was refused, nothing overwritten. */
export function ConflictMessage({ byName, at }: { byName: string | null; at: string }) {
  const t = useTranslations("conflict");
  const format = useFormatter();
  const time = format.dateTime(new Date(at), { hour: "2-digit", minute: "2-digit" });
  return (
    <div role="alert" data-testid="conflict-message" className={alertClass("warning", "p-3")}>
      <p>{byName ? t("changedBy", { name: byName, time }) : t("changed", { time })}</p>
      <button type="button" onClick={() => window.location.reload()} className="mt-2 font-semibold underline">
        {t("reload")}
      </button>
    </div>
  );
}
