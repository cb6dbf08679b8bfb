// Secrets a fresh clone needs, generated on first run and kept in a git-ignored file, so that
// nobody has to edit a .env by hand. Values already in the environment win.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const GENERATED = {
  AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  EMBEDDED_PG_PASSWORD: () => randomBytes(18).toString("base64url"),
};

export function loadOrCreateSecrets(projectDir: string): Record<keyof typeof GENERATED, string> {
  const file = path.join(projectDir, ".data", "secrets.env");
  const stored: Record<string, string> = {};
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (match) stored[match[1]] = match[2];
    }
  }
  let changed = false;
  for (const [key, make] of Object.entries(GENERATED)) {
    if (!stored[key]) {
      stored[key] = make();
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    const body = Object.entries(stored).map(([k, v]) => `${k}=${v}`).join("\n");
    writeFileSync(file, `# Generated on first run by scripts/start.ts. Keep private; not in git.\n${body}\n`, { mode: 0o600 });
  }
  return {
    AUTH_SECRET: process.env.AUTH_SECRET ?? stored.AUTH_SECRET,
    EMBEDDED_PG_PASSWORD: stored.EMBEDDED_PG_PASSWORD,
  };
}
