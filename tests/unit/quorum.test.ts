import { describe, expect, it } from "vitest";
import { checkQuorum, DEFAULT_QUORUM, type QuorumMember, type QuorumRule } from "@/lib/bid/quorum";

const m = (id: string, org: string, role: QuorumMember["role"], extra: Partial<QuorumMember> = {}): QuorumMember => ({
  panelMemberId: id,
  organisationId: org,
  role,
  ...extra,
});

const planned = { requirePresence: false };
const onTheDay = { requirePresence: true };

describe("checkQuorum (default rule: 3 voting, 2 organisations, chair)", () => {
  it.each<[string, QuorumMember[], { requirePresence: boolean }, boolean, number, number, string[]]>([
    ["chair + 2 members from 2 orgs", [m("a", "MASEF", "CHAIR"), m("b", "IOM", "MEMBER"), m("c", "IOM", "MEMBER")], planned, true, 3, 2, []],
    ["only 2 voting", [m("a", "MASEF", "CHAIR"), m("b", "IOM", "MEMBER")], planned, false, 2, 2, ["tooFewVoting"]],
    [
      "secretary and observer never vote",
      [m("a", "MASEF", "CHAIR"), m("b", "IOM", "MEMBER"), m("c", "UNHCR", "SECRETARY"), m("d", "NGO", "OBSERVER")],
      planned,
      false,
      2,
      2,
      ["tooFewVoting"],
    ],
    ["one organisation only", [m("a", "IOM", "CHAIR"), m("b", "IOM", "MEMBER"), m("c", "IOM", "MEMBER")], planned, false, 3, 1, ["tooFewOrganisations"]],
    ["no chair", [m("a", "MASEF", "MEMBER"), m("b", "IOM", "MEMBER"), m("c", "IOM", "MEMBER")], planned, false, 3, 2, ["noChair"]],
    [
      "recused member excluded",
      [m("a", "MASEF", "CHAIR"), m("b", "IOM", "MEMBER"), m("c", "UNHCR", "MEMBER", { recused: true })],
      planned,
      false,
      2,
      2,
      ["tooFewVoting"],
    ],
    [
      "recused chair: no chair",
      [m("a", "MASEF", "CHAIR", { recused: true }), m("b", "IOM", "MEMBER"), m("c", "UNHCR", "MEMBER"), m("d", "NGO", "MEMBER")],
      planned,
      false,
      3,
      3,
      ["noChair"],
    ],
    [
      "planning counts members not marked absent",
      [m("a", "MASEF", "CHAIR", { present: null }), m("b", "IOM", "MEMBER"), m("c", "UNHCR", "MEMBER", { present: false })],
      planned,
      false,
      2,
      2,
      ["tooFewVoting"],
    ],
    [
      "on the day only members marked present count",
      [m("a", "MASEF", "CHAIR", { present: true }), m("b", "IOM", "MEMBER", { present: true }), m("c", "UNHCR", "MEMBER")],
      onTheDay,
      false,
      2,
      2,
      ["tooFewVoting"],
    ],
    [
      "on the day, all present",
      [m("a", "MASEF", "CHAIR", { present: true }), m("b", "IOM", "MEMBER", { present: true }), m("c", "UNHCR", "MEMBER", { present: true })],
      onTheDay,
      true,
      3,
      3,
      [],
    ],
    [
      "absent chair on the day",
      [m("a", "MASEF", "CHAIR", { present: false }), m("b", "IOM", "MEMBER", { present: true }), m("c", "UNHCR", "MEMBER", { present: true }), m("d", "NGO", "MEMBER", { present: true })],
      onTheDay,
      false,
      3,
      3,
      ["noChair"],
    ],
    ["nobody", [], planned, false, 0, 0, ["tooFewVoting", "tooFewOrganisations", "noChair"]],
    ["the same member twice counts once", [m("a", "MASEF", "CHAIR"), m("b", "IOM", "MEMBER"), m("b", "IOM", "MEMBER")], planned, false, 2, 2, ["tooFewVoting"]],
  ])("%s", (_label, members, options, met, voting, organisations, problems) => {
    const result = checkQuorum(members, DEFAULT_QUORUM, options);
    expect(result).toMatchObject({ met, voting, organisations, problems });
  });
});

describe("checkQuorum with a configured rule", () => {
  const members = [m("a", "MASEF", "MEMBER"), m("b", "IOM", "MEMBER")];
  it.each<[string, QuorumRule, boolean]>([
    ["2 voting, 1 org, no chair needed", { minVoting: 2, minOrganisations: 1, chairRequired: false }, true],
    ["2 voting but chair required", { minVoting: 2, minOrganisations: 1, chairRequired: true }, false],
    ["5 voting required", { minVoting: 5, minOrganisations: 1, chairRequired: false }, false],
    ["3 organisations required", { minVoting: 1, minOrganisations: 3, chairRequired: false }, false],
  ])("%s", (_label, rule, met) => {
    expect(checkQuorum(members, rule, planned).met).toBe(met);
  });
});
