// An organisation's name in the interface's language: its Arabic form in Arabic when one is
// recorded, otherwise the name as registered (French). Every page, export and PDF that names an
// organisation goes through here, so the Arabic interface never mixes the two forms.
import { writesInArabic } from "@/lib/i18n/locales";

export type OrganisationNames = { name: string; nameAr: string | null };

export function organisationName(organisation: OrganisationNames, locale: string): string {
  return writesInArabic(locale) && organisation.nameAr ? organisation.nameAr : organisation.name;
}
