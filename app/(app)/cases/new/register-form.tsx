"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import type { RegisterChildData, RegisterChildInput } from "@/lib/cases/case.schema";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { registerChildAction } from "./actions";
import { AgeSection, ArrivalSection, IdentitySection, OriginSection, type Option } from "./register-sections";

export function RegisterForm({
  frequentCountries,
  otherCountries,
  centres,
  initialValues,
  duplicateCheckNote,
}: {
  frequentCountries: Option[];
  otherCountries: Option[];
  /** Only for someone attached to several centres. */
  centres: Option[];
  /** What the worker typed in the duplicate search. */
  initialValues: Partial<RegisterChildInput>;
  /** Why this is a new child although the search showed matches (sent with the form). */
  duplicateCheckNote: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<RegisterChildInput, RegisterChildData>({
    schema: () => import("@/lib/cases/case.schema").then((m) => m.registerChildSchema),
    defaultValues: { dobKnown: "exact", languages: [], arrivalDate: toIsoDate(todayUtc()), nationality: "", ...initialValues },
  });

  // The server gets the raw input (with the hidden duplicate-check note) and validates it again
  // with the same schema.
  const onSubmit = submitWith(
    (_values, _parsed, event) => {
      const data = new FormData(event?.target as HTMLFormElement);
      return registerChildAction({ ...Object.fromEntries(data), languages: data.getAll("languages") });
    },
    (data) => router.push(`/cases/${data.caseId}?registered=1`),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {duplicateCheckNote && <input type="hidden" name="duplicateCheckNote" value={duplicateCheckNote} />}
      <ProblemBox problem={problem} messages="register" />

      <IdentitySection form={form} />

      <AgeSection form={form} />

      <OriginSection form={form} frequentCountries={frequentCountries} otherCountries={otherCountries} />

      <ArrivalSection form={form} centres={centres} />

      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t("register.submitting") : t("register.submit")}
      </Button>
    </form>
  );
}
