// The one error type of the application and its single mapping to action results.
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_STATE",
  "INVALID_INPUT",
  "TOO_LARGE",
  "RATE_LIMITED",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status of each error code (API v1 answers with it; INTERNAL is anything unexpected). */
export const HTTP_STATUS: Record<ErrorCode | "INTERNAL", number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  TOO_LARGE: 413,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Field name → messages, as zod's flatten() gives them; shown next to form fields. */
export type FieldErrors = Record<string, string[] | undefined>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** Extra facts the UI can act on, e.g. the id of the existing article a duplicate matches. */
    readonly details?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors; details?: Record<string, string> };

/** Prisma's code, or Postgres' SQLSTATE as the driver adapter passes it on, of a database error. */
function databaseCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const { code, originalCode, meta, cause } = current as {
      code?: unknown;
      originalCode?: unknown;
      meta?: { code?: unknown; driverAdapterError?: unknown };
      cause?: unknown;
    };
    for (const value of [code, originalCode, meta?.code]) if (typeof value === "string") codes.push(value);
    current = meta?.driverAdapterError ?? cause;
  }
  return codes;
}

const hasCode = (error: unknown, wanted: string[]) => databaseCodes(error).some((code) => wanted.includes(code));

/** Two transactions wrote the same rows at once (serialization failure, deadlock, unique clash). */
export function isWriteConflict(error: unknown): boolean {
  return hasCode(error, ["P2034", "P2002", "40001", "40P01", "23505"]);
}

/** Any thrown value as an AppError; unknown errors are logged and hidden behind a generic message. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (hasCode(error, ["P2002", "23505"])) return new AppError("CONFLICT", "That already exists.");
  // A referenced row that does not exist (a foreign key): a mistake in the input, never a crash.
  if (hasCode(error, ["P2003", "23503"]))
    return new AppError("INVALID_INPUT", "Something you chose does not exist (any more). Reload and choose again.");
  if (hasCode(error, ["P2034", "40001", "40P01"]))
    return new AppError("CONFLICT", "Someone else changed the same thing at the same moment. Reload and try again.");
  // The database refused a change to rows that never change (publications, the audit log):
  // its grants (42501) or immutability triggers (23001).
  if (hasCode(error, ["42501", "23001"]))
    return new AppError("INVALID_STATE", "Published versions, article revisions and the audit log cannot be changed or deleted.");
  return null;
}

export function toActionResult(error: unknown): ActionResult<never> {
  const appError = toAppError(error);
  if (appError) {
    const { code, message, fieldErrors, details } = appError;
    return { ok: false, code, message, fieldErrors, details };
  }
  console.error(error);
  return { ok: false, code: "INTERNAL", message: "Something went wrong on our side. Please try again." };
}
