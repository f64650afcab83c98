import type { Prisma } from "@/lib/generated/prisma/client";

/** A zod-validated plain object as Prisma JSON (zod's types lack the index signature Prisma wants). */
export function asJson(value: object): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
