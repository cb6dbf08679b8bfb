"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Field, inputClass } from "@/components/form/field";
import type { BidSessionInput } from "@/lib/bid/bid-session.schema";
import type { PanelRole } from "@/lib/generated/prisma/enums";
import type { RosterOption } from "@/lib/bid/list-panel-roster";
import { scheduleSessionAction, updateSessionAction } from "./actions";

const MEMBER_ROLES = ["MEMBER", "SECRETARY", "OBSERVER"] as const;

/** Schedule a session, or edit its date, place, chair and invited members. */
export function SessionForm({
  roster,
  session,
}: {
  roster: RosterOption[];
  session?: { id: string; version: number; values: Omit<BidSessionInput, "members" | "version">; invited: Record<string, PanelRole> };
}) {
  const t = useTranslations("bid.sessions");
  const tRole = useTranslations("bid.role");
  const tError = useTranslations("errors");
  const router = useRouter();
  const members = roster.map((m) => {
    const invited = session?.invited[m.id];
    return { panelMemberId: m.id, role: invited && invited !== "CHAIR" ? invited : ("" as const) };
  });
  const { form, submitWith, pending, problem } = useActionForm<BidSessionInput>({
    schema: () => import("@/lib/bid/bid-session.schema").then((m) => m.bidSessionSchema),
    defaultValues: session
      ? { ...session.values, members, version: session.version }
      : { scheduledAt: "", venue: "", remoteLink: "", chairId: "", notes: "", members },
  });
  const onSubmit = submitWith<{ sessionId: string } | { version: number }>(
    (values) => (session ? updateSessionAction(session.id, values) : scheduleSessionAction(values)),
    (data) => router.push(`/bid/sessions/${"sessionId" in data ? data.sessionId : session!.id}`),
  );
  const errors = form.formState.errors;
  const chairId = form.watch("chairId");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="session-form">
      <ProblemBox problem={problem} messages="bid.errors" />
      {session && <input type="hidden" {...form.register("version")} />}
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="scheduledAt" label={t("scheduledAt")} error={errors.scheduledAt?.message}>
          <input id="scheduledAt" type="datetime-local" className={inputClass} aria-invalid={errors.scheduledAt ? true : undefined} {...form.register("scheduledAt")} />
        </Field>
        <Field id="chairId" label={t("chair")} error={errors.chairId?.message}>
          <select id="chairId" className={inputClass} aria-invalid={errors.chairId ? true : undefined} {...form.register("chairId")}>
            <option value="">{t("chooseChair")}</option>
            {roster.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} — {m.organisationName}
              </option>
            ))}
          </select>
        </Field>
        <Field id="venue" label={t("venue")} hint={t("placeHint")} error={errors.venue?.message}>
          <input id="venue" className={inputClass} aria-invalid={errors.venue ? true : undefined} {...form.register("venue")} />
        </Field>
        <Field id="remoteLink" label={t("remoteLink")} error={errors.remoteLink?.message}>
          <input id="remoteLink" className={inputClass} {...form.register("remoteLink")} />
        </Field>
      </div>
      <fieldset className="space-y-2" aria-describedby={errors.members ? "members-error" : undefined}>
        <legend className="text-sm font-medium">{t("invited")}</legend>
        <p className="text-xs text-slate-500">{t("invitedHint")}</p>
        <ul className="divide-y divide-slate-100 rounded border border-slate-200">
          {roster.map((m, index) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 p-2">
              <label htmlFor={`member-${m.id}`} className="text-sm">
                <span dir="auto" className="font-medium">{m.name}</span> — {m.organisationName}
                {!m.undertakingSigned && <span className="ms-2 text-xs text-amber-900">{t("undertakingMissing")}</span>}
              </label>
              <input type="hidden" {...form.register(`members.${index}.panelMemberId`)} />
              {chairId === m.id ? (
                <span className="text-sm font-semibold">{tRole("CHAIR")}</span>
              ) : (
                <select id={`member-${m.id}`} className="rounded border border-slate-400 bg-white px-2 py-1 text-sm" data-testid={`invite-${m.id}`} {...form.register(`members.${index}.role`)}>
                  <option value="">{t("notInvited")}</option>
                  {MEMBER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {tRole(role)}
                    </option>
                  ))}
                </select>
              )}
            </li>
          ))}
        </ul>
        {errors.members?.message && (
          <p id="members-error" className="text-sm text-red-700" data-testid="error-members">
            {tError.has(errors.members.message) ? tError(errors.members.message) : tError("invalid")}
          </p>
        )}
      </fieldset>
      <Field id="notes" label={t("notes")} error={errors.notes?.message}>
        <textarea id="notes" rows={2} className={inputClass} {...form.register("notes")} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("saving") : session ? t("save") : t("create")}
      </button>
    </form>
  );
}
