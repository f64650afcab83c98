import { describe, expect, it } from "vitest";
import { isPublicAddress, parseAllowedHosts } from "./address-policy";

describe("URL import address policy", () => {
  it("refuses loopback, private, link-local, cloud metadata and shared addresses", () => {
    for (const address of ["127.0.0.1", "127.8.9.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("refuses the IPv6 equivalents, including IPv4 hidden inside IPv6", () => {
    for (const address of ["::1", "::", "fe80::1", "fd00:ec2::254", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:a9fe:a9fe", "64:ff9b::10.0.0.1"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("allows public addresses and refuses things that are not addresses", () => {
    for (const address of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) {
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
