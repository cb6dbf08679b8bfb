import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getOrganisationName } from "@/lib/organisations/get-organisation-name";

export default async function HomePage() {
  const actor = await requireActor();
  // Each role lands where its work is: supervisors on their dashboard, other caseworkers on the
  // caseload, the M&E officer on the indicator report.
  if (can(actor, "report:dashboard")) redirect("/dashboard");
  if (can(actor, "case:read")) redirect("/cases");
  if (can(actor, "report:indicators")) redirect("/reports/indicators");
  const t = await getTranslations("home");
  const organisation = await getOrganisationName(actor);
  return (
    <section className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title", { name: actor.name })}</h1>
      <p>{t("role", { role: (await getTranslations("roles"))(actor.role) })}</p>
      <p>{t("organisation", { organisation })}</p>
      <p className="text-slate-600">{t("noCaseAccess")}</p>
    </section>
  );
}
