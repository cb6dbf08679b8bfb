import { config } from "zod/v4/core";

// Runs before the app's own scripts. Zod probes `new Function` when it builds an object schema
// (a faster parser); the Content Security Policy refuses eval, and the browser reports the refused
// probe as a violation even though zod falls back. Without JIT zod never probes (docs/adr/0018).
// zod's core `config` is the same switch as `z.config`, without pulling all of zod into every
// page's first load (ADR 0021): only the pages with a form load zod.
config({ jitless: true });
