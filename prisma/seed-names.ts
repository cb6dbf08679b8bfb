// Who the demo children are: names and languages of the region by nationality, where they come
// from per centre, how old they are and who refers them.
import type { ReferralSource } from "@/lib/generated/prisma/enums";
import type { LanguageCode } from "@/lib/reference/languages";

export type Nationality = "SN" | "ML" | "GN" | "GM" | "SL" | "MR" | "CI";

type NamePool = {
  male: string[];
  female: string[];
  /** Family names; with `patronymic`, the father's name after Ould (son of) / Mint (daughter of). */
  last: string[];
  patronymic?: { male: string; female: string };
  languages: LanguageCode[][];
};

export const NAME_POOLS: Record<Nationality, NamePool[]> = {
  SN: [
    {
      // Wolof
      male: ["Modou", "Cheikh", "Babacar", "Moustapha", "Pape", "Serigne", "Ibrahima"],
      female: ["Awa", "Ndeye", "Fatou", "Astou", "Khady", "Coumba", "Sokhna"],
      last: ["Ndiaye", "Diop", "Fall", "Gueye", "Sarr", "Mbaye", "Faye", "Seck"],
      languages: [["wo"], ["wo"], ["wo", "ff"]],
    },
    {
      // Pulaar
      male: ["Mamadou", "Ousmane", "Amadou", "Abdoulaye", "Demba", "Samba"],
      female: ["Aïssatou", "Fatoumata", "Mariama", "Dieynaba", "Kadiatou", "Binta"],
      last: ["Sow", "Ba", "Diallo", "Kane", "Ly", "Wane", "Thiam", "Sy"],
      languages: [["ff"], ["ff", "wo"]],
    },
  ],
  ML: [
    {
      // Bambara
      male: ["Moussa", "Seydou", "Boubacar", "Adama", "Sékou", "Bakary", "Drissa"],
      female: ["Aminata", "Oumou", "Salimata", "Awa", "Mariam", "Kadidia", "Rokia"],
      last: ["Traoré", "Keïta", "Coulibaly", "Diarra", "Konaté", "Dembélé", "Sangaré", "Touré"],
      languages: [["bm"], ["bm"], ["bm", "snk"]],
    },
    {
      // Soninke
      male: ["Mahamadou", "Hamedi", "Souleymane", "Ibrahima", "Samba", "Yaya"],
      female: ["Fatoumata", "Hawa", "Assa", "Diaba", "Sira", "Binta"],
      last: ["Sylla", "Cissé", "Doucouré", "Dramé", "Soumaré", "Kanouté", "Sakho", "Touré"],
      languages: [["snk"], ["snk", "bm"]],
    },
  ],
  GN: [
    {
      // Pular of the Fouta Djallon
      male: ["Mamadou", "Alpha", "Thierno", "Ibrahima", "Boubacar", "Saïdou", "Lamine", "Amadou"],
      female: ["Mariama", "Aïssatou", "Kadiatou", "Fatoumata", "Hadja", "Binta", "Oumou", "Djenabou"],
      last: ["Diallo", "Bah", "Barry", "Sow", "Baldé", "Camara", "Bah", "Diallo"],
      languages: [["ff"], ["ff"], ["ff", "fr"]],
    },
  ],
  GM: [
    {
      male: ["Lamin", "Alieu", "Ebrima", "Modou", "Bakary", "Musa", "Ousman", "Sainey"],
      female: ["Mariama", "Isatou", "Fatou", "Haddy", "Binta", "Kaddy", "Awa"],
      last: ["Jallow", "Ceesay", "Touray", "Sanneh", "Jammeh", "Darboe", "Manneh", "Bojang", "Njie"],
      languages: [["mnk"], ["mnk", "wo"], ["wo", "mnk"]],
    },
  ],
  SL: [
    {
      male: ["Mohamed", "Ibrahim", "Abu", "Alhaji", "Foday", "Sahr", "Osman"],
      female: ["Kadiatou", "Fatmata", "Isatu", "Aminata", "Mariama", "Hawa", "Zainab"],
      last: ["Koroma", "Kamara", "Sesay", "Bangura", "Conteh", "Turay", "Kargbo", "Mansaray"],
      languages: [["kri"], ["kri", "en"]],
    },
  ],
  MR: [
    {
      male: ["Mohamed", "Ahmed", "Sidi", "Cheikh", "Brahim"],
      female: ["Mariem", "Fatimetou", "Aïcha", "Khadijetou", "Vatma"],
      last: ["Ahmed", "Salem", "Cheikh", "Mahmoud", "Sidi"],
      patronymic: { male: "Ould", female: "Mint" },
      languages: [["mey"], ["mey", "ar"]],
    },
    {
      // Arabic script, as a name may be written on a birth certificate or by the child.
      male: ["محمد", "أحمد", "سيدي", "إبراهيم"],
      female: ["مريم", "فاطمة", "عائشة", "خديجة"],
      last: ["أحمد", "سالم", "محمود", "الشيخ"],
      patronymic: { male: "ولد", female: "منت" },
      languages: [["mey", "ar"], ["ar"]],
    },
  ],
  CI: [
    {
      male: ["Yao", "Koffi", "Konan", "Adama", "Souleymane"],
      female: ["Aya", "Adjoua", "Mariam", "Affoué"],
      last: ["Kouassi", "Koné", "Ouattara", "Kouamé", "Bamba"],
      languages: [["fr"]],
    },
  ],
};

