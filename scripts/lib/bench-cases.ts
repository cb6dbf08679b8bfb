// 100 000 fictitious cases for the caseload benchmark (scripts/seed-benchmark.ts): spread over the
// seven centres like real arrivals, a few thousand per social worker, statuses by age of the case,
// names of the region normalised with the app's own nameSearchKey, due dates from the app's
// timelines. Written with multi-row INSERT … SELECT FROM unnest(…), a batch at a time.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { nameSearchKey } from "@/lib/cases/name-search";
import { computeDueDates } from "@/lib/cases/timelines";
import type { CaseStatus, RiskLevel } from "@/lib/generated/prisma/enums";

const DAY = 86_400_000;
const BATCH = 5_000;
/** Cases per social worker, roughly: the "a few thousand". */
const CASES_PER_WORKER = 3_000;
const CENTRE_SHARE: Record<string, number> = { NDB: 0.3, NKN: 0.17, NKO: 0.14, NKS: 0.14, RSO: 0.1, KIF: 0.08, ALG: 0.07 };
const NATIONALITIES: [string, number][] = [["SN", 5], ["ML", 4], ["GN", 4], ["GM", 2.5], ["SL", 2], ["MR", 1], ["CI", 0.6]];
const NAMES: Record<string, { male: string[]; female: string[]; last: string[] }> = {
  SN: { male: ["Modou", "Cheikh", "Babacar", "Mamadou", "Ousmane"], female: ["Awa", "Ndeye", "Fatou", "Coumba", "Aïssatou"], last: ["Ndiaye", "Diop", "Fall", "Sow", "Ba", "Kane"] },
  ML: { male: ["Moussa", "Seydou", "Boubacar", "Adama", "Sékou"], female: ["Aminata", "Oumou", "Salimata", "Mariam", "Hawa"], last: ["Traoré", "Keïta", "Coulibaly", "Diarra", "Sylla", "Cissé"] },
  GN: { male: ["Mamadou", "Alpha", "Thierno", "Ibrahima", "Saïdou"], female: ["Mariama", "Kadiatou", "Fatoumata", "Binta", "Djenabou"], last: ["Diallo", "Bah", "Barry", "Baldé", "Camara"] },
  GM: { male: ["Lamin", "Alieu", "Ebrima", "Musa", "Sainey"], female: ["Isatou", "Haddy", "Kaddy", "Fatou", "Awa"], last: ["Jallow", "Ceesay", "Touray", "Sanneh", "Bojang"] },
  SL: { male: ["Mohamed", "Ibrahim", "Abu", "Foday", "Osman"], female: ["Fatmata", "Isatu", "Aminata", "Hawa", "Zainab"], last: ["Koroma", "Kamara", "Sesay", "Bangura", "Conteh"] },
  MR: { male: ["Mohamed", "Ahmed", "Sidi", "محمد", "أحمد"], female: ["Mariem", "Fatimetou", "Aïcha", "مريم", "فاطمة"], last: ["Ould Salem", "Mint Ahmed", "Ould Cheikh", "سالم", "محمود"] },
  CI: { male: ["Yao", "Koffi", "Konan", "Souleymane"], female: ["Aya", "Adjoua", "Affoué", "Mariam"], last: ["Kouassi", "Koné", "Ouattara", "Bamba"] },
};
const LANGUAGES: Record<string, string> = { SN: "{wo,ff}", ML: "{bm}", GN: "{ff}", GM: "{mnk,wo}", SL: "{kri}", MR: "{mey,ar}", CI: "{fr}" };
const PROFILES: [string | null, number][] = [["IN_TRANSIT", 5], ["TALIBE_MAHADRA", 2], ["STREET_CONNECTED", 2], ["DOMESTIC_WORK", 1.5], ["OTHER", 1], [null, 2]];
const REFERRALS = ["POLICE", "BRIGADE_DES_MINEURS", "IOM", "NGO", "HOTLINE_1916", "COMMUNITY", "SELF", "OTHER"];

export type BenchStaff = { centreId: string; code: string; workers: string[]; supervisor: string };

