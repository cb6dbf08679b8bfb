import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { listAccessRequests } from "@/lib/cases/list-access-requests";
import { orNotFound } from "@/lib/or-not-found";
import { AccessDecision } from "./access-decision";
import { termClass } from "@/components/ui/definition";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessRequests");
  return { title: t("title") };
}

/** The supervisor's pending access requests on their centres' cases. */
export default async function AccessRequestsPage() {
  const actor = await requireActor();
  const requests = await orNotFound(listAccessRequests(actor));
  const [t, format] = await Promise.all([getTranslations("accessRequests"), getFormatter()]);

  return (
    <section className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {requests.length === 0 ? (
        <p data-testid="access-requests-empty" className={cardClass("p-5 text-slate-700")}>
          {t("empty")}
        </p>
      ) : (
        <ul className="space-y-3">
          {requests.map((request) => (
            <li key={request.id} data-testid="access-request" className={cardClass("space-y-3 p-5")}>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                <div>
                  <dt className={termClass}>{t("child")}</dt>
                  <dd>
                    <Link href={`/cases/${request.caseId}`} className="font-semibold text-brand-700 underline hover:text-brand-800">
                      <span dir="ltr">{request.caseNumber}</span>
                    </Link>{" "}
                    — <span dir="auto">{request.childName}</span>
                  </dd>
                </div>
                <div>
                  <dt className={termClass}>{t("requester")}</dt>
                  <dd>
                    {request.requesterName}
                    {request.requesterCentres.length > 0 && ` (${request.requesterCentres.join(", ")})`}
                  </dd>
                </div>
                <div>
                  <dt className={termClass}>{t("requestedAt")}</dt>
                  <dd>{format.dateTime(request.requestedAt, "dateTime")}</dd>
                </div>
                <div className="sm:col-span-2">
                  <dt className={termClass}>{t("reason")}</dt>
                  <dd dir="auto" className="whitespace-pre-line">
                    {request.reason}
                  </dd>
                </div>
              </dl>
              <AccessDecision requestId={request.id} requesterName={request.requesterName} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
