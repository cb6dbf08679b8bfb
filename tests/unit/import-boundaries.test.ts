import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layering rules of eslint.config.mjs (AGENTS.md "Boundaries"), checked on small sources so
// that a change to a pattern that lets a forbidden import through fails here.
const eslint = new ESLint({ cwd: path.resolve(__dirname, "../..") });

async function restricted(filePath: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").length;
}
const importing = (from: string) => `import { x } from "${from}";\nexport const y = x;\n`;

describe("import boundaries", () => {
  it("a route may not reach into another route tree's private folder", async () => {
    expect(await restricted("app/(app)/panels/page.tsx", importing("../bid/_components/sign-button"))).toBe(1);
    expect(await restricted("app/(app)/panels/[id]/page.tsx", importing("../../bid/decisions/_components/record"))).toBe(1);
    expect(await restricted("app/(app)/panels/page.tsx", importing("@/app/(app)/bid/_components/bid-nav"))).toBe(1);
    expect(await restricted("app/(app)/bid/page.tsx", importing("./queue/_sections/list"))).toBe(1);
  }, 120_000);

  it("a route may use its own private folder and its ancestors'", async () => {
    expect(await restricted("app/(app)/bid/page.tsx", importing("./_components/bid-nav"))).toBe(0);
    expect(await restricted("app/(app)/bid/roster/page.tsx", importing("../_components/bid-nav"))).toBe(0);
    expect(await restricted("app/(app)/bid/sessions/[id]/page.tsx", importing("../../_components/bid-nav"))).toBe(0);
    expect(await restricted("app/(app)/bid/page.tsx", importing("@/components/bid/bid-nav"))).toBe(0);
  }, 60_000);

  it("components/ may not import app/, and app/ may not import the database client", async () => {
    expect(await restricted("components/bid/sign-button.tsx", importing("@/app/(app)/bid/decisions/[decisionId]/actions"))).toBe(1);
    expect(await restricted("app/(app)/bid/page.tsx", importing("@/lib/db"))).toBe(1);
  }, 60_000);
});
