// The one input boundary of the application (dub's authActionClient is the model): a use-case is
// built from its permission and its schema. Whoever calls it — a server action, a route handler, a
// test, the command line — the actor is checked first, then the whole input is guarded
// (clean-input.ts) and parsed once; the body only ever sees parsed, typed input.
import type { z } from "zod";
import { inputProblem } from "@/lib/domain/input/clean-input";
import { AppError, type FieldErrors } from "@/lib/errors";
import { type Actor, assertCan, type Permission } from "@/lib/permissions";

/** Parses `input` with `schema`, or throws INVALID_INPUT with `message` and the errors field by field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message: string, limits?: { maxValues?: number }): z.output<S> {
  const problem = inputProblem(input, limits);
  if (problem) throw new AppError("INVALID_INPUT", problem.message, { [problem.path[0] ?? "input"]: [problem.message] });
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "input");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new AppError("INVALID_INPUT", message, fieldErrors);
}

export type UseCaseArgs = { actor: Actor | null; input: unknown };
export type UseCase<S extends z.ZodType, T> = ((args: UseCaseArgs) => Promise<T>) & { schema: S; permission: Permission };

export function defineUseCase<S extends z.ZodType, T>(
  spec: {
    permission: Permission;
    schema: S;
    invalid: string;
    /** Above clean-input's default, for inputs that are long lists. */ maxValues?: number;
  },
  body: (args: { actor: Actor; input: z.output<S> }) => Promise<T>,
): UseCase<S, T> {
  const run = async ({ actor, input }: UseCaseArgs) => {
    assertCan(actor, spec.permission);
    return body({ actor, input: parseInput(spec.schema, input, spec.invalid, { maxValues: spec.maxValues }) });
  };
  return Object.assign(run, { schema: spec.schema, permission: spec.permission });
}

export type PublicUseCase<S extends z.ZodType, T> = ((args: UseCaseArgs) => Promise<T>) & { schema: S; permission: null };

/**
 * A use-case anyone may run, signed in or not (public reads: published fact-checks, similar
 * claims, check-worthiness). The input is parsed all the same; the actor, when there is one, may
 * widen what the body returns, and the body checks that with can().
 */
export function definePublicUseCase<S extends z.ZodType, T>(
  spec: { schema: S; invalid: string },
  body: (args: { actor: Actor | null; input: z.output<S> }) => Promise<T>,
): PublicUseCase<S, T> {
  const run = async ({ actor, input }: UseCaseArgs) => body({ actor, input: parseInput(spec.schema, input, spec.invalid) });
  return Object.assign(run, { schema: spec.schema, permission: null });
}