function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = mulberry32(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
function weighted<T>(entries: readonly [T, number][]): T {
  let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

/** How many social workers each centre needs for about CASES_PER_WORKER cases each. */
export function workersNeeded(total: number): Record<string, number> {
  return Object.fromEntries(Object.entries(CENTRE_SHARE).map(([code, share]) => [code, Math.max(1, Math.round((share * total) / CASES_PER_WORKER))]));
}

/** Older cases are further along; most cases older than two years are closed. */
function statusFor(ageDays: number): CaseStatus {
  if (ageDays < 5) return weighted<CaseStatus>([["REGISTERED", 8], ["ASSESSMENT", 2]]);
  if (ageDays < 30) return weighted<CaseStatus>([["REGISTERED", 3], ["ASSESSMENT", 5], ["CASE_PLAN", 2]]);
  if (ageDays < 180)
    return weighted<CaseStatus>([["REGISTERED", 1], ["ASSESSMENT", 2], ["CASE_PLAN", 3], ["BID_PENDING", 1.5], ["IMPLEMENTATION", 3], ["FOLLOW_UP", 2], ["CLOSED", 1]]);
  if (ageDays < 730)
    return weighted<CaseStatus>([["IMPLEMENTATION", 2], ["FOLLOW_UP", 4], ["BID_PENDING", 0.5], ["CLOSED", 5], ["TRANSFERRED", 1], ["DUPLICATE", 0.3]]);
  return weighted<CaseStatus>([["FOLLOW_UP", 1], ["CLOSED", 12], ["TRANSFERRED", 1.5], ["DUPLICATE", 0.4]]);
}

function riskFor(status: CaseStatus): RiskLevel | null {
  if (status === "REGISTERED" && random() < 0.6) return null;
  return weighted<RiskLevel>([["HIGH", 2], ["MEDIUM", 3], ["LOW", 3], ["NONE", 1]]);
}

const PROGRESS: CaseStatus[] = ["REGISTERED", "ASSESSMENT", "CASE_PLAN", "BID_PENDING", "IMPLEMENTATION", "FOLLOW_UP"];

type Row = Record<(typeof COLUMNS)[number][0], string | number | boolean | null>;

// Column, SQL array type for unnest, cast applied to the unnested value.
const COLUMNS = [
  ["id", "uuid[]", ""], ["caseNumber", "text[]", ""], ["centreId", "uuid[]", ""], ["caseYear", "int[]", ""],
  ["caseSequence", "int[]", ""], ["firstName", "text[]", ""], ["lastName", "text[]", ""], ["otherNames", "text[]", ""],
  ["sex", "text[]", '::"Sex"'], ["dateOfBirth", "date[]", ""], ["dateOfBirthEstimated", "bool[]", ""], ["nationality", "text[]", ""],
  ["languages", "text[]", "::text[]"], ["separationType", "text[]", '::"SeparationType"'], ["arrivalDate", "date[]", ""],
  ["referralSource", "text[]", '::"ReferralSource"'], ["status", "text[]", '::"CaseStatus"'], ["riskLevel", "text[]", '::"RiskLevel"'],
  ["assignedWorkerId", "uuid[]", ""], ["registeredById", "uuid[]", ""], ["searchName", "text[]", ""],
  ["firstActionAt", "timestamptz[]", ""], ["firstActionDueAt", "timestamptz[]", ""], ["assessmentDueAt", "timestamptz[]", ""],
  ["casePlanDueAt", "timestamptz[]", ""], ["followUpDueAt", "timestamptz[]", ""], ["nextDueAt", "timestamptz[]", ""],
  ["closedAt", "timestamptz[]", ""], ["createdAt", "timestamptz[]", ""], ["updatedAt", "timestamptz[]", ""],
  ["consentReporting", "bool[]", ""], ["mobilityProfile", "text[]", '::"MobilityProfile"'],
] as const;

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function makeRow(staff: BenchStaff, createdAt: Date, year: number, sequence: number, now: Date): Row {
  const nationality = weighted(NATIONALITIES);
  const names = NAMES[nationality];
  const female = random() < (staff.code.startsWith("NK") ? 0.55 : 0.35);
  const firstName = pick(female ? names.female : names.male);
  const lastName = pick(names.last);
  const otherNames = random() < 0.1 ? pick(names.male.concat(names.female)) : null;
  const ageDays = (now.getTime() - createdAt.getTime()) / DAY;
  const status = statusFor(ageDays);
  const riskLevel = riskFor(status);
  const step = PROGRESS.indexOf(status);
  const finished = step < 0;
  const assignedWorkerId = !finished && status === "REGISTERED" && random() < 0.25 ? null : pick(staff.workers);
  const at = (fraction: number) => new Date(createdAt.getTime() + fraction * Math.min(ageDays, 120) * DAY);
  const assessmentApprovedAt = step >= 2 || finished ? at(0.3) : null;
  const casePlanApprovedAt = step >= 4 || finished ? at(0.5) : null;
  const firstActionAt = step >= 1 || finished || random() < 0.5 ? at(0.02) : null;
  const due = computeDueDates({
    riskLevel,
    registeredAt: createdAt,
    firstActionAt,
    assessmentApprovedAt,
    casePlanApprovedAt,
    // Most cases under way had a recent contact; the others are late for their follow-up.
    lastFollowUpAt: step >= 4 ? new Date(now.getTime() - random() * (random() < 0.8 ? 10 : 60) * DAY) : null,
    plannedNextVisit: null,
    closed: finished,
  });
  const ageOnArrival = random() < 0.06 ? Math.floor(random() * 6) : 6 + Math.floor(random() * 12);
  const dateOfBirth = new Date(Date.UTC(createdAt.getUTCFullYear() - ageOnArrival, 0, 1) - Math.floor(random() * 365) * DAY);
  return {
    id: randomUUID(),
    caseNumber: formatCaseNumber(staff.code, year, sequence),
    centreId: staff.centreId,
    caseYear: year,
    caseSequence: sequence,
    firstName,
    lastName,
    otherNames,
    sex: female ? "FEMALE" : "MALE",
    dateOfBirth: isoDate(dateOfBirth),
    dateOfBirthEstimated: random() < 0.3,
    nationality,
    languages: LANGUAGES[nationality],
    separationType: random() < 0.85 ? "UNACCOMPANIED" : "SEPARATED",
    arrivalDate: isoDate(createdAt),
    referralSource: pick(REFERRALS),
    status,
    riskLevel,
    assignedWorkerId,
    registeredById: assignedWorkerId ?? staff.supervisor,
    searchName: nameSearchKey({ firstName, lastName, otherNames }),
    firstActionAt: iso(firstActionAt),
    firstActionDueAt: iso(due.firstActionDueAt),
    assessmentDueAt: iso(due.assessmentDueAt),
    casePlanDueAt: iso(due.casePlanDueAt),
    followUpDueAt: iso(due.followUpDueAt),
    nextDueAt: iso(due.nextDueAt),
    closedAt: iso(status === "CLOSED" ? at(0.9) : null),
    createdAt: iso(createdAt),
    updatedAt: iso(createdAt),
    // Most children agree to be counted in anonymous reports (the indicator report's population).
    consentReporting: random() < 0.9,
    mobilityProfile: weighted(PROFILES),
  };
}

async function insertBatch(client: pg.Client, rows: Row[]) {
  const names = COLUMNS.map(([name]) => `"${name}"`).join(", ");
  const unnest = COLUMNS.map(([, type], i) => `$${i + 1}::${type}`).join(", ");
  const casts = COLUMNS.map(([name, , cast]) => `"${name}"${cast}`).join(", ");
  await client.query(
    `INSERT INTO "Case" (${names}) SELECT ${casts} FROM unnest(${unnest}) AS t(${names})`,
    COLUMNS.map(([name]) => rows.map((row) => row[name])),
  );
}

/**
 * Inserts `total` cases created between `from` and `now`, in order of creation, numbered per
 * centre and year after the highest number already in use, then raises the numbering counters.
 */
export async function insertBenchCases(client: pg.Client, staff: BenchStaff[], total: number, from: Date, now: Date): Promise<void> {
  const { rows: used } = await client.query<{ key: string; last: number }>(
    `SELECT "centreId" || ':' || "caseYear" AS key, MAX("caseSequence") AS last FROM "Case" GROUP BY 1`,
  );
  const lastSequence = new Map(used.map((row) => [row.key, Number(row.last)]));
  const byCode = new Map(staff.map((s) => [s.code, s]));
  const centres = Object.entries(CENTRE_SHARE).map(([code, share]) => [byCode.get(code)!, share] as [BenchStaff, number]);
  const span = now.getTime() - from.getTime();
  let batch: Row[] = [];
  for (let i = 0; i < total; i++) {
    // Arrivals grow over the years: more recent cases are more numerous.
    const createdAt = new Date(from.getTime() + Math.sqrt((i + random()) / total) * span);
    const centre = weighted(centres);
    const year = createdAt.getUTCFullYear();
    const key = `${centre.centreId}:${year}`;
    const sequence = (lastSequence.get(key) ?? 0) + 1;
    lastSequence.set(key, sequence);
    batch.push(makeRow(centre, createdAt, year, sequence, now));
    if (batch.length === BATCH || i === total - 1) {
      await insertBatch(client, batch);
      batch = [];
      process.stdout.write(`\r  ${i + 1} / ${total} cases`);
    }
  }
  process.stdout.write("\n");
  await client.query(`
    INSERT INTO "CaseNumberSequence" ("centreId", "year", "last")
    SELECT "centreId", "caseYear", MAX("caseSequence") FROM "Case" GROUP BY "centreId", "caseYear"
    ON CONFLICT ("centreId", "year") DO UPDATE SET "last" = GREATEST("CaseNumberSequence"."last", EXCLUDED."last")`);
}
