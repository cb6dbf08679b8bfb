import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getPanelHome } from "@/lib/bid/get-panel-home";
import { getWorkerHome } from "@/lib/dashboards/get-worker-home";
import { landingPath } from "@/lib/dashboards/landing";
import { PanelHomeSections } from "./_home/panel-home";
import { WorkerHomeSections } from "./_home/worker-home";

/**
 * Home: each role lands where its work is (lib/dashboards/landing.ts). The social worker and the
 * panel member have their work listed here; the other roles are sent to their main page.
 */
export default async function HomePage() {
  const actor = await requireActor();
  const target = landingPath(actor);
  if (target) redirect(target);
  const t = await getTranslations("home");
  const now = new Date();
  const worker = can(actor, "caseload:own");
  const panel = can(actor, "bid:sit");
  const [workerHome, panelHome] = await Promise.all([worker ? getWorkerHome(actor, now) : null, panel ? getPanelHome(actor, now) : null]);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("title", { name: actor.name })}</h1>
      {workerHome && <WorkerHomeSections home={workerHome} now={now} />}
      {panelHome && <PanelHomeSections home={panelHome} />}
      {!workerHome && !panelHome && <p className="text-slate-600">{t("nothing")}</p>}
    </div>
  );
}
