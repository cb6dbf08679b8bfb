// Demo organisations, centres and accounts: used by the seed, printed by `npm start`, listed in
// the README and used by the end-to-end tests. Fictitious people; the centres are the real seven.
import type { OrganisationType, Role } from "@/lib/generated/prisma/enums";

export { DEMO_PASSWORD } from "@/lib/auth/password-policy";

export const ORGANISATIONS: { code: string; name: string; nameAr: string; type: OrganisationType }[] = [
  { code: "MASEF", name: "Ministère de l'Action sociale, de l'Enfance et de la Famille", nameAr: "وزارة العمل الاجتماعي والطفولة والأسرة", type: "MASEF" },
  { code: "IOM", name: "OIM Mauritanie", nameAr: "المنظمة الدولية للهجرة - موريتانيا", type: "IOM" },
  { code: "UNHCR", name: "HCR Mauritanie", nameAr: "المفوضية السامية للأمم المتحدة لشؤون اللاجئين - موريتانيا", type: "UN" },
  { code: "NGO-SAHEL", name: "ONG Sahel Enfance", nameAr: "منظمة الساحل للطفولة", type: "NGO" },
  { code: "NGO-AVENIR", name: "ONG Avenir des Enfants", nameAr: "منظمة مستقبل الأطفال", type: "NGO" },
];

// Regions are the wilayas the towns are in. CPISE Nouakchott Nord's capacity is one bed more than
// the children the demo places there (seed-placements.ts: 9), so the capacity rule can be tried at
// once: one admission fills it, the next needs the supervisor's override
// (tests/e2e/placements-capacity.spec.ts and tests/integration/placements-seed.test.ts check it).
export const CENTRES: { code: string; name: string; town: string; region: string; capacity: number }[] = [
  { code: "NKN", name: "CPISE Nouakchott Nord", town: "Nouakchott", region: "Nouakchott-Nord", capacity: 10 },
  { code: "NKO", name: "CPISE Nouakchott Ouest", town: "Nouakchott", region: "Nouakchott-Ouest", capacity: 30 },
  { code: "NKS", name: "CPISE Nouakchott Sud", town: "Nouakchott", region: "Nouakchott-Sud", capacity: 35 },
  { code: "NDB", name: "CPISE Nouadhibou", town: "Nouadhibou", region: "Dakhlet Nouadhibou", capacity: 30 },
  { code: "KIF", name: "CPISE Kiffa", town: "Kiffa", region: "Assaba", capacity: 20 },
  { code: "ALG", name: "CPISE Aleg", town: "Aleg", region: "Brakna", capacity: 15 },
  { code: "RSO", name: "CPISE Rosso", town: "Rosso", region: "Trarza", capacity: 25 },
];

export type DemoUser = { email: string; name: string; role: Role; organisation: string; centres: string[] };

export const DEMO_USERS: DemoUser[] = [
  { email: "assistante.ndb@cpise.demo", name: "Aminata Sy", role: "SOCIAL_WORKER", organisation: "MASEF", centres: ["NDB"] },
  { email: "assistant2.ndb@cpise.demo", name: "Oumar Ba", role: "SOCIAL_WORKER", organisation: "MASEF", centres: ["NDB"] },
  { email: "assistante.nkn@cpise.demo", name: "Mariem Mint Ahmed", role: "SOCIAL_WORKER", organisation: "MASEF", centres: ["NKN"] },
  { email: "superviseur.ndb@cpise.demo", name: "Sidi Ould Cheikh", role: "CENTRE_SUPERVISOR", organisation: "MASEF", centres: ["NDB"] },
  { email: "superviseure.nkc@cpise.demo", name: "Khadijetou Mint Salem", role: "CENTRE_SUPERVISOR", organisation: "MASEF", centres: ["NKN", "NKO", "NKS"] },
  { email: "national@cpise.demo", name: "Mohamed Lemine Ould Brahim", role: "NATIONAL_SUPERVISOR", organisation: "MASEF", centres: [] },
  { email: "bid@cpise.demo", name: "Claire Ndiaye", role: "BID_COORDINATOR", organisation: "IOM", centres: [] },
  { email: "panel@cpise.demo", name: "Ibrahima Kane", role: "PANEL_MEMBER", organisation: "UNHCR", centres: [] },
  { email: "panel.masef@cpise.demo", name: "Aïcha Mint Mohamed Vall", role: "PANEL_MEMBER", organisation: "MASEF", centres: [] },
  { email: "panel.hcr@cpise.demo", name: "Jean-Baptiste Mendy", role: "PANEL_MEMBER", organisation: "UNHCR", centres: [] },
  { email: "panel.oim@cpise.demo", name: "Sophie Martin", role: "PANEL_MEMBER", organisation: "IOM", centres: [] },
  { email: "panel.sahel@cpise.demo", name: "Mamadou Diallo", role: "PANEL_MEMBER", organisation: "NGO-SAHEL", centres: [] },
  { email: "panel.avenir@cpise.demo", name: "Fatou Sow", role: "PANEL_MEMBER", organisation: "NGO-AVENIR", centres: [] },
  { email: "ong.sahel@cpise.demo", name: "Fatou Diop", role: "NGO_CASEWORKER", organisation: "NGO-SAHEL", centres: [] },
  { email: "ong.avenir@cpise.demo", name: "Moussa Camara", role: "NGO_CASEWORKER", organisation: "NGO-AVENIR", centres: [] },
  { email: "suivi@cpise.demo", name: "Awa Traoré", role: "ME_OFFICER", organisation: "IOM", centres: [] },
  { email: "admin@cpise.demo", name: "Ahmed Salem Ould Mohamed", role: "ADMINISTRATOR", organisation: "MASEF", centres: [] },
];
