// `tsx scripts/cpu-profile-summary.ts <file.cpuprofile> [top]`: where a CPU profile written by
// `npm run bench:http -- --profile <dir>` spent its time, as self time per script file and per
// function (the heaviest first). A reading aid for docs/adr/0021-page-performance.md, not a test.
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, topArgument] = process.argv.slice(2);
if (!file) throw new Error("usage: tsx scripts/cpu-profile-summary.ts <file.cpuprofile> [top]");
const top = Number(topArgument ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

/** A chunk's file name, or "(program)", "(idle)", "(garbage collector)" for V8's own entries. */
const place = (node: Node) => node.callFrame.url.split("/").slice(-2).join("/") || node.callFrame.functionName;

function table(key: (node: Node) => string) {
  const sums = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const name = key(byId.get(id)!);
    sums.set(name, (sums.get(name) ?? 0) + ms);
  }
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name: name.slice(0, 110), ms: Math.round(ms), "%": ((100 * ms) / total).toFixed(1) }));
}

console.log(`${Math.round(total)} ms sampled`);
console.log("\nSelf time per script file");
console.table(table(place));
console.log("\nSelf time per function");
console.table(table((node) => `${node.callFrame.functionName || "(anonymous)"} ${place(node)}:${node.callFrame.lineNumber + 1}`));
