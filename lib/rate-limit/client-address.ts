import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/** How many reverse proxies in front of the app append to X-Forwarded-For (ADR 0019). */
export const TRUSTED_PROXY_HOPS_ENV = "TRUSTED_PROXY_HOPS";

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env[TRUSTED_PROXY_HOPS_ENV]?.trim() ?? "";
  return /^\d{1,2}$/.test(raw) ? Number(raw) : 0;
}

/** What an address that cannot be read is counted as (one shared bucket). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client's address, as the key of the per-address sign-in limit.
 *
 * Next.js's server sets X-Forwarded-For to the connection's address when the request has none,
 * and every proxy appends the address it received the request from. So the entry `hops` places
 * from the right is the last one written by a machine the operator trusts; entries to its left
 * were written by the client and are ignored. With no proxy (hops 0) the last entry is the
 * connection's address unless the client sent the header itself, which nothing can detect from
 * inside the app: deployments put a proxy in front and set the hops (ADR 0019).
 *
 * IPv4-mapped IPv6 addresses count as IPv4; other IPv6 addresses count by their /64 network,
 * which one subscriber usually holds whole.
 */
export function clientAddress(headers: Headers, hops: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN_ADDRESS;
  const entry = entries[Math.max(entries.length - Math.max(hops, 1), 0)];
  return normaliseAddress(entry);
}

export function normaliseAddress(entry: string): string {
  const bare = withoutPort(entry);
  if (isIP(bare) === 0) return UNKNOWN_ADDRESS;
  const address = ipaddr.process(bare);
  if (address.kind() === "ipv4") return address.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64`;
}

/** "[2001:db8::1]:443" → "2001:db8::1", "192.0.2.1:8080" → "192.0.2.1"; anything else as is. */
function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4WithPort ? v4WithPort[1] : entry;
}
