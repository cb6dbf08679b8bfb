import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The shared layer (AGENTS.md "Shared helpers", ADR 0024): generic helpers live in lib/validation/
// and lib/dates/, each written once, and a domain reads its own configuration. These patterns keep
// the old homes from coming back; every block below that sets no-restricted-imports repeats them,
// because a later block's options replace an earlier one's for the same file.
const sharedLayer = [
  {
    regex: "(^@/lib/|^(\\.\\./)+(lib/)?)cases/(dates|field-rules)$",
    message: "Shared helpers live in the shared layer: calendar dates in @/lib/dates/calendar, form field rules in @/lib/validation/fields.",
  },
  {
    regex: "(^@/lib/cases/|^(\\.\\./)+(lib/)?cases/|^\\./)case-write$",
    importNames: ["isUuid"],
    message: "The record-id check is isUuid of @/lib/validation/uuid.",
  },
  {
    regex: "(^@/lib/approvals/|^(\\.\\./)+(lib/)?approvals/|^\\./)approval\\.schema$",
    importNames: ["text", "requiredText"],
    message: "Free-text field rules are shared: import them from @/lib/validation/fields.",
  },
];

// A record id is checked by isUuid/uuidField of lib/validation/uuid.ts, never by another copy of the pattern.
const uuidPattern = {
  selector: "Literal[regex.pattern=/0-9a-f\\]\\{8\\}-/]",
  message: "Use isUuid or uuidField from @/lib/validation/uuid instead of another UUID pattern.",
};

// One home per locale rule (docs/adr/0023-one-home-per-locale-rule.md): the locale list, the
// default, right-to-left and the message catalogues live in lib/i18n/ and nowhere else.
const localeSyntax = [
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
];

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTs,
  // A leading underscore marks a value left out on purpose (destructured away from a row).
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    rules: { "no-restricted-imports": ["error", { patterns: sharedLayer }] },
  },
  // A domain never depends on the administrator's settings screens: it reads its configuration from
  // its own module (lib/cases/timeline-config.ts, lib/bid/bid-config.ts), which lib/settings uses.
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/settings/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...sharedLayer,
            {
              regex: "^(@/lib/settings|(\\.\\./)+(lib/)?settings)(/|$)",
              message: "lib/settings is the administrator's screens over the settings: read a domain's configuration from its own module (lib/cases/timeline-config.ts, lib/bid/bid-config.ts).",
            },
          ],
        },
      ],
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
            ...sharedLayer,
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
            ...sharedLayer,
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
  // The UUID pattern and the locale rules, each kept in its one home.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["lib/i18n/**", "lib/generated/**"],
    rules: {
      "no-restricted-syntax": ["error", uuidPattern, ...localeSyntax],
    },
  },
  // no-restricted-syntax is one option list per file (a later block replaces it), so the two homes
  // of the rules each keep the other rule.
  { files: ["lib/i18n/**/*.{ts,tsx}"], rules: { "no-restricted-syntax": ["error", uuidPattern] } },
  { files: ["lib/validation/uuid.ts"], rules: { "no-restricted-syntax": ["error", ...localeSyntax] } },
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
