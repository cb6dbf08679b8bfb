// French wording of the demo case files (identity, separation, risk): short, plausible, fictitious.
import type { MobilityProfile, ProtectionConcern, RiskLevel, Sex } from "@/lib/generated/prisma/enums";
import type { Nationality } from "./seed-names";
import { pick, type Random } from "./seed-random";

/** Towns children come from, per country. */
export const TOWNS: Record<Nationality, string[]> = {
  SN: ["Dakar", "Thiès", "Kaolack", "Saint-Louis", "Touba", "Kolda", "Tambacounda", "Matam", "Podor", "Ziguinchor"],
  ML: ["Bamako", "Kayes", "Ségou", "Mopti", "Sikasso", "Nioro du Sahel", "Kita", "Yélimané"],
  GN: ["Conakry", "Labé", "Pita", "Mamou", "Kindia", "Dalaba", "Télimélé"],
  GM: ["Banjul", "Serekunda", "Brikama", "Bakau", "Farafenni", "Basse"],
  SL: ["Freetown", "Bo", "Kenema", "Makeni", "Koidu"],
  MR: ["Nouakchott", "Kaédi", "Sélibaby", "Kiffa", "Atar", "Boghé", "Néma"],
  CI: ["Abidjan", "Bouaké", "Daloa", "Korhogo", "San-Pédro"],
};

/** Where a child of this nationality is sometimes born instead (families on the move). */
export const OTHER_BIRTH_COUNTRY: Record<Nationality, Nationality> = {
  SN: "GM",
  ML: "CI",
  GN: "SN",
  GM: "SN",
  SL: "GN",
  MR: "SN",
  CI: "ML",
};

export const DOCUMENTS = [
  "Extrait d'acte de naissance (copie)",
  "Carte d'identité scolaire",
  "Passeport expiré",
  "Carnet de vaccination",
  "Certificat de naissance, original chez un oncle",
  "Attestation de l'OIM",
];

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

