import { useLocale, useTranslations } from "next-intl";
import { alertClass } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { BidSessionDetail } from "@/lib/bid/get-bid-session";
import { organisationName } from "@/lib/organisations/organisation-name";

/** The invited members and the live planned-quorum check against the panel's rule. */
export function SessionMembersSection({ session }: { session: BidSessionDetail }) {
  const t = useTranslations("bid");
  const locale = useLocale();
  return (
    <Card title={t("sessions.members")} labelledBy="members-title" className="space-y-3">
      <ul className="text-sm" data-testid="session-members">
        {session.members.map((m) => (
          <li key={m.panelMemberId}>
            <span dir="auto" className="font-medium">{m.name}</span> — {organisationName(m.organisation, locale)} — {t(`role.${m.role}`)}
            {!m.undertakingSigned && <span className="ms-2 text-xs text-amber-900">{t("sessions.undertakingMissing")}</span>}
          </li>
        ))}
      </ul>
      <div data-testid="quorum-check" data-met={session.quorum.met} className={alertClass(session.quorum.met ? "success" : "warning")}>
        <p className="font-semibold">{session.quorum.met ? t("quorum.met") : t("quorum.notMet")}</p>
        <p>
          {t("quorum.summary", {
            voting: session.quorum.voting,
            organisations: session.quorum.organisations,
            minVoting: session.rule.minVoting,
            minOrganisations: session.rule.minOrganisations,
          })}
        </p>
        {session.quorum.problems.length > 0 && (
          <ul className="list-inside list-disc">
            {session.quorum.problems.map((p) => (
              <li key={p}>{t(`quorum.${p}`, { minVoting: session.rule.minVoting, minOrganisations: session.rule.minOrganisations })}</li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