/** Names a child is also known by. */
export const KNOWN_AS: Record<string, string> = {
  Mamadou: "Modou",
  Fatoumata: "Fanta",
  Aïssatou: "Aïcha",
  Ibrahima: "Iba",
  Mohamed: "Momo",
  Alieu: "Ali",
  Mariama: "Néné",
  Abdoulaye: "Layes",
  Boubacar: "Bouba",
  Kadiatou: "Kadi",
  Souleymane: "Jules",
  Ousmane: "Pathé",
};

export const NATIONALITY_WEIGHTS: Record<string, Partial<Record<Nationality, number>>> = {
  // Departures towards the Canaries: all of West Africa.
  NDB: { SN: 5, GN: 4, ML: 4, GM: 3, SL: 2.5, MR: 0.5, CI: 0.8 },
  // Rosso is the crossing from Senegal.
  RSO: { SN: 8, ML: 2, GN: 2, GM: 1.5, SL: 0.5, MR: 1, CI: 0.3 },
  // Kiffa and Aleg are on the road from Mali.
  KIF: { ML: 7, SN: 1.5, GN: 2, MR: 1.5, GM: 0.3, SL: 0.3, CI: 0.5 },
  ALG: { ML: 6, SN: 2, GN: 2, MR: 1.5, GM: 0.3, SL: 0.3, CI: 0.5 },
  default: { SN: 5, ML: 4, GN: 4, GM: 2.5, SL: 2, MR: 1, CI: 0.6 },
};

/** Share of girls: higher in Nouakchott (domestic work), lower in Nouadhibou (boat departures). */
export const FEMALE_SHARE: Record<string, number> = { NKN: 0.55, NKO: 0.55, NKS: 0.5, NDB: 0.3, default: 0.4 };

export const REFERRAL_SOURCE_WEIGHTS: Partial<Record<ReferralSource, number>> = {
  POLICE: 3,
  BRIGADE_DES_MINEURS: 3,
  IOM: 3,
  NGO: 2,
  HOTLINE_1916: 1.5,
  COMMUNITY: 1.5,
  SELF: 1,
  OTHER: 0.5,
};

/** Age on arrival: mostly adolescents. */
export const AGES = [6, 7, 8, 9, 10, 11, 12, 12, 13, 13, 14, 14, 14, 15, 15, 15, 16, 16, 16, 17, 17];
