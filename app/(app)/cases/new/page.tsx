import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listMyCentres } from "@/lib/centres/list-my-centres";
import { COUNTRY_CODES, countryName, FREQUENT_COUNTRY_CODES } from "@/lib/reference/countries";
import { NewChildFlow } from "./new-child-flow";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register");
  return { title: t("title") };
}

/** Registration in two steps: search for the child among known children first, then register. */
export default async function RegisterChildPage() {
  const actor = await requireActor();
  if (!can(actor, "case:register")) notFound();
  const [t, locale, centres] = await Promise.all([getTranslations("register"), getLocale(), listMyCentres(actor)]);
  if (actor.centreIds.length === 0) notFound();
  if (centres.length === 0) {
    // Every centre of the actor is deactivated: say so rather than a 404.
    return (
      <section className="max-w-4xl space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Alert tone="warning" role="note" testId="no-active-centre">
          {t("noActiveCentre")}
        </Alert>
      </section>
    );
  }

  const option = (code: string) => ({ value: code, label: countryName(code, locale) });
  const collator = new Intl.Collator(locale);
  const otherCountries = COUNTRY_CODES.filter((code) => !FREQUENT_COUNTRY_CODES.includes(code))
    .map(option)
    .sort((a, b) => collator.compare(a.label, b.label));

  return (
    <section className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <NewChildFlow
        frequentCountries={FREQUENT_COUNTRY_CODES.map(option)}
        otherCountries={otherCountries}
        centres={centres.map((c) => ({ value: c.id, label: c.name }))}
        canRequestAccess={can(actor, "case:request-access")}
      />
    </section>
  );
}
