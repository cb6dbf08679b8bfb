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
          ],
        },
      ],
    },
  },
  // One home per locale rule (docs/adr/00XX-one-home-per-locale-rule.md): the locale list, the
  // default, right-to-left and the message catalogues live in lib/i18n/ and nowhere else.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["lib/i18n/**", "lib/generated/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value=/(^|\\/)messages\\/[^/]+\\.json$/], ImportExpression TemplateElement[value.raw=/messages\\//]",
          message: "Load messages through lib/i18n/messages.ts (messagesFor, translatorFor) or next-intl, not by importing a catalogue.",
        },
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(fr|en|ar)$/]",
          message: "Ask lib/i18n/locales.ts (isRightToLeft, directionOf, resolveLocale) instead of comparing with a locale code.",
        },
        {
          selector: "TSLiteralType > Literal[value=/^(fr|en|ar)$/]",
          message: "Use the Locale type of lib/i18n/locales.ts instead of spelling the locales out.",
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
