"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ProblemBox } from "@/components/form/problem-box";
import { SavedMessage } from "@/components/form/saved-message";
import { useActionForm } from "@/components/form/use-action-form";
import { Field, inputClass } from "@/components/form/field";
import type { PanelMemberInput } from "@/lib/bid/panel-member.schema";
import { PanelRole } from "@/lib/generated/prisma/enums";
import { savePanelMemberAction } from "./actions";

type Existing = { id: string; userId: string; name: string; expertise: string; defaultRole: PanelRole; active: boolean };

/** Add a PANEL_MEMBER account to the roster, or edit a roster row (the account stays the same). */
export function RosterForm({ candidates, member }: { candidates: { id: string; name: string; organisationName: string }[]; member?: Existing }) {
  const t = useTranslations("bid.roster");
  const tRole = useTranslations("bid.role");
  const router = useRouter();
  const { form, submitWith, pending, problem, saved } = useActionForm<PanelMemberInput>({
    schema: () => import("@/lib/bid/panel-member.schema").then((m) => m.panelMemberSchema),
    defaultValues: member
      ? { panelMemberId: member.id, userId: member.userId, expertise: member.expertise, defaultRole: member.defaultRole, active: member.active }
      : { panelMemberId: "", userId: "", expertise: "", defaultRole: "MEMBER", active: true },
  });
  const onSubmit = submitWith(
    (values) => savePanelMemberAction(values),
    () => {
      if (member) router.push("/bid/roster");
      else form.reset({ panelMemberId: "", userId: "", expertise: "", defaultRole: "MEMBER", active: true });
    },
  );
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="roster-form">
      <ProblemBox problem={problem} messages="bid.errors" />
      {saved && !member && <SavedMessage text={t("added")} />}
      <input type="hidden" {...form.register("panelMemberId")} />
      <div className="grid gap-4 md:grid-cols-2">
        {member ? (
          <div>
            <p className="text-sm font-medium">{t("account")}</p>
            <p className="mt-1" dir="auto">{member.name}</p>
            <input type="hidden" {...form.register("userId")} />
          </div>
        ) : (
          <Field id="userId" label={t("account")} error={errors.userId?.message}>
            <select id="userId" className={inputClass} aria-invalid={errors.userId ? true : undefined} {...form.register("userId")}>
              <option value="">{t("chooseAccount")}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} — {c.organisationName}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="expertise" label={t("expertise")} error={errors.expertise?.message}>
          <input id="expertise" className={inputClass} aria-invalid={errors.expertise ? true : undefined} {...form.register("expertise")} />
        </Field>
        <Field id="defaultRole" label={t("defaultRole")} error={errors.defaultRole?.message}>
          <select id="defaultRole" className={inputClass} {...form.register("defaultRole")}>
            {Object.values(PanelRole).map((role) => (
              <option key={role} value={role}>
                {tRole(role)}
              </option>
            ))}
          </select>
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium">
          <input type="checkbox" {...form.register("active")} /> {t("active")}
        </label>
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("saving") : member ? t("save") : t("add")}
      </button>
    </form>
  );
}
