import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { PanelHome } from "@/lib/bid/get-panel-home";

/** A panel member's home: her next sessions, declarations to make, dossiers to read, decisions to sign. */
export async function PanelHomeSections({ home }: { home: PanelHome }) {
  const [t, tBid, tPanels, format] = await Promise.all([getTranslations("home.panel"), getTranslations("bid"), getTranslations("panels.list"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, "date");
  if (!home.onRoster) return <Alert tone="info">{tPanels("notOnRoster")}</Alert>;
  const noDeclaration = home.undertakingSigned && home.conflictDeclarations.length === 0;

  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <Card
        title={t("sessionsTitle")}
        testId="home-sessions"
        className="space-y-3 lg:col-span-2"
        actions={
          <ButtonLink href="/panels" variant="secondary" size="sm">
            {t("allPanels")}
          </ButtonLink>
        }
      >
        {home.upcoming.length === 0 ? (
          <p className="text-slate-600">{t("noSessions")}</p>
        ) : (
          <ol className="space-y-2">
            {home.upcoming.map((s, index) => (
              <li key={s.sessionId} className="rounded border border-slate-200 p-3" data-testid="home-session">
                <div className="flex flex-wrap items-baseline gap-2">
                  {index === 0 && <span className="rounded bg-brand-50 px-2 text-xs font-semibold text-brand-800 ring-1 ring-brand-100">{t("next")}</span>}
                  <Link href={`/panels/${s.sessionId}`} className="font-semibold text-brand-700 hover:underline">
                    {format.dateTime(s.scheduledAt, "meeting")}
                  </Link>
                </div>
                <p className="text-sm text-slate-700">
                  {s.venue && (
                    <>
                      <span dir="auto">{s.venue}</span> ·{" "}
                    </>
                  )}
                  {tPanels("myRole", { role: tBid(`role.${s.myRole}`) })} · {tBid("sessions.casesCount", { count: s.cases })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>

      <Card title={t("declarationsTitle")} testId="home-declarations" className="space-y-2">
        {noDeclaration && <p className="text-slate-600">{t("noDeclarations")}</p>}
        <ul className="space-y-2">
          {!home.undertakingSigned && (
            <li>
              <Link href="/panels/undertaking" className="font-semibold text-brand-700 hover:underline" data-testid="home-undertaking">
                {t("undertaking")}
              </Link>
            </li>
          )}
          {home.conflictDeclarations.map((d) => (
            <li key={d.sessionId} data-testid="home-conflict-declaration">
              <Link href={`/panels/${d.sessionId}`} className="text-brand-700 hover:underline">
                {t("conflicts", { count: d.count, date: day(d.scheduledAt) })}
              </Link>
            </li>
          ))}
        </ul>
      </Card>

      <Card title={t("dossiersTitle")} testId="home-dossiers" className="space-y-2">
        {home.dossiersToRead.length === 0 ? (
          <p className="text-slate-600">{home.undertakingSigned ? t("noDossiers") : t("dossiersAfterUndertaking")}</p>
        ) : (
          <ul className="space-y-1">
            {home.dossiersToRead.map((c) => (
              <li key={`${c.sessionId}-${c.position}`}>
                <Link href={`/panels/${c.sessionId}`} className="text-brand-700 hover:underline">
                  {t("caseOfSession", { caseNumber: c.caseNumber, date: day(c.scheduledAt) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>

      {(home.toSign.length > 0 || home.upcoming.some((s) => s.myRole === "CHAIR")) && (
        <Card title={t("toSignTitle")} testId="home-to-sign" className="space-y-2 lg:col-span-2">
          {home.toSign.length === 0 ? (
            <p className="text-slate-600">{t("noToSign")}</p>
          ) : (
            <ul className="space-y-1">
              {home.toSign.map((d) => (
                <li key={d.decisionId}>
                  <Link href={`/panels/${d.sessionId}`} className="text-brand-700 hover:underline">
                    {t("caseOfSession", { caseNumber: d.caseNumber, date: day(d.scheduledAt) })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </div>
  );
}
