"use client";
import { useTranslations } from "next-intl";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { setPresenterAction } from "./actions";

/** Who presents the case (the assigned worker by default); saved as soon as it is changed. */
export function PresenterSelect({
  sessionId,
  agendaItemId,
  version,
  current,
  options,
}: {
  sessionId: string;
  agendaItemId: string;
  version: number;
  current: string | null;
  options: { id: string; name: string }[];
}) {
  const t = useTranslations("bid.sessions");
  const { pending, problem, run } = useAction();
  const id = `presenter-${agendaItemId}`;
  const change = (presenterId: string) => run(() => setPresenterAction(sessionId, agendaItemId, version, presenterId));
  return (
    <span className="block text-xs">
      <label htmlFor={id} className="me-1 text-slate-600">
        {t("presenterLabel")}
      </label>
      <select id={id} defaultValue={current ?? ""} disabled={pending} onChange={(e) => change(e.target.value)} className="rounded border border-slate-400 bg-white px-1 py-0.5">
        {!current && <option value="">—</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <ProblemBox problem={problem} messages="bid.errors" />
    </span>
  );
}
