// @ts-check
/**
 * Security headers for every page (X-Frame-Options on all but the embeddable cards); reader pages
 * add their own Content-Security-Policy. The list is shared with the server's fast path for cached
 * reader pages (lib/runtime/reader-fast-path.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS (Next loads it as such)
const securityHeaders = require("./lib/security-headers.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx (desk pages a role may not open).
    authInterrupts: true,
    // Imports take files and pasted text up to 5 MB of characters (lib/schemas/import.ts); in
    // UTF-8 that is up to 20 MB (CJK text takes 3 bytes a character), plus the form's own fields.
    // The schema still refuses more than 5 MB of characters; the proxy must let the body through.
    serverActions: { bodySizeLimit: "24mb" },
    proxyClientMaxBodySize: "24mb",
  },
  async headers() {
    // Every path refuses to be framed, except the embeddable cards (/embed/…), which send their own
    // Content-Security-Policy with frame-ancestors instead (lib/domain/embeds/render-embed-card.ts).
    const frameable = securityHeaders.filter((/** @type {{ key: string }} */ header) => header.key !== "X-Frame-Options");
    const frameOptions = securityHeaders.filter((/** @type {{ key: string }} */ header) => header.key === "X-Frame-Options");
    return [
      { source: "/:path*", headers: frameable },
      { source: "/:path((?!embed/).*)", headers: frameOptions },
    ];
  },
};

module.exports = nextConfig;
