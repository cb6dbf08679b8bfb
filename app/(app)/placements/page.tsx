import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { seesEveryCentre } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getOccupancyBoard } from "@/lib/placements/occupancy-board";
import { getOccupancyHistory } from "@/lib/placements/occupancy-history";
import { getCapacityHistory } from "@/lib/placements/capacity-history";
import { CapacityHistorySection } from "./capacity-history-section";
import { CentreOccupancySection } from "./centre-occupancy-section";
import { FamilyOccupancySection } from "./family-occupancy-section";
import { OccupancyHistorySection } from "./occupancy-history-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("occupancy");
  return { title: t("title") };
}

/**
 * The occupancy board (placement:board): a centre supervisor's centres, or every centre for the
 * national supervisor. Everyone else gets the 404 page (the DAL refuses them).
 */
export default async function OccupancyBoardPage() {
  const actor = await requireActor();
  const board = await orNotFound(getOccupancyBoard(actor));
  const history = await orNotFound(getOccupancyHistory(actor));
  const capacityChanges = await orNotFound(getCapacityHistory(actor));
  const [t, format] = await Promise.all([getTranslations("occupancy"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, "date");

  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{seesEveryCentre(actor) ? t("introNational") : t("introSupervisor")}</p>
        <p className="text-sm text-slate-600">{t("asOf", { date: day(board.today), week: day(board.weekStart), month: day(board.monthStart) })}</p>
      </div>
      <CentreOccupancySection centres={board.centres} />
      <OccupancyHistorySection history={history} day={day} />
      <CapacityHistorySection changes={capacityChanges} day={day} />
      <FamilyOccupancySection families={board.families} day={day} />
    </section>
  );
}
