// react-hook-form's resolver for a form's zod schema, with the schema, zod and the zod resolver
// loaded on demand: a form gives a loader (`() => import("@/lib/…schema").then((m) => m.xSchema)`)
// and nothing from zod is in the page's first load (docs/adr/0021-page-performance.md, "Fourth
// pass"). The form starts the load once it is on screen (`useActionForm`), so by the time the user
// submits the check is as immediate as with a schema imported up front.
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/** A schema, or a loader of it. Prefer the loader: an imported schema brings zod into the first load. */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

/** `load` called once; a failed load (a dropped connection) is tried again on the next call. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * The resolver, and `load` to fetch what it needs ahead of the first check. Until the schema is
 * there the resolver waits for it; then it is zod's resolver. The schema's input type is what the
 * form holds and its output what it yields; zod's and react-hook-form's generics do not line up for
 * transforming schemas, so the one cast lives here.
 */
export function lazySchemaResolver<TValues extends FieldValues, TParsed = TValues>(schema: SchemaSource) {
  const load = loadOnce(async () => {
    const [loaded, { zodResolver }] = await Promise.all([typeof schema === "function" ? schema() : schema, import("@hookform/resolvers/zod")]);
    return zodResolver(loaded as never) as unknown as Resolver<TValues, unknown, TParsed>;
  });
  const resolver: Resolver<TValues, unknown, TParsed> = async (values, context, options) => (await load())(values, context, options);
  return { resolver, load };
}

/** The resolver alone, for a form built on `useForm` directly (see `useSchemaResolver` to preload). */
export function schemaResolver<TValues extends FieldValues, TParsed = TValues>(schema: SchemaSource): Resolver<TValues, unknown, TParsed> {
  return lazySchemaResolver<TValues, TParsed>(schema).resolver;
}