export function monthYear(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "de Kayes", "d'Aleg". */
export function of(town: string): string {
  return /^[AEIOUYÉÈ]/i.test(town) ? `d'${town}` : `de ${town}`;
}

/** Agreement of French past participles and pronouns. */
export function grammar(sex: Sex) {
  const female = sex === "FEMALE";
  return { e: female ? "e" : "", il: female ? "elle" : "il", Il: female ? "Elle" : "Il", le: female ? "la" : "le", fils: female ? "fille" : "fils" };
}

export type StoryFacts = {
  sex: Sex;
  profile: MobilityProfile;
  homeTown: string;
  centreTown: string;
  foreign: boolean;
  separationDate: Date;
};

const CAUSES: Record<MobilityProfile, string[]> = {
  TALIBE_MAHADRA: ["Confié à un maître coranique", "Envoyé dans une mahadra par son père"],
  DOMESTIC_WORK: ["Recrutée pour un travail domestique", "Envoyée chez une tante pour travailler"],
  STREET_CONNECTED: ["Conflit familial", "Fugue après des maltraitances", "Décès du père, foyer dispersé"],
  IN_TRANSIT: ["Départ seul vers l'Europe", "Parti avec un groupe de jeunes du quartier"],
  OTHER: ["Décès de la mère", "Parent hospitalisé", "Parent reconduit à la frontière"],
};

export function separationCause(random: Random, facts: StoryFacts): string {
  const cause = pick(random, CAUSES[facts.profile]);
  return facts.sex === "FEMALE" ? cause.replace("Parti ", "Partie ").replace("Envoyé ", "Envoyée ") : cause;
}

export function journeySummary(random: Random, facts: StoryFacts): string {
  const { e, il } = grammar(facts.sex);
  const when = monthYear(facts.separationDate);
  const { homeTown, centreTown } = facts;
  switch (facts.profile) {
    case "TALIBE_MAHADRA":
      return pick(random, [
        `Confié${e} en ${when} à un maître coranique ${of(homeTown)}, ${il} a été emmené${e} avec d'autres talibés dans une mahadra ${of(centreTown)}, où ${il} mendiait chaque jour.`,
        `Parti${e} ${of(homeTown)} en ${when} pour étudier le Coran, ${il} a fui la mahadra ${of(centreTown)} après des punitions répétées.`,
      ]);
    case "DOMESTIC_WORK":
      return pick(random, [
        `Partie ${of(homeTown)} en ${when} avec une intermédiaire qui lui promettait un salaire, elle a travaillé comme domestique à ${centreTown} sans être payée.`,
        `Arrivée à ${centreTown} en ${when} pour aider une parente, elle faisait le ménage et la cuisine dans plusieurs maisons et ne pouvait plus joindre sa mère.`,
      ]);
    case "IN_TRANSIT":
      return facts.foreign
        ? pick(random, [
            `Parti${e} ${of(homeTown)} en ${when}, ${il} a voyagé en car jusqu'à Nouadhibou pour prendre une pirogue vers les Canaries et a été intercepté${e} avant l'embarquement.`,
            `Parti${e} ${of(homeTown)} en ${when} avec des jeunes du quartier, ${il} a traversé le Sénégal puis Rosso et a été trouvé${e} seul${e} à ${centreTown} par la police.`,
          ])
        : `Parti${e} ${of(homeTown)} en ${when} vers Nouadhibou dans l'espoir de rejoindre l'Europe, ${il} a été repéré${e} seul${e} à ${centreTown}.`;
    case "STREET_CONNECTED":
      return `Après avoir quitté sa famille à ${homeTown} en ${when}, ${il} vivait dans la rue près du marché ${of(centreTown)} et dormait sous les étals.`;
    case "OTHER":
      return `Venu${e} ${of(homeTown)} en ${when} avec un proche, ${il} s'est retrouvé${e} seul${e} à ${centreTown} lorsque ce proche n'a plus pu s'occuper ${facts.sex === "FEMALE" ? "d'elle" : "de lui"}.`;
  }
}

/** Why the worker set this risk level, from what is known of the child. */
export function riskReason(random: Random, level: RiskLevel, facts: { sex: Sex; profile: MobilityProfile; concerns: ProtectionConcern[] }): string {
  const { e } = grammar(facts.sex);
  const has = (concern: ProtectionConcern) => facts.concerns.includes(concern);
  switch (level) {
    case "HIGH":
      if (has("TRAFFICKING_SUSPECTED")) return "Signes de traite : papiers confisqués, dette de voyage à rembourser.";
      if (has("VIOLENCE")) return "Blessures visibles et menaces de l'ancien maître ou employeur.";
      if (facts.profile === "IN_TRANSIT") return "Risque de nouvelle tentative de traversée en pirogue.";
      if (has("EXPLOITATION")) return `L'intermédiaire qui l'a fait venir cherche à ${facts.sex === "FEMALE" ? "la" : "le"} reprendre.`;
      return "Aucun adulte de confiance identifié, a déjà fugué deux fois.";
    case "MEDIUM":
      if (has("EXPLOITATION")) return "Exploitation passée, pas de danger immédiat ; famille pas encore localisée.";
      if (has("HEALTH")) return "Fatigue et malnutrition légère, a besoin d'un suivi médical rapproché.";
      if (facts.profile === "STREET_CONNECTED") return "Contacts réguliers avec d'anciens camarades de la rue.";
      return pick(random, ["Famille localisée mais réticente à l'accueillir.", `Isolé${e}, famille pas encore localisée.`]);
    case "LOW":
      return pick(random, [
        "En sécurité au centre ; contact téléphonique régulier avec sa mère.",
        `Bien intégré${e} au centre, famille localisée et disposée à l'accueillir.`,
        "Aucun signe d'exploitation ; attend la recherche familiale.",
      ]);
    case "NONE":
      return pick(random, ["Aucun risque identifié ; famille localisée et prête à l'accueillir.", "Situation stable, aucun élément de danger relevé."]);
  }
}

export const DISABILITY_DETAILS = ["Surdité partielle, communique surtout par gestes", "Boiterie ancienne de la jambe gauche"];
