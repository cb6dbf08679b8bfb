import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { alertClass } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getFosterFamily } from "@/lib/foster-families/get-foster-family";
import { needsReason, nextStatuses } from "@/lib/foster-families/vetting";
import { orNotFound } from "@/lib/or-not-found";
import { VettingBadge } from "../vetting-badge";
import { FamilyDetails } from "./family-details";
import { FamilyPlacements } from "./family-placements";
import { isolate } from "./isolate";
import { StatusForm } from "./status-form";
import { VisitForm } from "./visit-form";
import { VisitHistory } from "./visit-history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("foster");
  return { title: t("title") };
}

/**
 * One household. For the managing NGO the page opens on its daily task, recording a visit; then
 * the household, the children placed, the visits, and the vetting status (closed until asked
 * for). Other readers see the same sections without the forms. Another NGO's household → 404.
 */
export default async function FosterFamilyPage({ params }: PageProps<"/foster-families/[familyId]">) {
  const { familyId } = await params;
  const actor = await requireActor();
  const family = await orNotFound(getFosterFamily(actor, familyId));
  const t = await getTranslations("foster");
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
          <ButtonLink href={`/foster-families/${family.id}/edit`} variant="secondary" size="sm" className="ms-auto">
            {t("edit")}
          </ButtonLink>
        )}
      </div>
      {family.vettingStatus === "SUSPENDED" && (
        // A standing state of the family, not the outcome of an action: a note, not an alert.
        <div role="note" data-testid="suspension-banner" className={alertClass("error")}>
          <p className="font-semibold">{t("suspensionBanner")}</p>
          {family.suspensionReason && <p className="mt-1 whitespace-pre-line">{t("suspensionReasonValue", { reason: isolate(family.suspensionReason) })}</p>}
        </div>
      )}

      {family.canManage && (
        <Card title={t("addVisit")} labelledBy="record-visit-title" testId="record-visit">
          <VisitForm familyId={family.id} version={family.version} canSuspend={family.vettingStatus === "APPROVED"} candidates={family.visitCandidates} />
        </Card>
      )}

      <div className="grid gap-5 lg:grid-cols-2">
        <FamilyDetails family={family} />
        <FamilyPlacements placements={family.placements} />
      </div>

      <VisitHistory visits={family.visits} />

      {family.canManage && (
        <Card title={t("statusTitle")} labelledBy="family-status-title" testId="family-status">
          <StatusForm familyId={family.id} version={family.version} moves={moves} />
        </Card>
      )}
    </section>
  );
}
