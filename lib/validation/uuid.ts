// A record id as PostgreSQL's uuid type reads it: hex digits in 8-4-4-4-12 groups, any version.
// Ids that reach a query are checked first, so a malformed one in a URL or a form is a 404 or a
// field message, never a database cast error. Pure: forms and schemas use it too.
import { inputString } from "@/lib/text/input-string";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** A form or URL field holding a record id; anything else is the message key "invalid". */
export const uuidField = () => inputString({ error: "invalid" }).regex(UUID, { error: "invalid" });
