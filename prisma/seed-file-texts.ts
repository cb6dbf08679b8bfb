// French wording of what workers write in the demo case files: assessments, case plan goals,
// case notes and closure summaries, drawn to fit each child's profile.
import type { ClosureReason, NoteType } from "@/lib/generated/prisma/enums";
import type { ProfiledChild } from "./seed-profile";
import { between, pick, shuffled, type Random } from "./seed-random";
import { grammar, of } from "./seed-texts";

const LANGUAGE_NAMES: Record<string, string> = {
  ar: "arabe",
  mey: "hassaniya",
  fr: "français",
  ff: "pulaar",
  snk: "soninké",
  wo: "wolof",
  bm: "bambara",
  en: "anglais",
  mnk: "mandinka",
  kri: "krio",
};

const foreign = (child: ProfiledChild) => child.nationality !== "MR";

function childViews(random: Random, child: ProfiledChild, bid: boolean): string {
  const { e } = grammar(child.sex);
  if (bid) return `« Je ne veux pas retourner chez mon père, c'est lui qui m'a envoyé${e} ici. Je veux rester avec ma tante ou au centre. »`;
  const views = {
    TALIBE_MAHADRA: [
      `« Je veux revoir ma mère à ${child.homeTown}. Je ne veux plus mendier pour le marabout. »`,
      "« J'aime apprendre le Coran, mais pas dans la rue. Je veux rentrer chez mon père et aller à l'école. »",
    ],
    DOMESTIC_WORK: [
      "« Je veux rentrer chez ma mère et apprendre la couture. Je ne veux plus travailler chez cette dame. »",
      "« Je voulais gagner de l'argent pour ma famille. Maintenant je veux d'abord finir l'école. »",
    ],
    IN_TRANSIT: [
      "« Je voulais aller en Espagne pour aider ma famille. Maintenant je veux d'abord parler à ma mère. »",
      "« Si je rentre, je veux apprendre un métier, la mécanique ou la soudure. »",
    ],
    STREET_CONNECTED: ["« Je ne veux pas retourner chez mon oncle. Je veux rester au centre et aller à l'école. »"],
    OTHER: [`« Je veux retrouver ma tante à ${child.homeTown}. Au centre ça va, mais elle me manque. »`],
  }[child.profile.mobilityProfile];
  const view = pick(random, views);
  return child.profile.consentTracing ? view : `${view} « Je ne veux pas qu'on appelle ma famille pour le moment. »`;
}

function caregiverViews(random: Random, child: ProfiledChild, bid: boolean): string {
  if (bid) {
    return pick(random, [
      "Le père, joint par téléphone, exige son retour ; la mère n'a pas pu être jointe.",
      "La famille refuse de l'accueillir et reproche à l'enfant d'être parti. Une tante maternelle se dit prête à aider.",
    ]);
  }
  if (!child.profile.consentTracing) return "Pas de contact avec la famille : l'enfant ne souhaite pas la recherche familiale pour l'instant.";
  return pick(random, [
    `Sa mère, jointe par téléphone à ${child.homeTown}, souhaite son retour et demande de l'aide pour la scolarité.`,
    `Son père, joint par l'intermédiaire de la Croix-Rouge à ${child.homeTown}, accepte de l'accueillir.`,
    `Un oncle vivant à ${child.centreTown} a été rencontré ; il ne peut pas l'héberger mais reste en contact avec la famille.`,
  ]);
}

