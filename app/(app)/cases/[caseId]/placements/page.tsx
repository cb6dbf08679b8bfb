import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseShell } from "@/components/case/case-shell";
import { requireActor } from "@/lib/auth/session";
import { toIsoDate } from "@/lib/dates/calendar";
import { getCase } from "@/lib/cases/get-case";
import { orNotFound } from "@/lib/or-not-found";
import { listCasePlacements, type PlacementHistoryItem } from "@/lib/placements/list-case-placements";
import { listRecentRunaways } from "@/lib/placements/list-recent-runaways";
import { AdmitForm } from "./admit-form";
import { DischargeForm } from "./discharge-form";
import { ReviewForm } from "./review-form";
import { TransferForm } from "./transfer-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("placements");
  return { title: t("title") };
}

export default async function CasePlacementsPage({ params }: PageProps<"/cases/[caseId]/placements">) {
  const actor = await requireActor();
  const { caseId } = await params;
  // Reading the case writes the access-log row.
  const child = await orNotFound(getCase(actor, caseId));
  const [placements, runaways, t, format] = await Promise.all([
    orNotFound(listCasePlacements(actor, caseId)),
    listRecentRunaways(actor, { caseId, take: 1 }),
    getTranslations("placements"),
    getFormatter(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const { active, history, viewer } = placements;
  const runaway = runaways[0];
  const closed = child.status === "CLOSED";
  const canAdmit = !active && !closed && (viewer.canManage || viewer.canPlaceInFosterFamily);

  return (
    <CaseShell child={child} active="placements">
      {runaway && (
        <p
          role="alert"
          data-testid="runaway-alert"
          className={`rounded border p-3 text-sm font-medium ${runaway.placedAgain ? "border-amber-300 bg-amber-50 text-amber-950" : "border-red-300 bg-red-50 text-red-900"}`}
        >
          {runaway.placedAgain ? t("runawayAlertPlacedAgain", { date: day(runaway.endDate) }) : t("runawayAlert", { date: day(runaway.endDate) })}
        </p>
      )}

      <section aria-labelledby="current-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="current-title" className="text-lg font-semibold">
          {t("current")}
        </h2>
        {active ? (
          <div data-testid="current-placement" className="space-y-1">
            <p className="font-medium">
              {t(`types.${active.type}`)} · <span dir="auto">{active.location}</span>
            </p>
            <p className="text-sm text-slate-600">
              {t("since", { start: day(active.startDate) })} · {t("days", { count: active.daysInCare })}
            </p>
            {active.transferredFrom && <p className="text-sm text-slate-600">{t("transferredFrom", { centre: active.transferredFrom })}</p>}
          </div>
        ) : (
          <p className="text-slate-600" data-testid="no-current-placement">
            {t("noCurrent")}
          </p>
        )}
        {active?.reviewFlagged && (
          <div role="alert" data-testid="review-flag" className="space-y-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">{t("reviewNeeded")}</p>
            {active.reviewReason && <p dir="auto">{active.reviewReason}</p>}
            {viewer.canManageActive && (
              <div className="rounded bg-white p-3 text-slate-900">
                <p className="mb-2 text-slate-700">{t("reviewHelp")}</p>
                <ReviewForm caseId={child.id} placementId={active.id} version={active.version} />
              </div>
            )}
          </div>
        )}
        {active && viewer.canManageActive && (
          <details className="rounded border border-slate-200 p-3" open>
            <summary className="cursor-pointer font-semibold">{t("dischargeTitle")}</summary>
            <div className="mt-3">
              <DischargeForm caseId={child.id} placementId={active.id} version={active.version} startDate={toIsoDate(active.startDate)} />
            </div>
          </details>
        )}
        {active && viewer.canTransfer && active.type === "CPISE_RESIDENTIAL" && (
          <details className="rounded border border-slate-200 p-3">
            <summary className="cursor-pointer font-semibold">{t("transferTitle")}</summary>
            <div className="mt-3">
              <TransferForm
                caseId={child.id}
                placementId={active.id}
                version={active.version}
                startDate={toIsoDate(active.startDate)}
                centres={placements.transferCentres}
              />
            </div>
          </details>
        )}
      </section>

      {canAdmit && (
        <section aria-labelledby="new-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="new-title" className="text-lg font-semibold">
            {t("newTitle")}
          </h2>
          <AdmitForm
            caseId={child.id}
            centre={placements.caseCentre}
            canOverride={viewer.canOverride}
            onlyFosterFamily={viewer.onlyFosterFamily}
            families={placements.fosterFamilies}
            arrivalDate={toIsoDate(placements.arrivalDate)}
          />
        </section>
      )}

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("history")}
        </h2>
        {history.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("empty")}</p>
        ) : (
          <HistoryTable history={history} day={day} t={t} />
        )}
      </section>
    </CaseShell>
  );
}

