"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { ConsentGiver, MobilityProfile, ProtectionConcern, ReferralSource, SeparationType, Sex } from "@/lib/generated/prisma/enums";
import { LANGUAGE_CODES } from "@/lib/reference/languages";
import { FamilyFields, type FamilyValues } from "./family-fields";
import { Checkbox, CheckboxGroup, SelectField, TextField } from "./fields";
import { PhotoForm } from "./photo-form";
import { SectionForm } from "./section-form";

type Option = { value: string; label: string };
export type SectionDefaults = {
  identity: Record<string, unknown>;
  protection: Record<string, unknown>;
  separation: Record<string, unknown>;
  family: FamilyValues;
  consent: Record<string, unknown>;
  arrival: Record<string, unknown>;
};

type AnyForm = UseFormReturn<Record<string, unknown>, unknown, Record<string, unknown>>;

export function RegistrationSections({
  caseId,
  initialVersion,
  readOnly,
  hasPhoto,
  defaults,
  countries,
  organisations,
}: {
  caseId: string;
  initialVersion: number;
  readOnly: boolean;
  hasPhoto: boolean;
  defaults: SectionDefaults;
  countries: Option[];
  organisations: Option[];
}) {
  const t = useTranslations();
  // Every save bumps the case version; the next save (of any section) sends the new one.
  const [version, setVersion] = useState(initialVersion);
  const options = (values: Record<string, string>, ns: string) => Object.values(values).map((v) => ({ value: v, label: t(`${ns}.${v}`) }));
  const languages = LANGUAGE_CODES.map((code) => ({ value: code, label: t(`languages.${code}`) }));
  const common = { caseId, version, readOnly, onSaved: setVersion };
  const f = "caseFile";

  return (
    <div className="space-y-6">
      <SectionForm {...common} section="identity" title={t(`${f}.identity`)} defaultValues={defaults.identity}>
        {(form: AnyForm) => (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField form={form} name="firstName" label={t("register.firstName")} />
              <TextField form={form} name="lastName" label={t("register.lastName")} />
              <TextField form={form} name="otherNames" label={t("register.otherNames")} />
              <SelectField form={form} name="sex" label={t("register.sex")} options={options(Sex, "sex")} />
              <TextField form={form} name="dateOfBirth" label={t("register.dateOfBirth")} type="date" />
              <div className="self-end pb-2">
                <Checkbox form={form} name="dateOfBirthEstimated" label={t(`${f}.dateOfBirthEstimated`)} />
              </div>
              <SelectField form={form} name="nationality" label={t("register.nationality")} options={countries} />
              <SelectField form={form} name="countryOfBirth" label={t(`${f}.countryOfBirth`)} options={countries} />
              <TextField form={form} name="placeOfBirth" label={t(`${f}.placeOfBirth`)} />
              <SelectField form={form} name="preferredLanguage" label={t(`${f}.preferredLanguage`)} options={languages} />
              <TextField form={form} name="religion" label={t(`${f}.religion`)} />
              <TextField form={form} name="documentsHeld" label={t(`${f}.documentsHeld`)} />
            </div>
            <CheckboxGroup form={form} name="languages" label={t("register.languages")} options={languages} />
          </>
        )}
      </SectionForm>

      <PhotoForm caseId={caseId} version={version} hasPhoto={hasPhoto} readOnly={readOnly} onSaved={setVersion} />

      <SectionForm {...common} section="protection" title={t(`${f}.protection`)} defaultValues={defaults.protection}>
        {(form: AnyForm) => (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField form={form} name="separationType" label={t("register.separationType")} options={options(SeparationType, "separationType")} />
              <SelectField form={form} name="mobilityProfile" label={t(`${f}.mobilityProfile`)} options={options(MobilityProfile, "mobilityProfile")} />
            </div>
            <CheckboxGroup form={form} name="protectionConcerns" label={t(`${f}.protectionConcerns`)} options={options(ProtectionConcern, "protectionConcern")} />
            <TextField form={form} name="disabilityDetails" label={t(`${f}.disabilityDetails`)} multiline />
          </>
        )}
      </SectionForm>

      <SectionForm {...common} section="separation" title={t(`${f}.separation`)} defaultValues={defaults.separation}>
        {(form: AnyForm) => (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField form={form} name="separationDate" label={t(`${f}.separationDate`)} type="date" />
            <TextField form={form} name="separationPlace" label={t(`${f}.separationPlace`)} />
            <TextField form={form} name="separationCause" label={t(`${f}.separationCause`)} multiline />
            <TextField form={form} name="journeySummary" label={t(`${f}.journeySummary`)} multiline />
          </div>
        )}
      </SectionForm>

      <SectionForm {...common} section="family" title={t(`${f}.family`)} defaultValues={defaults.family}>
        {(form) => <FamilyFields form={form} />}
      </SectionForm>

      <SectionForm {...common} section="consent" title={t(`${f}.consent`)} defaultValues={defaults.consent}>
        {(form: AnyForm) => (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField form={form} name="consentGivenBy" label={t(`${f}.consentGivenBy`)} options={options(ConsentGiver, "consentGiver")} />
              <TextField form={form} name="consentGivenByName" label={t(`${f}.consentGivenByName`)} />
            </div>
            <div className="space-y-2">
              <Checkbox form={form} name="consentCaseManagement" label={t(`${f}.consentCaseManagement`)} />
              <Checkbox form={form} name="consentTracing" label={t(`${f}.consentTracing`)} />
              <Checkbox form={form} name="consentReporting" label={t(`${f}.consentReporting`)} />
            </div>
            <CheckboxGroup form={form} name="shareWith" label={t(`${f}.shareWith`)} options={organisations} />
            <TextField form={form} name="informationToWithhold" label={t(`${f}.informationToWithhold`)} multiline />
          </>
        )}
      </SectionForm>

      <SectionForm {...common} section="arrival" title={t(`${f}.arrival`)} defaultValues={defaults.arrival}>
        {(form: AnyForm) => (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField form={form} name="arrivalDate" label={t("register.arrivalDate")} type="date" />
            <SelectField form={form} name="referralSource" label={t("register.referralSource")} options={options(ReferralSource, "referralSource")} />
          </div>
        )}
      </SectionForm>
    </div>
  );
}
