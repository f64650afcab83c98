"use client";
// Autosave for one claim. Every versioned write (field edits, adding or removing sources) runs
// through one queue, so each names the version the previous write produced. Fields are checked
// with the server's own schema first; an invalid one is held back with its message, the rest save.
// After a conflict nothing more is sent: the editor must reload and see the other person's work.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { updateClaimAction } from "@/lib/actions/claim";
import type { ActionResult, FieldErrors } from "@/lib/errors";
import { type UpdateClaimInput, updateClaimSchema } from "@/lib/schemas/claim";

export type ClaimPatch = Omit<UpdateClaimInput, "claimId" | "version">;
export type SaveStatus =
  | { kind: "idle" | "dirty" | "saving" | "saved" }
  | { kind: "error" | "conflict"; message: string };

/** One versioned write through the saver's queue (see runVersioned below). */
export type RunVersioned = <T extends { version: number }>(
  write: (version: number) => Promise<ActionResult<T>>,
  options?: { step?: boolean },
) => Promise<ActionResult<T> | null>;

const AUTOSAVE_DELAY_MS = 700;

/** `shownState`: the workflow state on screen; a write that changes it refreshes the page. */
export function useClaimSaver(articleId: string, claimId: string, initialVersion: number, shownState: string) {
  const router = useRouter();
  const version = useRef(initialVersion);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<ClaimPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const conflicted = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  /**
   * Runs a write with the current version, after every earlier write has finished. `step`: a
   * workflow step (submit, reopen), which reports its own outcome instead of the save indicator.
   */
  const runVersioned: RunVersioned = useCallback(<T extends { version: number }>(write: (version: number) => Promise<ActionResult<T>>, { step = false } = {}) => {
    const task = queue.current.then(async (): Promise<ActionResult<T> | null> => {
      if (conflicted.current) return null;
      if (!step) setStatus({ kind: "saving" });
      const result = await write(version.current);
      if (result.ok) {
        version.current = result.data.version;
        const state = (result.data as { state?: string }).state;
        if (state && state !== shownState) router.refresh();
        if (!step) setStatus(Object.keys(pending.current).length ? { kind: "dirty" } : { kind: "saved" });
      } else if (result.code === "CONFLICT") {
        conflicted.current = true;
        setStatus({ kind: "conflict", message: result.message });
      } else {
        if (result.fieldErrors) setFieldErrors((errors) => ({ ...errors, ...result.fieldErrors }));
        if (!step) setStatus({ kind: "error", message: result.message });
      }
      return result;
    });
    queue.current = task.catch(() => undefined);
    return task;
  }, [router, shownState]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length === 0) return;
    void runVersioned((seen) => updateClaimAction(articleId, { ...patch, claimId, version: seen }));
  }, [articleId, claimId, runVersioned]);

  const change = useCallback(
    <K extends keyof ClaimPatch>(field: K, value: ClaimPatch[K]) => {
      const check = updateClaimSchema.shape[field].safeParse(value);
      setFieldErrors((errors) => ({ ...errors, [field]: check.success ? undefined : check.error.issues.map((issue) => issue.message) }));
      if (!check.success) {
        delete pending.current[field];
        return;
      }
      pending.current[field] = value;
      setStatus({ kind: "dirty" });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  // Leaving the claim saves what is still waiting; leaving the page with unsaved work asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.keys(pending.current).length) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      flush();
    };
  }, [flush]);

  return { status, fieldErrors, change, flush, runVersioned };
}
