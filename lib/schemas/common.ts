// Building blocks every input schema uses, so the same rules hold at every boundary.
import { z } from "zod";

/** Our ids are cuids (Prisma's default): anything else is refused before a query sees it. */
export const idSchema = z.string().regex(/^c[a-z0-9]{20,31}$/, "Not a valid id.");

const WEB = /^https?:$/;

/** A full http(s) address: `javascript:`, `data:` and every other scheme are refused. */
export const httpUrlSchema = (message = "Enter a full web address starting with http:// or https://.") =>
  z
    .string()
    .trim()
    .max(2048, "Keep web addresses under 2,048 characters.")
    .refine((value) => {
      try {
        const url = new URL(value);
        return WEB.test(url.protocol) && url.hostname.length > 0;
      } catch {
        return false;
      }
    }, message);

/** An optional http(s) address: empty means none (null). */
export const optionalHttpUrlSchema = (message?: string) =>
  z.union([z.literal(""), httpUrlSchema(message)]).transform((value) => value || null);