function factors(child: ProfiledChild) {
  const { e } = grammar(child.sex);
  const { mobilityProfile, protectionConcerns: concerns, documentsHeld, disabilityDetails } = child.profile;
  const safetyRisk = concerns.includes("TRAFFICKING_SUSPECTED")
    ? `Intermédiaire soupçonné de traite toujours actif à ${child.centreTown}.`
    : mobilityProfile === "IN_TRANSIT"
      ? "Risque de nouvelle tentative de départ en pirogue."
      : concerns.includes("EXPLOITATION")
        ? `A été exploité${e} ; l'ancien maître ou employeur connaît le centre.`
        : "Pas de menace identifiée à ce jour.";
  const health = concerns.includes("PREGNANT")
    ? "Grossesse en cours, suivi prénatal commencé."
    : concerns.includes("DISABILITY")
      ? `${disabilityDetails}.`
      : concerns.includes("HEALTH")
        ? "Paludisme et malnutrition légère, traités ; contrôle dans un mois."
        : "Aucun problème de santé signalé.";
  const education = {
    TALIBE_MAHADRA: "N'a jamais été scolarisé en français.",
    DOMESTIC_WORK: "Déscolarisée depuis l'âge de dix ans.",
    IN_TRANSIT: "A quitté l'école avant le départ.",
    STREET_CONNECTED: `Déscolarisé${e} depuis plus d'un an.`,
    OTHER: "Scolarité interrompue par la séparation.",
  }[mobilityProfile];
  return {
    safety: { risks: safetyRisk, protective: `Hébergé${e} au CPISE, sous la surveillance de l'équipe éducative.` },
    health: { risks: health, protective: "Suivi par le centre de santé du quartier." },
    education: { risks: education, protective: `Motivé${e} pour le cours d'alphabétisation du centre.` },
    care: { risks: "Aucun adulte de référence en Mauritanie.", protective: "Bonne relation avec l'éducatrice référente du centre." },
    documentation: documentsHeld
      ? { risks: "Document insuffisant pour voyager.", protective: `Possède : ${documentsHeld.toLowerCase()}.` }
      : {
          risks: "Aucun document d'identité.",
          protective: foreign(child) ? "Le consulat peut délivrer un laissez-passer." : "Naissance à vérifier à l'état civil.",
        },
    family: child.profile.consentTracing
      ? { risks: "Famille pauvre, qui a déjà envoyé l'enfant travailler.", protective: "Mère joignable et attachée à l'enfant." }
      : { risks: "Famille non recherchée à la demande de l'enfant.", protective: "Parle avec affection de sa grand-mère." },
  };
}

export type AssessmentContent = {
  childViews: string;
  caregiverViews: string;
  factors: ReturnType<typeof factors>;
  options: string;
  recommendation: string;
  bidRequired: boolean | null;
  bidReason: string | null;
};

export function assessmentContent(random: Random, child: ProfiledChild, bid: boolean): AssessmentContent {
  const home = child.homeTown;
  const options = bid
    ? `1) Réunification avec le père à ${home} ; 2) placement chez la tante maternelle ; 3) intégration locale en famille d'accueil.`
    : foreign(child)
      ? `1) Retour volontaire et réunification familiale à ${home} avec l'appui de l'OIM ; 2) placement temporaire en famille d'accueil en attendant.`
      : `1) Retour dans la famille à ${home} avec le suivi du service social régional ; 2) placement chez un parent à ${child.centreTown}.`;
  return {
    childViews: childViews(random, child, bid),
    caregiverViews: caregiverViews(random, child, bid),
    factors: factors(child),
    options,
    recommendation: bid
      ? "Saisir le panel BID : la réunification comporte des risques et l'enfant s'y oppose."
      : `Recherche familiale puis réunification à ${home}, avec une visite de suivi après le retour.`,
    bidRequired: bid,
    bidReason: bid
      ? pick(random, [
          "Le père est soupçonné d'avoir organisé le départ ; la réunification doit être décidée par le panel.",
          "L'enfant refuse le retour et aucun parent ne peut l'accueillir ; une solution durable doit être déterminée.",
        ])
      : null,
  };
}

export type GoalContent = { goal: string; intervention: string; organisation: string | null; other: string | null };

