import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";
import type { BidSessionDetail } from "@/lib/bid/get-bid-session";

/** When and where the session meets, its status and notes; the link that opens the edit form. */
export function SessionSummarySection({ session, canEdit }: { session: BidSessionDetail; canEdit: boolean }) {
  const t = useTranslations("bid");
  const format = useFormatter();
  return (
    <section className={cardClass("space-y-3 p-5")} aria-labelledby="when-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="when-title" className="text-lg font-semibold" data-testid="session-date">
          {format.dateTime(session.scheduledAt, "meeting")}
        </h2>
        <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800" data-testid="session-status">
          {t(`sessionStatus.${session.status}`)}
        </span>
      </div>
      <p className="text-sm">
        {session.venue && <span dir="auto" className="me-3">{session.venue}</span>}
        {session.remoteLink && <span dir="auto" className="break-all">{session.remoteLink}</span>}
      </p>
      {session.statusReason && <p className="text-sm">{t("sessions.statusReason", { reason: session.statusReason })}</p>}
      {session.notes && <p className="whitespace-pre-line text-sm text-slate-700" dir="auto">{session.notes}</p>}
      {canEdit && (
        <Link href={`/bid/sessions/${session.id}?edit=1`} className="inline-block text-sm font-semibold text-brand-700 hover:underline" data-testid="edit-session">
          {t("sessions.edit")}
        </Link>
      )}
    </section>
  );
}