function HistoryTable({
  history,
  day,
  t,
}: {
  history: PlacementHistoryItem[];
  day: (date: Date) => string;
  t: Awaited<ReturnType<typeof getTranslations<"placements">>>;
}) {
  const dates = (p: PlacementHistoryItem) =>
    p.endDate ? t("fromTo", { start: day(p.startDate), end: day(p.endDate) }) : t("since", { start: day(p.startDate) });
  return (
    <>
      {/* Phones: one card per placement; from sm up: the table. */}
      <ul className="space-y-2 sm:hidden">
        {history.map((p) => (
          <li key={p.id} data-testid="placement-card" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-medium">
              {t(`types.${p.type}`)} · <span dir="auto">{p.location}</span>
            </p>
            <p className="text-slate-600">
              {dates(p)} · {t("days", { count: p.daysInCare })}
            </p>
            <p className="text-slate-600" dir="auto">
              {p.byBidDecision ? t("bidDecision") : p.decidedByName}
              {" · "}
              {p.endReason ? t(`endReasons.${p.endReason}`) : <span className="font-semibold text-green-800">{t("active")}</span>}
            </p>
            {p.transferredFrom && <p className="text-xs text-slate-600">{t("transferredFrom", { centre: p.transferredFrom })}</p>}
            {p.capacityOverrideReason && (
              <p className="text-xs text-amber-800" dir="auto">
                {t("overridden", { reason: p.capacityOverrideReason })}
              </p>
            )}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
        <table className="min-w-full text-sm" data-testid="placement-history">
          <thead className="bg-slate-50 text-start text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.dates")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.type")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.location")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.decidedBy")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.endReason")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.days")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {history.map((p) => (
              <tr key={p.id} data-testid="placement-row" className="align-top">
                <td className="whitespace-nowrap px-3 py-2">{dates(p)}</td>
                <td className="px-3 py-2">{t(`types.${p.type}`)}</td>
                <td className="px-3 py-2">
                  <span dir="auto">{p.location}</span>
                  {p.caregiverRelationship && (
                    <span className="block text-xs text-slate-600" dir="auto">
                      {p.caregiverRelationship}
                    </span>
                  )}
                  {p.address && (
                    <span className="block text-xs text-slate-600" dir="auto">
                      {p.address}
                      {p.contactPhone && <> · <span dir="ltr">{p.contactPhone}</span></>}
                    </span>
                  )}
                  {p.transferredFrom && <span className="block text-xs text-slate-600">{t("transferredFrom", { centre: p.transferredFrom })}</span>}
                  {p.capacityOverrideReason && (
                    <span className="block text-xs text-amber-800" dir="auto">
                      {t("overridden", { reason: p.capacityOverrideReason })}
                    </span>
                  )}
                  {p.reviewFlagged && !p.endDate && <span className="block text-xs font-semibold text-red-800">{t("reviewFlagged")}</span>}
                </td>
                <td className="px-3 py-2" dir="auto">
                  {p.byBidDecision ? t("bidDecision") : p.decidedByName}
                </td>
                <td className="px-3 py-2">
                  {p.endReason ? (
                    <>
                      {t(`endReasons.${p.endReason}`)}
                      {p.endNotes && (
                        <span className="block text-xs text-slate-600" dir="auto">
                          {p.endNotes}
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="font-semibold text-green-800">{t("active")}</span>
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{t("days", { count: p.daysInCare })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
