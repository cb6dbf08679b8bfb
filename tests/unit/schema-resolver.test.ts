// The form resolver that loads its schema on demand (components/form/schema-resolver.ts): the
// field errors are zod's once the loader has answered, the loader runs once per form, and a failed
// load is tried again. Driven through react-hook-form's own form control, as a form would.
import { createFormControl } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { lazySchemaResolver, loadOnce, schemaResolver } from "@/components/form/schema-resolver";

const schema = z.object({
  name: z.string().trim().min(1, { error: "required" }),
  age: z.coerce.number().int({ error: "wholeNumber" }),
});
type Values = { name: string; age: string };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** A form over `resolver`; `submit` resolves with what the valid handler got (null when invalid). */
function formWith(resolver: ReturnType<typeof schemaResolver<Values, z.output<typeof schema>>>, values: Values) {
  const { control, handleSubmit, setValue } = createFormControl<Values, unknown, z.output<typeof schema>>({ resolver, defaultValues: values });
  const submit = () =>
    new Promise<z.output<typeof schema> | null>((done, fail) => {
      handleSubmit(done, () => done(null))().catch(fail);
    });
  return { control, submit, setValue };
}

describe("a resolver whose schema is loaded on demand", () => {
  it("shows the schema's field errors once the loader has answered, and not before", async () => {
    const loading = deferred<z.ZodType>();
    const loader = vi.fn(() => loading.promise);
    const { control, submit } = formWith(schemaResolver(loader), { name: " ", age: "2.5" });

    let settled = false;
    const submitted = submit().finally(() => (settled = true));
    await new Promise((tick) => setTimeout(tick, 10));
    expect(settled).toBe(false);
    expect(control._formState.errors).toEqual({});

    loading.resolve(schema);
    expect(await submitted).toBeNull();
    expect(control._formState.errors.name?.message).toBe("required");
    expect(control._formState.errors.age?.message).toBe("wholeNumber");
  });

  it("calls the loader once for every check of the form, and yields what the schema made of the values", async () => {
    const loader = vi.fn(async () => schema as z.ZodType);
    const { submit, setValue } = formWith(schemaResolver(loader), { name: "", age: "7" });

    expect(await submit()).toBeNull();
    setValue("name", " Aïcha ");
    expect(await submit()).toEqual({ name: "Aïcha", age: 7 });
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("can be loaded ahead of the first check, still once", async () => {
    const loader = vi.fn(async () => schema as z.ZodType);
    const { resolver, load } = lazySchemaResolver<Values, z.output<typeof schema>>(loader);
    await Promise.all([load(), load()]);
    const { submit } = formWith(resolver, { name: "Moussa", age: "12" });
    expect(await submit()).toEqual({ name: "Moussa", age: 12 });
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("still takes a schema given directly", async () => {
    const { control, submit } = formWith(schemaResolver(schema), { name: "", age: "1" });
    expect(await submit()).toBeNull();
    expect(control._formState.errors.name?.message).toBe("required");
  });

  it("tries a failed load again at the next check", async () => {
    const loader = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(schema);
    const { control, submit } = formWith(schemaResolver(loader), { name: "", age: "1" });
    await expect(submit()).rejects.toThrow("offline");
    expect(await submit()).toBeNull();
    expect(control._formState.errors.name?.message).toBe("required");
    expect(loader).toHaveBeenCalledTimes(2);
  });
});

describe("loadOnce", () => {
  it("shares one load between callers and keeps its result", async () => {
    const load = vi.fn(async () => 42);
    const once = loadOnce(load);
    expect(await Promise.all([once(), once()])).toEqual([42, 42]);
    expect(await once()).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
