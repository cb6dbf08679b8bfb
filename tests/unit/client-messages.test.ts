// Every client component gets the messages it reads, and the route trees send nothing more than
// their lists in lib/i18n/client-namespaces.ts say (ADR 0021). The import graph is read from the
// source: from each file under app/, through the server components it imports, to the first
// "use client" file; from there every file it imports runs in the browser and its
// useTranslations(...) namespaces must be provided by the route tree's ClientMessages.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, mergeMessages, namespacesFor, pickMessages, type ClientMessageScope } from "@/lib/i18n/client-namespaces";
import fr from "@/messages/fr.json";

const ROOT = path.resolve(__dirname, "../..");
const TOP_LEVEL = Object.keys(fr);
const ROUTE_FILES = /^(page|layout|template|error|not-found|loading|default|global-error)\.tsx$/;

const sources = new Map<string, string>();
function source(file: string): string {
  if (!sources.has(file)) sources.set(file, readFileSync(file, "utf8"));
  return sources.get(file)!;
}
const isClient = (file: string) => /^\s*["']use client["']/.test(source(file));
const isServerOnly = (file: string) => /^\s*["']use server["']/.test(source(file)) || /import\s+["']server-only["']/.test(source(file));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

function importsOf(file: string): string[] {
  const text = source(file).replace(/^\s*import\s+type\s[^;]+;/gm, "");
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);
  return specifiers.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

/** The namespaces a browser-side file reads: useTranslations("ns"), and for useTranslations() the keys' first part. */
function namespacesRead(file: string): string[] {
  const text = source(file);
  const used = [...text.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  for (const [, translator] of text.matchAll(/(\w+)\s*=\s*useTranslations\(\s*\)/g)) {
    // A translator for the whole catalogue: the first part of each key it is called with.
    const calls = [...text.matchAll(new RegExp(`\\b${translator}(?:\\.\\w+)?\\(\\s*(["'\`])(\\$\\{)?([A-Za-z]*)`, "g"))];
    for (const [, , computed, first] of calls) if (!computed && TOP_LEVEL.includes(first)) used.push(first);
    if (calls.some(([, , computed]) => computed)) {
      // A key whose first part is computed (`${prefix}.label`): every literal naming a namespace counts.
      for (const literal of text.matchAll(/["'`]([A-Za-z]+)(?:\.|["'`])/g)) if (TOP_LEVEL.includes(literal[1])) used.push(literal[1]);
    }
  }
  return used;
}

/** Every namespace read in the browser by `clientFile` and the files it imports. */
function browserNamespaces(clientFile: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || isServerOnly(file)) return;
    seen.add(file);
    for (const namespace of namespacesRead(file)) if (!found.has(namespace)) found.set(namespace, file);
    importsOf(file).forEach(visit);
  };
  visit(clientFile);
  return found;
}

/** The client files rendered from `file`: itself if it is one, else through its server-side imports. */
function clientEntries(file: string): string[] {
  const entries = new Set<string>();
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    if (isClient(current)) return void entries.add(current);
    if (/["']use server["']/.test(source(current))) return;
    importsOf(current).forEach(visit);
  };
  visit(file);
  return [...entries];
}

function scopeOf(file: string): ClientMessageScope {
  const dir = path.relative(ROOT, path.dirname(file)).split(path.sep).join("/");
  const scopes = Object.keys(CLIENT_NAMESPACES) as ClientMessageScope[];
  return scopes.filter((s) => dir === s || dir.startsWith(`${s}/`)).sort((a, b) => b.length - a.length)[0];
}

const provides = (namespaces: string[], used: string) => namespaces.some((n) => used === n || used.startsWith(`${n}.`));

describe("messages sent to client components", () => {
  it("every namespace a client component reads is provided by its route tree", () => {
    const missing: string[] = [];
    for (const file of filesUnder(path.join(ROOT, "app")).filter((f) => ROUTE_FILES.test(path.basename(f)))) {
      const scope = scopeOf(file);
      const provided = namespacesFor(scope);
      for (const entry of clientEntries(file)) {
        for (const [namespace, reader] of browserNamespaces(entry)) {
          if (!provides(provided, namespace)) {
            missing.push(`${path.relative(ROOT, file)} (scope ${scope}): "${namespace}" read by ${path.relative(ROOT, reader)}`);
          }
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it("each route tree's layout gives its client components their messages", () => {
    for (const scope of Object.keys(CLIENT_NAMESPACES)) {
      const layout = path.join(ROOT, scope, "layout.tsx");
      expect(existsSync(layout), `${scope}/layout.tsx`).toBe(true);
      expect(source(layout), `${scope}/layout.tsx`).toContain(`<ClientMessages scope="${scope}">`);
    }
  });

  it("every listed namespace exists in the catalogue", () => {
    for (const namespace of Object.values(CLIENT_NAMESPACES).flat()) {
      expect(Object.keys(pickMessages(fr, [namespace])), namespace).toHaveLength(1);
    }
  });

  it("adds a tree's messages to those of the enclosing trees", () => {
    expect(mergeMessages({ a: { x: "1" }, b: "2" }, { a: { y: "3" }, c: "4" })).toEqual({ a: { x: "1", y: "3" }, b: "2", c: "4" });
  });

  it("picks whole namespaces and parts of them, keeping their nesting", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: "3", c: { d: "4" } };
    expect(pickMessages(messages, ["a.y", "b"])).toEqual({ a: { y: { z: "2" } }, b: "3" });
    expect(pickMessages(messages, ["a", "a.y"])).toEqual({ a: messages.a });
    expect(pickMessages(messages, ["missing.key"])).toEqual({});
    expect(messages).toEqual({ a: { x: "1", y: { z: "2" } }, b: "3", c: { d: "4" } });
  });
});
