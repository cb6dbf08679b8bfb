import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { getSessionMinutes } from "@/lib/bid/session-minutes";
import { orNotFound } from "@/lib/or-not-found";
import { ConfidentialPrint } from "@/components/bid/confidential-print";
import { organisationName } from "@/lib/organisations/organisation-name";
import { currentLocale } from "@/lib/i18n/current-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bid.print");
  return { title: t("minutesTitle") };
}

/**
 * The printable minutes of a session (ADR 0011): attendance, the agenda by case number,
 * per case the outcome and the vote count. No names of children, no reasons: those are in each
 * case's decision record.
 */
export default async function SessionMinutesPage({ params }: PageProps<"/bid/sessions/[sessionId]/print">) {
  const actor = await requireActor();
  const { sessionId } = await params;
  const minutes = await orNotFound(getSessionMinutes(actor, sessionId));
  const [t, tAll, format, locale] = await Promise.all([getTranslations("bid.print"), getTranslations(), getFormatter(), currentLocale()]);
  return (
    <ConfidentialPrint
      heading={t("minutesHeading")}
      header={
        <>
          <p>{format.dateTime(minutes.scheduledAt, "meeting")}</p>
          {minutes.venue && <p dir="auto">{minutes.venue}</p>}
          <p className="text-sm">{tAll(`bid.hold.sessionStatus.${minutes.status}`)}</p>
        </>
      }
    >

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("attendance")}</h2>
        <table className="w-full text-sm" data-testid="minutes-attendance">
          <thead>
            <tr className="text-xs uppercase text-slate-500">
              <th scope="col" className="p-1.5 text-start">{t("member")}</th>
              <th scope="col" className="p-1.5 text-start">{t("organisationCol")}</th>
              <th scope="col" className="p-1.5 text-start">{t("role")}</th>
              <th scope="col" className="p-1.5 text-start">{t("attendedCol")}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.members.map((m, i) => (
              <tr key={i} className="border-t border-slate-200">
                <td className="p-1.5" dir="auto">{m.name}</td>
                <td className="p-1.5">{organisationName(m.organisation, locale)}</td>
                <td className="p-1.5">{tAll(`bid.hold.roles.${m.role}`)}</td>
                <td className="p-1.5">{m.attended === null ? "—" : m.attended ? tAll("bid.hold.present") : tAll("bid.hold.absent")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("agenda")}</h2>
        <p className="text-xs text-slate-600">{t("minutesScope")}</p>
        <table className="w-full text-sm" data-testid="minutes-agenda">
          <thead>
            <tr className="text-xs uppercase text-slate-500">
              <th scope="col" className="p-1.5 text-start">#</th>
              <th scope="col" className="p-1.5 text-start">{t("caseNumber")}</th>
              <th scope="col" className="p-1.5 text-start">{t("outcome")}</th>
              <th scope="col" className="p-1.5 text-start">{t("votes")}</th>
              <th scope="col" className="p-1.5 text-start">{t("recusals")}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.agenda.map((item) => (
              <tr key={item.position} className="border-t border-slate-200 align-top">
                <td className="p-1.5">{item.position}</td>
                <td className="p-1.5 font-mono">{item.caseNumber}</td>
                <td className="p-1.5">
                  {item.decision?.signedAt && item.decision.outcome
                    ? tAll(`bid.decision.outcomes.${item.decision.outcome}`)
                    : item.decision
                      ? t("notSigned")
                      : t("noDecision")}
                </td>
                <td className="p-1.5">
                  {item.decision?.signedAt
                    ? t("tally", { for: item.decision.tally.FOR, against: item.decision.tally.AGAINST, abstain: item.decision.tally.ABSTAIN })
                    : "—"}
                </td>
                <td className="p-1.5">{item.recusals}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </ConfidentialPrint>
  );
}
