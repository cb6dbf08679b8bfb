import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/bid/action-button";
import { ReadinessList } from "@/components/bid/readiness-list";
import { Card } from "@/components/ui/card";
import type { BidSessionDetail } from "@/lib/bid/get-bid-session";
import type { QueueEntry } from "@/lib/bid/list-bid-queue";
import { addToAgendaAction, moveAgendaItemAction, removeFromAgendaAction } from "../actions";
import { PresenterSelect } from "../presenter-select";

/**
 * The ordered agenda with its presenters; while the session can still change, move and remove
 * buttons, and the queued cases that can be added (only READY ones).
 */
export function AgendaSection({ session, queue, editable }: { session: BidSessionDetail; queue: QueueEntry[]; editable: boolean }) {
  const t = useTranslations("bid");
  const v = session.version;
  return (
    <Card title={t("sessions.agenda")} labelledBy="agenda-title" className="space-y-3">
      {session.agenda.length === 0 ? (
        <p className="text-sm text-slate-600">{t("sessions.emptyAgenda")}</p>
      ) : (
        <ol className="space-y-2" data-testid="agenda">
          {session.agenda.map((item, index) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 p-3" data-testid={`agenda-${item.caseNumber}`}>
              <span>
                <span className="me-2 font-semibold">{item.position}.</span>
                <Link href={`/cases/${item.caseId}/bid`} className="font-mono text-brand-700 hover:underline">{item.caseNumber}</Link>{" "}
                <span dir="auto">{item.childName}</span>
                {editable ? (
                  <PresenterSelect key={`${item.id}-${v}`} sessionId={session.id} agendaItemId={item.id} version={v} current={item.presenterId} options={item.presenterOptions} />
                ) : (
                  <span className="block text-xs text-slate-600">{t("sessions.presenter", { name: item.presenterName ?? "—" })}</span>
                )}
              </span>
              {editable && (
                <span className="flex flex-wrap gap-2">
                  <ActionButton action={moveAgendaItemAction.bind(null, session.id, item.id, "up", v)} label={t("sessions.moveUp")} disabled={index === 0} testId="move-up" />
                  <ActionButton
                    action={moveAgendaItemAction.bind(null, session.id, item.id, "down", v)}
                    label={t("sessions.moveDown")}
                    disabled={index === session.agenda.length - 1}
                    testId="move-down"
                  />
                  <ActionButton action={removeFromAgendaAction.bind(null, session.id, item.id, v)} label={t("sessions.remove")} testId="remove" />
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("sessions.addFromQueue")}</h3>
          {queue.length === 0 ? (
            <p className="text-sm text-slate-600">{t("queue.empty")}</p>
          ) : (
            <ul className="space-y-2" data-testid="agenda-candidates">
              {queue.map((e) => (
                <li key={e.referralId} className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-3" data-testid={`candidate-${e.caseNumber}`}>
                  <span>
                    <span className="font-mono">{e.caseNumber}</span> <span dir="auto">{e.childName}</span>
                    <span className="block text-xs text-slate-600">{t("queue.waitingDays", { days: e.waitingDays })}</span>
                    <ReadinessList readiness={e.readiness} compact />
                  </span>
                  <ActionButton
                    action={addToAgendaAction.bind(null, session.id, e.referralId, v)}
                    label={t("sessions.addToAgenda")}
                    disabled={!e.readiness.ready}
                    testId="add-to-agenda"
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
