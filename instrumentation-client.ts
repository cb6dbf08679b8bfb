import { z } from "zod";

// Runs before the app's own scripts. Zod probes `new Function` when it builds an object schema
// (a faster parser); the Content Security Policy refuses eval, and the browser reports the refused
// probe as a violation even though zod falls back. Without JIT zod never probes (docs/adr/0018).
z.config({ jitless: true });
