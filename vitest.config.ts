import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // `server-only` throws outside React Server Components; in tests the DAL runs in plain Node.
  "server-only": path.resolve(__dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/database-per-file.ts"],
          // next-auth imports "next/server" without an extension, which Node's ESM resolution
          // refuses; bundled by Vite, the Auth.js route handlers run in tests (sign-in tests).
          server: { deps: { inline: ["next-auth"] } },
          // Generous: a loaded 2-core CI machine once needed minutes for a lock-heavy file; no test asserts timings.
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
