// The one error type of the application and its single mapping to HTTP and action results.
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_STATE",
  "INVALID_INPUT",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

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

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  INVALID_INPUT: 422,
};

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors; details?: Record<string, string> };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Any thrown value as an AppError; unknown errors are logged and hidden behind a generic message. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isUniqueViolation(error)) return new AppError("CONFLICT", "That already exists.");
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

export function toHttpResponse(error: unknown): Response {
  const result = toActionResult(error);
  const status = result.ok ? 200 : result.code === "INTERNAL" ? 500 : HTTP_STATUS[result.code];
  return Response.json(result, { status });
}
