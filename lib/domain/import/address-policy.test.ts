import { describe, expect, it } from "vitest";
import { isPublicAddress, parseAllowedHosts } from "./address-policy";

describe("URL import address policy", () => {
  it("refuses loopback, private, link-local, cloud metadata and shared addresses", () => {
    for (const address of [
      "127.0.0.1",
      "127.8.9.1",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("refuses the IPv6 equivalents, including IPv4 hidden inside IPv6", () => {
    for (const address of [
      "::1",
      "::",
      "fe80::1",
      "fd00:ec2::254",
      "fc00::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:a9fe:a9fe",
      "64:ff9b::10.0.0.1",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("refuses every IPv6 form that carries or reaches an IPv4 address, site-local, and all but global unicast", () => {
    const forms = {
      "IPv4-compatible": ["::127.0.0.1", "::8.8.8.8", "::7f00:1", "::0808:0808"],
      "IPv4-mapped": ["::ffff:8.8.8.8", "::ffff:0808:0808", "0:0:0:0:0:ffff:169.254.169.254"],
      "IPv4-translated": ["::ffff:0:8.8.8.8", "::ffff:0:a9fe:a9fe"],
      NAT64: ["64:ff9b::8.8.8.8", "64:ff9b::a9fe:a9fe", "64:ff9b:1::10.0.0.1", "64:ff9b:1:ffff::1"],
      "6to4": ["2002:7f00:1::1", "2002:a9fe:a9fe::", "2002:0808:0808::1"],
      Teredo: ["2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:0:53aa:64c:0:0:0:1"],
      "site-local": ["fec0::1", "feff:ffff::1", "fed0::abcd"],
      "outside global unicast": ["4000::1", "1::1", "e000::1", "8000::"],
      "reserved inside it": ["3fff::1", "3fff:fff::1", "2001:2::1", "2001:10::1", "2001:2f::1"],
    };
    for (const [form, addresses] of Object.entries(forms)) {
      for (const address of addresses) expect(isPublicAddress(address), `${form} ${address}`).toBe(false);
    }
  });

  it("allows public addresses and refuses things that are not addresses", () => {
    for (const address of [
      "93.184.216.34",
      "8.8.8.8",
      "172.32.0.1",
      "2606:4700:4700::1111",
      "2001:4860:4860::8888",
      "2a00:1450:4001:80b::200e",
    ]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    expect(isPublicAddress("localhost")).toBe(false);
    expect(isPublicAddress("")).toBe(false);
  });

  it("reads the allow-list leniently", () => {
    expect([...parseAllowedHosts(" 127.0.0.1, Localhost ,,")]).toEqual(["127.0.0.1", "localhost"]);
    expect(parseAllowedHosts(undefined).size).toBe(0);
  });
});
