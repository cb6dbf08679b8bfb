// Field errors carry message keys only: a schema's own key passes, zod's default English text
// never does (it becomes a generic key the forms translate).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsByField, fieldErrorsByPath, keyedFieldErrors } from "@/lib/field-errors";

const schema = z.object({
  name: z.string({ error: "required" }).max(3, { error: "tooLong" }),
  age: z.number(),
  tags: z.array(z.string()).max(1),
  note: z.string().max(2),
  members: z.array(z.object({ phone: z.string().regex(/^\d+$/) })),
  kind: z.enum(["a", "b"]),
});

const errorsOf = (input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected a refusal");
  return parsed.error;
};

describe("fieldErrorsByPath", () => {
  it("keeps the schema's keys and maps zod's default messages to generic keys by issue code", () => {
    const errors = fieldErrorsByPath(errorsOf({ name: "abcd", age: "x", tags: ["a", "b"], note: "abc", members: [{ phone: "x" }], kind: "c" }));
    expect(errors).toEqual({ name: "tooLong", age: "invalid", tags: "tooMany", note: "tooLong", "members.0.phone": "invalid", kind: "invalid" });
  });

  it("never returns zod's English text, even for a top-level shape error", () => {
    for (const input of [null, undefined, [], "x"]) {
      const errors = fieldErrorsByPath(errorsOf(input));
      expect(errors).toEqual({ form: "invalid" });
    }
  });
});

describe("fieldErrorsByField", () => {
  it("keys by the top-level field", () => {
    expect(fieldErrorsByField(errorsOf({ name: "ab", age: 1, tags: [], note: "", members: [{ phone: "x" }], kind: "a" }))).toEqual({ members: "invalid" });
  });
});

describe("keyedFieldErrors", () => {
  it("replaces anything that is not a message key", () => {
    expect(keyedFieldErrors({ a: "required", b: "placement.centreFull", c: "Invalid input: expected object, received undefined", d: "" })).toEqual({
      a: "required",
      b: "placement.centreFull",
      c: "invalid",
      d: "invalid",
    });
  });
});
