import os from "node:os";
import path from "node:path";

/** Where the end-to-end server leaves its database's address for the specs (one server per port). */
export function e2eDatabaseUrlFile(port: string): string {
  return path.join(os.tmpdir(), `cpise-e2e-${port}.database-url`);
}
