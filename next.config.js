// @ts-check
/**
 * Security headers for every page; reader pages add their own Content-Security-Policy. The list is
 * shared with the server's fast path for cached reader pages (lib/runtime/reader-fast-path.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS (Next loads it as such)
const securityHeaders = require("./lib/security-headers.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  experimental: {
    // Imports take files and pasted text up to 5 MB (lib/schemas/import.ts); the form's own
    // fields and multi-byte characters need room beyond that. The schema still refuses more.
    serverActions: { bodySizeLimit: "12mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
