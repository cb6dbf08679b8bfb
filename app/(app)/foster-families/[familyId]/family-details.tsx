import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { organisationName } from "@/lib/organisations/organisation-name";
import { todayUtc } from "@/lib/dates/calendar";
import type { FosterFamilyDetail } from "@/lib/foster-families/foster-family.dto";

const label = "text-xs font-semibold uppercase text-slate-500";

/** The household: place, capacity, languages, organisation, approval, next visit, contact. */
export function FamilyDetails({ family }: { family: FosterFamilyDetail }) {
  const t = useTranslations("foster");
  const tAll = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, "date");
  const overdue = family.nextVisitDueAt !== null && family.nextVisitDueAt < todayUtc();
  return (
    <Card title={t("details")} labelledBy="family-details-title">
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
          <dd>{organisationName(family.organisation, locale)}</dd>
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
    </Card>
  );
}
