"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Checkbox, TextField, TriState } from "./fields";

export type FamilyValues = {
  members: {
    id?: string;
    relationship: string;
    name: string;
    alive: "yes" | "no" | "";
    lastKnownLocation: string;
    phone: string;
    inContact: boolean;
    willingToCare: "yes" | "no" | "";
  }[];
};

const EMPTY: FamilyValues["members"][number] = {
  relationship: "",
  name: "",
  alive: "",
  lastKnownLocation: "",
  phone: "",
  inContact: false,
  willingToCare: "",
};

/** Repeatable family members: add and remove rows; saved with the section. */
export function FamilyFields({ form }: { form: UseFormReturn<FamilyValues, unknown, FamilyValues> }) {
  const t = useTranslations("caseFile");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "members" });
  return (
    <div className="space-y-4">
      {fields.length === 0 && <p className="text-sm text-slate-600">{t("noFamily")}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="space-y-3 rounded border border-slate-200 p-4" data-testid="family-member">
          <legend className="px-1 text-sm font-semibold">{t("familyMember", { number: index + 1 })}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField form={form} name={`members.${index}.relationship`} label={t("relationship")} />
            <TextField form={form} name={`members.${index}.name`} label={t("memberName")} />
            <TextField form={form} name={`members.${index}.lastKnownLocation`} label={t("lastKnownLocation")} />
            <TextField form={form} name={`members.${index}.phone`} label={t("phone")} type="tel" />
          </div>
          <div className="flex flex-wrap gap-6">
            <TriState form={form} name={`members.${index}.alive`} label={t("alive")} />
            <TriState form={form} name={`members.${index}.willingToCare`} label={t("willingToCare")} />
            <Checkbox form={form} name={`members.${index}.inContact`} label={t("inContact")} />
          </div>
          <button type="button" onClick={() => remove(index)} className="text-sm font-semibold text-red-700 underline">
            {t("removeMember")}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => append(EMPTY)} className="rounded border border-slate-400 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100">
        {t("addMember")}
      </button>
    </div>
  );
}
