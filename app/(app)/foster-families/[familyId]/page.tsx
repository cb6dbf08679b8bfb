import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { todayUtc } from "@/lib/dates/calendar";
import { getFosterFamily } from "@/lib/foster-families/get-foster-family";
import { needsReason, nextStatuses } from "@/lib/foster-families/vetting";
import { orNotFound } from "@/lib/or-not-found";
import { VettingBadge } from "../vetting-badge";
import { StatusForm } from "./status-form";
import { VisitForm } from "./visit-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("foster");
  return { title: t("title") };
}

/** Free text inside a translated sentence keeps its own direction (Unicode first-strong isolate). */
const isolate = (text: string) => `\u2068${text}\u2069`;

const card = "space-y-3 rounded-lg border border-slate-200 bg-white p-5";
const label = "text-xs font-semibold uppercase text-slate-500";

/** One household: details, vetting, visits and the children placed there. Another NGO's → 404. */
export default async function FosterFamilyPage({ params }: PageProps<"/foster-families/[familyId]">) {
  const { familyId } = await params;
  const actor = await requireActor();
  const family = await orNotFound(getFosterFamily(actor, familyId));
  const [t, tAll, format] = await Promise.all([getTranslations("foster"), getTranslations(), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const overdue = family.nextVisitDueAt !== null && family.nextVisitDueAt < todayUtc();
  const moves = nextStatuses(family.vettingStatus).map((to) => ({ to, reason: needsReason(family.vettingStatus, to) }));

  return (
    <section className="space-y-5">
      <Link href="/foster-families" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold" dir="auto" data-testid="household-name">
          {family.householdName}
        </h1>
        <VettingBadge status={family.vettingStatus} />
        {family.canManage && (
          <Link href={`/foster-families/${family.id}/edit`} className="ms-auto rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100">
            {t("edit")}
          </Link>
        )}
      </div>
      {family.vettingStatus === "SUSPENDED" && (
        <div role="note" data-testid="suspension-banner" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{t("suspensionBanner")}</p>
          {family.suspensionReason && (
            <p className="mt-1 whitespace-pre-line">
              {t("suspensionReasonValue", { reason: isolate(family.suspensionReason) })}
            </p>
          )}
        </div>
      )}

      <div className="grid gap-5 lg:grid-cols-2">
        <div className={card}>
          <h2 className="text-lg font-semibold">{t("details")}</h2>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            <div>
              <dt className={label}>{t("columns.location")}</dt>
              <dd>
                    <bdi>{family.location}</bdi>
                  </dd>
            </div>
            <div>
              <dt className={label}>{t("columns.places")}</dt>
              <dd data-testid="family-places">{t("places", { placed: family.activePlacements, capacity: family.capacity })}</dd>
            </div>
            <div>
              <dt className={label}>{t("columns.languages")}</dt>
              <dd>{format.list(family.languages.map((code) => (tAll.has(`languages.${code}`) ? tAll(`languages.${code}`) : code)), { type: "unit", style: "short" })}</dd>
            </div>
            <div>
              <dt className={label}>{t("organisation")}</dt>
              <dd>{family.organisationName}</dd>
            </div>
            <div>
              <dt className={label}>{t("approvedAt")}</dt>
              <dd>{family.approvedAt ? day(family.approvedAt) : t("notSet")}</dd>
            </div>
            <div>
              <dt className={label}>{t("nextVisitDue")}</dt>
              <dd className={overdue ? "font-semibold text-red-800" : ""} data-testid="next-visit-due">
                {family.nextVisitDueAt ? day(family.nextVisitDueAt) : t("noVisitPlanned")}
                {overdue && ` · ${t("overdue")}`}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className={label}>{t("contact")}</dt>
              {family.contact ? (
                <dd>
                  <span dir="auto">{family.contact.contactName}</span> · <span dir="ltr">{family.contact.contactPhone}</span>
                  {family.contact.address && (
                    <span className="block" dir="auto">
                      {family.contact.address}
                    </span>
                  )}
                </dd>
              ) : (
                <dd className="text-slate-600">{t("contactHidden")}</dd>
              )}
            </div>
            {family.notes && (
              <div className="sm:col-span-2">
                <dt className={label}>{t("fields.notes")}</dt>
                <dd dir="auto" className="whitespace-pre-line">
                  {family.notes}
                </dd>
              </div>
            )}
          </dl>
        </div>

        <div className={card}>
          <h2 className="text-lg font-semibold">{t("placementsTitle")}</h2>
          {family.placements.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noPlacements")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {family.placements.map((placement) => (
                <li key={placement.id} data-testid="family-placement" className="rounded border border-slate-200 p-2">
                  {placement.child ? (
                    <Link href={`/cases/${placement.child.caseId}`} className="font-semibold text-brand-700 underline">
                      <span dir="ltr">{placement.child.caseNumber}</span>
                    </Link>
                  ) : (
                    <span className="text-slate-700">{t("childHidden")}</span>
                  )}
                  {placement.child && (
                    <>
                      {" "}
                      — <span dir="auto">{placement.child.name}</span>
                    </>
                  )}{" "}
                  <span className="text-slate-600">{t("since", { date: day(placement.startDate) })}</span>
                  {placement.reviewFlaggedAt && (
                    <p className="mt-1 font-semibold text-red-800">
                      {t("reviewFlagged", { reason: isolate(placement.reviewReason ?? "") })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      {family.canManage && (
        <div className={card}>
          <h2 className="text-lg font-semibold">{t("statusTitle")}</h2>
          <StatusForm key={family.version} familyId={family.id} version={family.version} moves={moves} />
        </div>
      )}

      <div className={card}>
        <h2 className="text-lg font-semibold">{t("visitsTitle")}</h2>
        {family.canManage && (
          <details className="rounded border border-slate-200 p-3" open={family.visits.length === 0 || undefined}>
            <summary className="cursor-pointer font-semibold text-brand-700">{t("addVisit")}</summary>
            <div className="mt-3">
              <VisitForm familyId={family.id} version={family.version} canSuspend={family.vettingStatus === "APPROVED"} />
            </div>
          </details>
        )}
        {family.visits.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noVisits")}</p>
        ) : (
          <ol className="space-y-3">
            {family.visits.map((visit) => (
              <li key={visit.id} data-testid="foster-visit" className="border-s-4 border-slate-200 ps-3 text-sm">
                <p className="font-semibold">
                  {day(visit.date)} · {t("visitBy", { name: visit.visitedByName })}
                  {visit.visitors && (
                    <span className="font-normal">
                      {" "}
                      {t("visitWith", { visitors: isolate(visit.visitors) })}
                    </span>
                  )}
                </p>
                <p dir="auto" className="whitespace-pre-line">
                  {visit.observations}
                </p>
                {visit.concerns && (
                  <p className="whitespace-pre-line font-medium text-amber-900">
                    {t("concernLabel", { concerns: isolate(visit.concerns) })}
                  </p>
                )}
                {visit.suspendedFamily && <p className="font-semibold text-red-800">{t("suspendedByVisit")}</p>}
                {visit.nextVisitDueAt && <p className="text-slate-600">{t("nextVisitLabel", { date: day(visit.nextVisitDueAt) })}</p>}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
