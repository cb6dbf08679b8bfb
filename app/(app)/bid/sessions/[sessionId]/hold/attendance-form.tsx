"use client";
// Who attended. Saving it holds the session (ADR 0011).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { recordAttendanceAction } from "./actions";

type Member = { panelMemberId: string; name: string; organisationName: string; role: string; attended: boolean | null };

export function AttendanceForm({ sessionId, sessionVersion, members, locked }: { sessionId: string; sessionVersion: number; members: Member[]; locked: boolean }) {
  const t = useTranslations("bid.hold");
  const router = useRouter();
  const { pending, problem, setProblem, run } = useAction();
  const [saved, setSaved] = useState(false);
  const [marks, setMarks] = useState<Record<string, "present" | "absent" | undefined>>(() =>
    Object.fromEntries(members.map((m) => [m.panelMemberId, m.attended === null ? undefined : m.attended ? "present" : "absent"])),
  );
  const missing = members.filter((m) => !marks[m.panelMemberId]).map((m) => m.panelMemberId);
  const [showMissing, setShowMissing] = useState(false);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (missing.length) {
      setShowMissing(true);
      setProblem({ kind: "fixErrors" });
      return;
    }
    run(() => recordAttendanceAction(sessionId, { sessionVersion, attendance: marks }), {
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="attendance-form">
      <ProblemBox problem={problem} messages="bid.decision.errors" />
      {saved && (
        <p role="status" className={alertClass("success", "p-2 text-sm")} data-testid="attendance-saved">
          {t("attendanceSaved")}
        </p>
      )}
      <ul className={cardClass("divide-y divide-slate-100")}>
        {members.map((m) => (
          <li key={m.panelMemberId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
            <span>
              <span dir="auto" className="font-medium">
                {m.name}
              </span>{" "}
              <span className="text-sm text-slate-600">
                ({m.organisationName}) · {t(`roles.${m.role}`)}
              </span>
            </span>
            <fieldset className="flex gap-4" aria-describedby={showMissing && !marks[m.panelMemberId] ? `att-${m.panelMemberId}-error` : undefined}>
              <legend className="sr-only">{t("attendanceOf", { name: m.name })}</legend>
              {(["present", "absent"] as const).map((value) => (
                <label key={value} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="radio"
                    name={`att-${m.panelMemberId}`}
                    value={value}
                    disabled={locked}
                    checked={marks[m.panelMemberId] === value}
                    onChange={() => setMarks((prev) => ({ ...prev, [m.panelMemberId]: value }))}
                    data-testid={`attendance-${m.name}-${value}`}
                  />
                  {t(value)}
                </label>
              ))}
            </fieldset>
            {showMissing && !marks[m.panelMemberId] && (
              <p id={`att-${m.panelMemberId}-error`} className="w-full text-sm text-red-700" data-testid="error-attendance">
                {t("markEveryone")}
              </p>
            )}
          </li>
        ))}
      </ul>
      {!locked && (
        <button type="submit" disabled={pending} className={buttonClass()} data-testid="save-attendance">
          {t("saveAttendance")}
        </button>
      )}
    </form>
  );
}
