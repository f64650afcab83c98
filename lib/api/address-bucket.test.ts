import { describe, expect, it } from "vitest";
import { addressBucket } from "./route";

describe("rate-limit buckets", () => {
  it("counts IPv4 addresses one by one and an IPv6 /64 as one caller", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::ffff:203.0.113.7")).toBe("::ffff:203.0.113.7");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe(addressBucket("2001:0db8:0001:0002:ffff:ffff:ffff:ffff"));
    expect(addressBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(addressBucket("2001:db8:1:2::1"));
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });
});
