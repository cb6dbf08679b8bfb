// Where each dashboard number leads: the caseload list with the filters that select exactly the
// cases counted (tests/integration/dashboard.test.ts checks that the totals agree). Pure.
import { caseloadQueryString, EMPTY_FILTERS, UNASSIGNED, type CaseloadFilters } from "@/lib/cases/caseload-filters";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

/** Open = not finished (lib/cases/list-cases.ts FINISHED_STATUSES). */
export const OPEN_STATUSES: CaseStatus[] = ["REGISTERED", "ASSESSMENT", "CASE_PLAN", "BID_PENDING", "IMPLEMENTATION", "FOLLOW_UP"];

export type DashboardMeasure =
  | "open"
  | "highRisk"
  | "overdue"
  | "overdueAssessments"
  | "overdueCasePlans"
  | "overdueFollowUps"
  | "awaitingApproval"
  | "toAssign";

const MEASURE_FILTERS: Record<DashboardMeasure, Partial<CaseloadFilters>> = {
  open: { status: OPEN_STATUSES },
  highRisk: { status: OPEN_STATUSES, risk: ["HIGH"] },
  overdue: { overdue: "any" },
  overdueAssessments: { overdue: "assessment" },
  overdueCasePlans: { overdue: "casePlan" },
  overdueFollowUps: { overdue: "followUp" },
  awaitingApproval: { awaiting: "approval" },
  toAssign: { status: OPEN_STATUSES, worker: UNASSIGNED },
};

/** The caseload filters behind a number, for one worker (or all) and one centre (or all). */
export function measureFilters(measure: DashboardMeasure, scope: { centreId?: string | null; workerId?: string | null } = {}): CaseloadFilters {
  return {
    ...EMPTY_FILTERS,
    ...MEASURE_FILTERS[measure],
    ...(scope.workerId && { worker: scope.workerId }),
    ...(scope.centreId && { centre: scope.centreId }),
  };
}

export function measureHref(measure: DashboardMeasure, scope: { centreId?: string | null; workerId?: string | null } = {}): string {
  return `/cases${caseloadQueryString(measureFilters(measure, scope))}`;
}

export function statusHref(status: CaseStatus, centreId?: string | null): string {
  return `/cases${caseloadQueryString({ ...EMPTY_FILTERS, status: [status], ...(centreId && { centre: centreId }) })}`;
}

/** Risk is counted on open cases (a closed case's last risk level is history). */
export function riskHref(risk: CaseloadFilters["risk"][number], centreId?: string | null): string {
  return `/cases${caseloadQueryString({ ...EMPTY_FILTERS, status: OPEN_STATUSES, risk: [risk], ...(centreId && { centre: centreId }) })}`;
}
