// Runs before the app's own scripts. Zod probes `new Function` when it builds an object schema
// (a faster parser); the Content Security Policy refuses eval, and the browser reports the refused
// probe as a violation even though zod falls back. Without JIT zod never probes (docs/adr/0018).
// zod keeps its settings (`z.config`) in this global and adopts one that already exists when it
// loads, so setting it here switches JIT off without loading any of zod: importing even zod's
// core `config` put 5 KB gzipped of zod into every page's first load (ADR 0021).
// tests/unit/zod-jitless.test.ts checks that zod still reads the switch from here.
const zodSettings = ((globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig ??= {});
zodSettings.jitless = true;
// A module (not a script), so that it can be imported by its test.
export {};
