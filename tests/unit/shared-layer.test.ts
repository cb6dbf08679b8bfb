import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { fieldErrorsByField } from "@/lib/field-errors";
import { isUuid, uuidField } from "@/lib/validation/uuid";
import { z } from "zod";

describe("record ids", () => {
  it("accepts PostgreSQL's uuid shape, any version or case", () => {
    expect(isUuid("00000000-0000-4000-8000-000000000000")).toBe(true);
    expect(isUuid("7B0C3C1E-1111-4111-8111-111111111111")).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
  });

  it("refuses anything else, as a 404 in the DAL and as 'invalid' on a field", () => {
    for (const value of ["not-a-uuid", " 00000000-0000-4000-8000-000000000000", "00000000000040008000000000000000", 42, null]) {
      expect(isUuid(value)).toBe(false);
    }
    const parsed = z.object({ id: uuidField() }).safeParse({ id: "nope" });
    expect(parsed.success ? {} : fieldErrorsByField(parsed.error)).toEqual({ id: "invalid" });
  });
});

// The lint rules that keep the shared layer (AGENTS.md "Shared helpers"): what `npm run lint` says
// of a file at `filePath` with this text.
async function lintRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe("lint keeps the shared layer", () => {
  it("refuses the old homes of the shared helpers", async () => {
    for (const line of [
      'import { parseIsoDate } from "@/lib/cases/dates";',
      'import { requiredName } from "../cases/field-rules";',
      'import { isUuid } from "./case-write";',
      'import { text } from "@/lib/approvals/approval.schema";',
    ]) {
      expect(await lintRules("lib/placements/probe.ts", `${line}\n`), line).toContain("no-restricted-imports");
    }
  }, 60_000);

  it("refuses another UUID pattern outside lib/validation/uuid.ts", async () => {
    const code = "export const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;\n";
    expect(await lintRules("lib/exports/probe.ts", code)).toContain("no-restricted-syntax");
    expect(await lintRules("app/(app)/probe.ts", code)).toContain("no-restricted-syntax");
  }, 60_000);

  it("lets only lib/settings import lib/settings among lib/, and keeps the app and component rules", async () => {
    const settings = 'import { updateTimelines } from "@/lib/settings/update-timelines";\nexport const f = updateTimelines;\n';
    expect(await lintRules("lib/cases/probe.ts", settings)).toContain("no-restricted-imports");
    expect(await lintRules("lib/settings/probe.ts", settings)).not.toContain("no-restricted-imports");
    expect(await lintRules("app/(app)/probe.ts", 'import { db } from "@/lib/db";\nexport const d = db;\n')).toContain("no-restricted-imports");
    expect(await lintRules("components/probe.ts", 'import x from "@/app/layout";\nexport const y = x;\n')).toContain("no-restricted-imports");
    expect(await lintRules("lib/cases/probe.ts", 'import { decisionSchema } from "@/lib/approvals/approval.schema";\nexport const s = decisionSchema;\n')).not.toContain("no-restricted-imports");
  }, 60_000);
});
