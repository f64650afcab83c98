// Which network addresses URL import may reach: public unicast only. Loopback, private,
// link-local (cloud metadata 169.254.169.254 and fd00:ec2::254 included), shared, multicast and
// documentation ranges are refused, and so is every IPv6 form that carries or reaches an IPv4
// address (IPv4-compatible, IPv4-mapped, IPv4-translated, NAT64, 6to4, Teredo) or is deprecated
// site-local: a public page is never served only from such an address. For IPv6, only global
// unicast (2000::/3) is reachable at all, less the ranges IANA reserves inside it for
// documentation, benchmarking and ORCHID identifiers.
import net from "node:net";

// Two lists: a BlockList also matches IPv4 addresses against IPv6 rules (as IPv4-mapped), and the
// IPv6 list refuses all of ::ffff:0:0/96.
const blocked = new net.BlockList();
const blockedV6 = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback and IPv4-compatible (::a.b.c.d)
  ["::ffff:0:0", 96], // IPv4-mapped
  ["::ffff:0:0:0", 96], // IPv4-translated (SIIT)
  ["64:ff9b::", 96], // NAT64, well-known prefix
  ["64:ff9b:1::", 48], // NAT64, local-use prefix
  ["2002::", 16], // 6to4
  ["2001::", 32], // Teredo
  ["fec0::", 10], // site-local (deprecated)
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
  ["3fff::", 20], // documentation (RFC 9637)
  ["2001:2::", 48], // benchmarking
  ["2001:10::", 28], // ORCHID
  ["2001:20::", 28], // ORCHIDv2
] as const) {
  blockedV6.addSubnet(network, prefix, "ipv6");
}

const globalUnicast = new net.BlockList();
globalUnicast.addSubnet("2000::", 3, "ipv6");

/** Whether URL import may connect to this IP address. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return !blocked.check(address, "ipv4");
  if (family !== 6) return false;
  return globalUnicast.check(address, "ipv6") && !blockedV6.check(address, "ipv6");
}

/** Hosts named in IMPORT_ALLOWED_HOSTS (comma-separated, case-insensitive; tests list their local server). */
export function parseAllowedHosts(value: string | undefined): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  );
}
