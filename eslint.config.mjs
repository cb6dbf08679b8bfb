import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTs,
  // A leading underscore marks a value left out on purpose (destructured away from a row).
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // The layering (AGENTS.md "Boundaries"): shared components never reach into a route, and routes
  // reach the database only through the server-only data-access functions in lib/.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/app|(\\.\\./)+app)(/|$)",
              message: "components/ may not import from app/: pass server actions down as props, or move the piece to components/ or lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/lib/db|(\\.\\./)+lib/db)$",
              message: "app/ may not use the database client: call a data-access function in lib/<domain>/ (it checks can() and the scope).",
            },
            {
              // A private folder (_components, _sections) serves its own route and the routes below it;
              // reaching it from a sibling tree (up then down, or by @/app) couples two routes.
              regex: "^(@/app/|(\\.\\./)+(?!_|\\.\\.?/)[^/]+/|\\./(?!_)[^/]+/)(.*/)?_[^/]+(/|$)",
              message: "Do not import another route's private folder: move a piece used by several routes to components/.",
            },
          ],
        },
      ],
    },
  },
  // Override default ignores of eslint-config-next.
  globalIgnores([
    // Default ignores of eslint-config-next:
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
  ]),
]);

export default eslintConfig;
