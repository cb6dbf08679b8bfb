import { describe, expect, it } from "vitest";

describe("instrumentation-client", () => {
  it("switches zod's JIT off through the global zod adopts, without importing zod", async () => {
    await import("@/instrumentation-client");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
  });
});
