// zod (and the zod resolver) stay out of every page's first load: no module that runs in the browser
// imports them statically, directly or through what it imports (docs/adr/0021-page-performance.md,
// "Fourth pass"). A form gives `useActionForm` a schema loader; the constants a form shows live in
// zod-free `*.constants.ts` modules. Read from the source with TypeScript's parser: a type-only
// import is erased and a dynamic `import()` is a chunk loaded later, so neither counts; a server
// action module ("use server") reaches the browser as a reference only.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const LATER = /^(zod|@hookform\/resolvers)(\/|$)/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = new Map<string, string>();
function source(file: string): string {
  if (!sources.has(file)) sources.set(file, readFileSync(file, "utf8"));
  return sources.get(file)!;
}
const directive = (file: string, name: string) => new RegExp(`^\\s*["']use ${name}["']`).test(source(file));

/** A project file, or the package's name for anything from node_modules. */
function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return specifier;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** What a module imports at run time, statically: not types, not `import()`. */
function staticImports(file: string): string[] {
  const tree = ts.createSourceFile(file, source(file), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of tree.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause && (clause.isTypeOnly || (!clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const clause = statement.exportClause;
      const onlyTypes = statement.isTypeOnly || (clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
}

/** The chain from `entry` to zod or its resolver, if the browser would load them with it. */
function chainToZod(entry: string): string[] | null {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (LATER.test(file)) {
      const chain = [file];
      for (let at = parent.get(file); at; at = parent.get(at)) chain.unshift(path.relative(ROOT, at));
      return chain;
    }
    if (!path.isAbsolute(file) || (file !== entry && directive(file, "server"))) continue;
    for (const next of staticImports(file)) {
      if (!parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

describe("zod in the browser", () => {
  it("no client component, and nothing it imports, loads zod or the zod resolver up front", () => {
    const entries = [...["app", "components", "lib"].flatMap((dir) => filesUnder(path.join(ROOT, dir))).filter((f) => directive(f, "client")), path.join(ROOT, "instrumentation-client.ts")];
    expect(entries.length).toBeGreaterThan(30);
    const found = entries.map(chainToZod).filter((chain): chain is string[] => chain !== null).map((chain) => chain.join(" → "));
    expect(found).toEqual([]);
  });

  it("follows imports from module to module, and ignores type-only and dynamic ones", () => {
    // The form hook: zod only in types, the schema and the zod resolver through import().
    expect(chainToZod(path.join(ROOT, "components/form/use-action-form.ts"))).toBeNull();
    expect(chainToZod(path.join(ROOT, "lib/validation/uuid.ts"))).toEqual(["lib/validation/uuid.ts", "lib/text/input-string.ts", "zod"]);
  });
});