export function planGoals(random: Random, child: ProfiledChild): GoalContent[] {
  const { e } = grammar(child.sex);
  const first: GoalContent = !child.profile.consentTracing
    ? { goal: "Préparer la recherche familiale", intervention: "Entretiens réguliers pour lever les craintes de l'enfant", organisation: "MASEF", other: null }
    : foreign(child)
      ? {
          goal: `Réunification familiale à ${child.homeTown}`,
          intervention: "Évaluation de la famille par l'OIM et le service social du pays d'origine, puis retour volontaire accompagné",
          organisation: "IOM",
          other: null,
        }
      : {
          goal: `Retour dans la famille à ${child.homeTown}`,
          intervention: "Visite préalable du service social régional et accompagnement du retour",
          organisation: "MASEF",
          other: null,
        };
  const others: GoalContent[] = [
    { goal: "Soutien psychosocial", intervention: "Séances individuelles avec la psychologue de l'ONG", organisation: "NGO-SAHEL", other: null },
    {
      goal: "Alphabétisation ou formation professionnelle",
      intervention: `Inscription au cours d'alphabétisation et à un atelier de ${child.sex === "FEMALE" ? "couture" : "menuiserie"}`,
      organisation: "NGO-SAHEL",
      other: null,
    },
    {
      goal: "Soins et suivi médical",
      intervention: "Consultations et traitement au centre de santé",
      organisation: null,
      other: `Centre de santé ${of(child.centreTown)}`,
    },
  ];
  if (!child.profile.documentsHeld) {
    others.push({ goal: "Obtenir un document d'identité", intervention: "Démarches auprès du consulat ou de l'état civil", organisation: "MASEF", other: null });
  }
  if (child.profile.protectionConcerns.includes("EXPLOITATION")) {
    others.push({
      goal: `Protéger l'enfant exploité${e}`,
      intervention: "Signalement à la Brigade des mineurs et médiation pour les sommes dues",
      organisation: null,
      other: "Brigade des mineurs",
    });
  }
  const extra = between(random, 1, 2);
  const chosen = shuffled(random, others).slice(0, extra);
  return [first, ...chosen];
}

export function noteSummary(random: Random, child: ProfiledChild, type: NoteType, intake: boolean): string {
  const { e, il, Il } = grammar(child.sex);
  if (intake) {
    const code = child.profile.preferredLanguage;
    const language = `${LANGUAGE_NAMES[code] ?? "sa langue"}${["fr", "ar", "mey"].includes(code) ? "" : " avec un interprète"}`;
    return `Entretien d'accueil en ${language} : ${il} est fatigué${e} mais calme ; repas, douche et vêtements fournis. Premiers éléments sur sa famille recueillis.`;
  }
  switch (type) {
    case "PHONE_CALL":
      return child.profile.consentTracing
        ? pick(random, [
            `Appel avec sa mère à ${child.homeTown} : la famille confirme l'identité de l'enfant et demande de ses nouvelles.`,
            `Appel au point focal de l'OIM pour la recherche familiale à ${child.homeTown} ; réponse attendue.`,
          ])
        : "Appel au consulat pour vérifier la nationalité ; dossier transmis.";
    case "SERVICE":
      return pick(random, [
        "Consultation au centre de santé : traitement contre le paludisme prescrit.",
        "Séance de soutien psychosocial avec l'ONG Sahel Enfance.",
        "Inscription au cours d'alphabétisation du centre.",
        "Remise d'un kit d'hygiène et de vêtements.",
      ]);
    case "FOLLOW_UP_VISIT":
      return pick(random, [
        `Visite de suivi : ${il} suit régulièrement la formation et s'entend bien avec la famille d'accueil.`,
        `Visite de suivi au centre : progrès en lecture, aucun contact avec l'ancien employeur.`,
        `Visite de suivi : ${il} a repris l'école ; la famille demande un appui pour les fournitures.`,
      ]);
    default:
      return pick(random, [
        `Entretien individuel : ${il} dit mieux dormir et participe aux activités du centre.`,
        "Réunion d'équipe sur la situation de l'enfant ; orientation vers l'ONG Sahel Enfance pour un soutien psychosocial.",
        `${Il} s'est disputé${e} avec un autre enfant ; médiation faite par l'éducatrice, situation apaisée.`,
      ]);
  }
}

export function closureSummary(reason: ClosureReason, child: ProfiledChild): string {
  const { e } = grammar(child.sex);
  switch (reason) {
    case "REUNIFIED":
      return `Réunifié${e} avec sa famille à ${child.homeTown} ; visite de suivi positive, relais passé au service social local.`;
    case "DURABLE_SOLUTION":
      return `Solution durable mise en œuvre : placement stable en famille d'accueil à ${child.centreTown} et formation en cours.`;
    default:
      return `Choix éclairé de l'enfant et de sa famille : installation chez un oncle à ${child.centreTown}, sans risque identifié.`;
  }
}
