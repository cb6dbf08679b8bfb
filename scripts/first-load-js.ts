// First-load JavaScript per route, gzipped, read from a production build's manifests
// (run `npx next build` first). A route's first load is the runtime every page loads
// (build-manifest.json's rootMainFiles) plus the chunks of its page and of the layouts, error and
// not-found boundaries above it (its page_client-reference-manifest.js's entryJSFiles). The noModule
// polyfills are left out, as in `npm run bench:http` (ADR 0021): browsers that run modules skip them.
//
//   npm run size:js                  every route, heaviest first
//   npm run size:js -- --budget 150  also exit 1 when a route is over 150 KB
//   npm run size:js -- --chunks /cases/[caseId]   the chunks of one route, heaviest first
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const NEXT = join(process.cwd(), ".next");
const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget");
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const chunksAt = args.indexOf("--chunks");
const chunksOf = chunksAt >= 0 ? args[chunksAt + 1] : null;

const buildManifest = JSON.parse(readFileSync(join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const requireManifest = createRequire(import.meta.url);

const gzipped = new Map<string, number>();
function size(file: string): number {
  let bytes = gzipped.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(join(NEXT, file.replace(/^\/_next\//, "")))).length;
    gzipped.set(file, bytes);
  }
  return bytes;
}

function manifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return manifests(path);
    return entry.name === "page_client-reference-manifest.js" ? [path] : [];
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows: { route: string; files: string[]; bytes: number }[] = [];
for (const path of manifests(join(NEXT, "server", "app"))) {
  requireManifest(path);
  const all = (globalThis as { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> }).__RSC_MANIFEST ?? {};
  const key = `/${relative(join(NEXT, "server", "app"), path).split(sep).slice(0, -1).join("/")}/page`.replace("//", "/");
  const manifest = all[key];
  if (!manifest) continue;
  // Route groups and the "page" suffix are not part of the URL.
  const route = key.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
  if (route.startsWith("/_") || route.startsWith("/api")) continue;
  const files = [...new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])];
  rows.push({ route, files, bytes: files.reduce((sum, file) => sum + size(file), 0) });
}

if (chunksOf) {
  const row = rows.find((r) => r.route === chunksOf);
  if (!row) throw new Error(`No route ${chunksOf}; routes: ${rows.map((r) => r.route).join(", ")}`);
  const shared = new Set(buildManifest.rootMainFiles);
  for (const file of [...row.files].sort((a, b) => size(b) - size(a))) {
    console.log(`${kb(size(file)).padStart(7)} KB  ${file}${shared.has(file) ? "  (every page)" : ""}`);
  }
  console.log(`${kb(row.bytes).padStart(7)} KB  total`);
} else {
  const base = buildManifest.rootMainFiles.reduce((sum, file) => sum + size(file), 0);
  console.log(`runtime loaded by every page: ${kb(base)} KB gzipped`);
  console.log("first-load JS KB gz  route");
  for (const row of rows.sort((a, b) => b.bytes - a.bytes || a.route.localeCompare(b.route))) {
    const over = budget !== null && row.bytes / 1024 > budget ? "  OVER BUDGET" : "";
    console.log(`${kb(row.bytes).padStart(19)}  ${row.route}${over}`);
  }
  if (budget !== null && rows.some((r) => r.bytes / 1024 > budget)) process.exitCode = 1;
}
