// BID panels (pure): per-case quorum after recusals and attendance, who may vote,
// and the panel member's access rule.
import { describe, expect, it } from "vitest";
import { caseQuorum, eligibleVoterIds, type SessionMemberFacts } from "@/lib/bid/case-quorum";
import { accessUntilAfterSigning, panelAccess, type PanelAccessFacts } from "@/lib/bid/panel-access";
import { DEFAULT_QUORUM } from "@/lib/bid/quorum";

const member = (id: string, org: string, role: SessionMemberFacts["role"], attended: boolean | null = true): SessionMemberFacts => ({
  panelMemberId: id,
  organisationId: org,
  role,
  attended,
});

const panel = [member("chair", "IOM", "CHAIR"), member("hcr", "MASEF", "MEMBER"), member("oim", "NGO-A", "MEMBER"), member("sec", "NGO-B", "SECRETARY")];

describe("caseQuorum — recusals and attendance on the day", () => {
  it.each([
    ["nobody recused", [], true, []],
    ["a member recused: two voters left", ["hcr"], false, ["tooFewVoting"]],
    ["the chair recused", ["chair"], false, ["tooFewVoting", "noChair"]],
    ["the secretary 'recused' changes nothing (never votes)", ["sec"], true, []],
  ] as const)("%s", (_label, recused, met, problems) => {
    const result = caseQuorum(panel, new Set(recused), DEFAULT_QUORUM, true);
    expect(result.met).toBe(met);
    expect(result.problems).toEqual(problems);
  });

  it("on the day only members marked present count; in planning unmarked members count", () => {
    const unmarked = panel.map((m) => ({ ...m, attended: null }));
    expect(caseQuorum(unmarked, new Set(), DEFAULT_QUORUM, true).met).toBe(false);
    expect(caseQuorum(unmarked, new Set(), DEFAULT_QUORUM, false).met).toBe(true);
    const oneAbsent = panel.map((m) => (m.panelMemberId === "oim" ? { ...m, attended: false } : m));
    expect(caseQuorum(oneAbsent, new Set(), DEFAULT_QUORUM, true).problems).toEqual(["tooFewVoting"]);
  });

  it("a fourth member from another organisation keeps quorum after one recusal", () => {
    const five = [...panel, member("ngo", "NGO-B", "MEMBER")];
    expect(caseQuorum(five, new Set(["hcr"]), DEFAULT_QUORUM, true).met).toBe(true);
  });

  it("two voters from one organisation do not make two organisations", () => {
    const sameOrg = [member("chair", "IOM", "CHAIR"), member("a", "IOM", "MEMBER"), member("b", "IOM", "MEMBER")];
    expect(caseQuorum(sameOrg, new Set(), DEFAULT_QUORUM, true).problems).toEqual(["tooFewOrganisations"]);
  });

  it("eligible voters: present, chair or member, not recused", () => {
    const mixed = [...panel, member("absent", "NGO-B", "MEMBER", false), member("obs", "NGO-B", "OBSERVER")];
    expect([...eligibleVoterIds(mixed, new Set(["hcr"]))].sort()).toEqual(["chair", "oim"]);
  });
});

describe("panelAccess — the dossier window", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  const open: PanelAccessFacts = {
    invited: true,
    sessionStatus: "PUBLISHED",
    publishedAt: new Date("2026-11-20T10:00:00Z"),
    undertakingSignedAt: new Date("2026-11-01T10:00:00Z"),
    declaration: { hasConflict: false },
    accessUntil: null,
  };
  it.each([
    ["published, no conflict, undertaking signed", {}, null],
    ["held, decision not yet signed", { sessionStatus: "HELD" }, null],
    ["signed, within the window", { sessionStatus: "HELD", accessUntil: new Date("2026-11-23T00:00:00Z") }, null],
    ["signed, window over", { accessUntil: new Date("2026-11-22T09:59:59Z") }, "windowClosed"],
    ["not invited", { invited: false }, "notInvited"],
    ["draft", { sessionStatus: "DRAFT", publishedAt: null }, "notPublished"],
    ["cancelled after publication", { sessionStatus: "CANCELLED" }, "notPublished"],
    ["no undertaking", { undertakingSignedAt: null }, "noUndertaking"],
    ["no declaration yet", { declaration: null }, "notDeclared"],
    ["recused", { declaration: { hasConflict: true } }, "recused"],
  ] as const)("%s → %s", (_label, overrides, denial) => {
    const result = panelAccess({ ...open, ...(overrides as Partial<PanelAccessFacts>) }, now);
    expect(result.ok ? null : result.reason).toBe(denial);
  });

  it("the window is the configured number of days after signing", () => {
    expect(accessUntilAfterSigning(new Date("2026-11-22T10:00:00Z"), 7).toISOString()).toBe("2026-11-29T10:00:00.000Z");
    expect(accessUntilAfterSigning(new Date("2026-11-22T10:00:00Z"), 0).toISOString()).toBe("2026-11-22T10:00:00.000Z");
  });
});
