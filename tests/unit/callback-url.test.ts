import { describe, expect, it } from "vitest";
import { sameOriginUrl } from "@/lib/auth/callback-url";

const BASE = "https://cpise.example.org";

describe("sameOriginUrl", () => {
  it.each([
    ["/", `${BASE}/`],
    ["/cases?page=2#top", `${BASE}/cases?page=2#top`],
    ["/%2F%2Fevil.example", `${BASE}/%2F%2Fevil.example`],
    [`${BASE}/dashboard`, `${BASE}/dashboard`],
  ])("keeps %s on our origin", (url, expected) => {
    expect(sameOriginUrl(url, BASE)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example/",
    "http://cpise.example.org/",
    "https://cpise.example.org.evil.example/",
    "https://cpise.example.org@evil.example/",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    " //evil.example",
    "garbage",
    "http://[::1",
    "",
  ])("refuses %j", (url) => {
    expect(sameOriginUrl(url, BASE)).toBeNull();
  });

  it("refuses everything against a base that does not parse", () => {
    expect(sameOriginUrl("/cases", "not a url")).toBeNull();
  });
});
