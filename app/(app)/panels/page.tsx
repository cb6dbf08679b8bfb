import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listMyPanels } from "@/lib/bid/list-my-panels";
import { Alert } from "@/components/ui/alert";
import { cardClass, EmptyState } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("panels.list"))("title") };
}

/**
 * "My panels": the published or held sessions the member is invited to (date, place, role,
 * number of cases — no child's name here). Rendered per request: changes show at once.
 */
export default async function MyPanelsPage() {
  const actor = await requireActor();
  if (!can(actor, "bid:sit")) notFound();
  const [mine, t, tBid, format] = await Promise.all([listMyPanels(actor), getTranslations("panels"), getTranslations("bid"), getFormatter()]);

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      {!mine.onRoster ? (
        <EmptyState>{t("list.notOnRoster")}</EmptyState>
      ) : (
        <>
          <Alert as="p" role="none" tone={mine.undertakingSignedAt ? "success" : "warning"} testId="my-undertaking">
            {mine.undertakingSignedAt
              ? t("list.undertakingSigned", { date: format.dateTime(mine.undertakingSignedAt, "date") })
              : t("list.undertakingMissing")}{" "}
            <Link href="/panels/undertaking" className="font-semibold underline">
              {mine.undertakingSignedAt ? t("list.readUndertaking") : t("list.signUndertaking")}
            </Link>
          </Alert>
          {mine.panels.length === 0 ? (
            <EmptyState>{t("list.empty")}</EmptyState>
          ) : (
            <ul className="space-y-2" data-testid="my-panels">
              {mine.panels.map((p) => (
                <li key={p.sessionId} className={cardClass("p-4")} data-testid={`panel-${p.sessionId}`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <Link href={`/panels/${p.sessionId}`} className="font-semibold text-brand-700 hover:underline" data-testid="panel-date">
                      {format.dateTime(p.scheduledAt, "meeting")}
                    </Link>
                    <span className="text-sm font-semibold">{tBid(`sessionStatus.${p.status}`)}</span>
                  </div>
                  <p className="text-sm text-slate-700">
                    {p.venue && <span dir="auto">{p.venue}</span>}
                    {p.venue && p.remoteLink && " · "}
                    {p.remoteLink && <span dir="auto" className="break-all">{p.remoteLink}</span>}
                  </p>
                  <p className="text-sm text-slate-600">
                    {t("list.myRole", { role: tBid(`role.${p.myRole}`) })} · {tBid("sessions.chair")} : <bdi>{p.chairName}</bdi> ·{" "}
                    <span data-testid="panel-cases">{tBid("sessions.casesCount", { count: p.cases })}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
