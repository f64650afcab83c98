// Building blocks every input schema uses, so the same rules hold at every boundary.
import { z } from "zod";

/** Our ids are cuids (Prisma's default): anything else is refused before a query sees it. */
export const idSchema = z.string().regex(/^c[a-z0-9]{20,31}$/, "Not a valid id.");

const WEB = /^https?:$/;
// Written out in full: the URL parser would also read "http:example.org" and "https:/x" as addresses.
const WRITTEN_IN_FULL = /^https?:\/\/[^/\\]/i;

/** A full http(s) address: `javascript:`, `data:` and every other scheme are refused. */
export const httpUrlSchema = (message = "Enter a full web address starting with http:// or https://.") =>
  z
    .string()
    .trim()
    .max(2048, "Keep web addresses under 2,048 characters.")
    .refine((value) => {
      try {
        const url = new URL(value);
        return WRITTEN_IN_FULL.test(value) && WEB.test(url.protocol) && url.hostname.length > 0;
      } catch {
        return false;
      }
    }, message)
    // Direction overrides and invisible marks let a link's text imitate another address; spaces and
    // quotes have no place in an address.
    .refine(
      // (Said only of an address that is otherwise well formed: one message per mistake.)
      (value) => !URL.canParse(value) || !/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\s"<>]/u.test(value),
      "A web address cannot contain spaces, quotes or invisible characters.",
    );

/** An optional http(s) address: empty means none (null). */
export const optionalHttpUrlSchema = (message?: string) =>
  z.union([z.literal(""), httpUrlSchema(message)]).transform((value) => value || null);

/**
 * A whole number as a form sends it (digits, perhaps signed and spaced) or as code passes it.
 * Not z.coerce: that reads "0x2", "2e0" and "1_0" as numbers nobody typed.
 */
export const formNumberSchema = <S extends z.ZodType<number>>(number: S) =>
  z.preprocess((value) => (typeof value === "string" && /^\s*-?\d{1,12}\s*$/.test(value) ? Number(value) : value), number);

/** z.number() with the message a person reads when what they typed is not a whole number. */
export const wholeNumber = () => z.number({ error: "Use a whole number." }).int("Use a whole number.");
