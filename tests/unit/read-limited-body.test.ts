import { describe, expect, it } from "vitest";
import { readLimitedBody } from "@/lib/http/read-limited-body";

/** A body arriving in chunks; counts how many chunks were pulled and whether it was cancelled. */
function chunked(chunkCount: number, chunkSize: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunkCount) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(chunkSize).fill(seen.pulled));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

describe("readLimitedBody", () => {
  it("returns the whole body when it fits, exactly at the limit included", async () => {
    const { stream } = chunked(4, 256);
    const bytes = await readLimitedBody(stream, 1024);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect((bytes as Uint8Array).length).toBe(1024);
    expect(Array.from((bytes as Uint8Array).slice(255, 257))).toEqual([1, 2]);
  });

  it("stops reading and cancels the stream as soon as the limit is passed", async () => {
    const { stream, seen } = chunked(1000, 256);
    expect(await readLimitedBody(stream, 1024)).toBe("tooLarge");
    expect(seen.pulled).toBeLessThan(10);
    expect(seen.cancelled).toBe(true);
  });

  it("treats a missing body as empty", async () => {
    expect(await readLimitedBody(null, 10)).toEqual(new Uint8Array());
  });
});
