"use client";
// Autosave for one claim. Every versioned write (field edits, adding or removing sources) runs
// through one queue, so each names the version the previous write produced. Fields are checked
// with the server's own schema first; an invalid one is held back with its message, the rest
// save. If the server still refuses a field, only that field is held back: the others of the
// same batch are sent again, and the indicator never says "Saved" while a change is not saved.
// After a conflict (someone else saved first) nothing more is sent and nothing typed is dropped: the
// unsaved changes stay, and the editor chooses — keep mine (overwrite theirs knowingly), take
// theirs, or copy mine first (ConflictNotice).
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { updateClaimAction } from "@/lib/actions/claim";
import { registerClaimWriter } from "../claim-writer";
import type { ActionResult, FieldErrors } from "@/lib/errors";
import { type UpdateClaimInput, updateClaimSchema } from "@/lib/schemas/claim";

export type ClaimPatch = Omit<UpdateClaimInput, "claimId" | "version">;
export type SaveStatus = { kind: "idle" | "dirty" | "saving" | "saved" } | { kind: "error" | "conflict"; message: string };
/** A refused write: what happened, the version that is stored now, and the changes not saved. */
export type SaveConflict = {
  happened: string;
  currentVersion: number | null;
  /** The claim's state now (someone may have sent it to review meanwhile). */
  currentState: string | null;
  mine: ClaimPatch;
  /** The claim was deleted elsewhere: nothing can be saved any more. */
  deleted?: boolean;
};

/** One versioned write through the saver's queue (see runVersioned below). */
export type RunVersioned = <T extends { version: number }>(
  write: (version: number) => Promise<ActionResult<T>>,
  options?: { step?: boolean },
) => Promise<ActionResult<T> | null>;

const AUTOSAVE_DELAY_MS = 700;
export const FIELD_NAMES: Record<string, string> = {
  text: "Claim",
  claimantId: "Claimant",
  dateSaid: "Date said",
  appearanceUrl: "Appearance URL",
  tags: "Tags",
  checkWorthiness: "Check-worthiness",
  assigneeId: "Assignee",
  ratingId: "Rating",
  summary: "Summary",
  explanation: "Explanation",
};

/** `shownState`: the workflow state on screen; a write that changes it refreshes the page. */
export function useClaimSaver(
  articleId: string,
  claimId: string,
  initialVersion: number,
  shownState: string,
  /** Called when every write has finished and nothing waits (live updates may then refresh the panel). */
  onSettled?: () => void,
) {
  const router = useRouter();
  const version = useRef(initialVersion);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<ClaimPatch>({});
  /** Fields the editor changed whose latest value is not saved because it was refused. */
  const refused = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const conflicted = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const inFlight = useRef(0);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  });

  /** True when nothing waits to be sent, nothing is being sent and no conflict is open. */
  const idle = useCallback(
    () => !conflicted.current && inFlight.current === 0 && Object.keys(pending.current).length === 0 && refused.current.size === 0,
    [],
  );

  const settledStatus = useCallback((): SaveStatus => {
    if (refused.current.size) {
      const names = [...refused.current].map((field) => FIELD_NAMES[field] ?? field).join(", ");
      return { kind: "error", message: `Not saved: ${names}. Fix the highlighted field; everything else is saved.` };
    }
    return Object.keys(pending.current).length ? { kind: "dirty" } : { kind: "saved" };
  }, []);

  /**
   * Runs a write with the current version, after every earlier write has finished. `step`: a
   * workflow step (submit, reopen), which reports its own outcome instead of the save indicator.
   */
  const runVersioned: RunVersioned = useCallback(
    <T extends { version: number }>(write: (version: number) => Promise<ActionResult<T>>, { step = false } = {}) => {
      const task = queue.current.then(async (): Promise<ActionResult<T> | null> => {
        if (conflicted.current) return null;
        if (!step) setStatus({ kind: "saving" });
        inFlight.current++;
        const result = await write(version.current)
          .catch((): ActionResult<T> => ({
            ok: false,
            code: "INTERNAL",
            message: "The desk could not be reached. Your change is kept here; it will be sent again with your next edit.",
          }))
          .finally(() => inFlight.current--);
        if (result.ok) {
          version.current = result.data.version;
          const state = (result.data as { state?: string }).state;
          if (state && state !== shownState) router.refresh();
          if (!step) setStatus(settledStatus());
        } else if (result.code === "CONFLICT" || result.code === "NOT_FOUND") {
          // From here nothing is sent, and everything typed is kept, until the editor chooses.
          conflicted.current = true;
          const currentVersion = Number(result.details?.currentVersion);
          const deleted = result.code === "NOT_FOUND";
          const happened = deleted ? "This claim was deleted by someone else." : (result.details?.happened ?? result.message);
          setConflict({
            happened,
            currentVersion: Number.isInteger(currentVersion) ? currentVersion : null,
            currentState: result.details?.currentState ?? null,
            mine: { ...pending.current },
            deleted,
          });
          setStatus({ kind: "conflict", message: happened });
        } else {
          if (result.fieldErrors) setFieldErrors((errors) => ({ ...errors, ...result.fieldErrors }));
          if (!step) setStatus({ kind: "error", message: result.message });
        }
        if (idle()) settled.current?.();
        return result;
      });
      queue.current = task.catch(() => undefined);
      return task;
    },
    [router, shownState, settledStatus, idle],
  );

  // The retry below schedules flush() from inside flush(): through a ref, not a self-reference.
  const flushLater = useRef(() => undefined as void);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (conflicted.current) return Promise.resolve(null);
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length === 0) return Promise.resolve(null);
    return runVersioned((seen) => updateClaimAction(articleId, { ...patch, claimId, version: seen })).then((result) => {
      if (result && !result.ok && (result.code === "CONFLICT" || result.code === "NOT_FOUND")) {
        // Refused as a whole: everything in it is still the editor's, kept for their choice.
        pending.current = { ...patch, ...pending.current };
        setConflict((shown) => shown && { ...shown, mine: { ...pending.current } });
        return result;
      }
      if (!result || result.ok) return result;
      // Keep everything that was not refused (or all of it when the request itself failed) and
      // send it again; the refused fields wait for the editor to fix them.
      const refusedNow = Object.keys(result.fieldErrors ?? {}).filter((field) => field in patch);
      for (const field of refusedNow) refused.current.add(field);
      const retry = Object.fromEntries(Object.entries(patch).filter(([field]) => !refusedNow.includes(field)));
      pending.current = { ...retry, ...pending.current };
      setStatus(settledStatus().kind === "error" ? settledStatus() : { kind: "error", message: result.message });
      if (refusedNow.length && Object.keys(retry).length) flushLater.current();
      return result;
    });
  }, [articleId, claimId, runVersioned, settledStatus]);
  useEffect(() => {
    flushLater.current = () => {
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    };
  }, [flush]);

  /** `later`: keep the change until flush() (the field is left) instead of the autosave pause. */
  const change = useCallback(
    <K extends keyof ClaimPatch>(field: K, value: ClaimPatch[K], { later = false } = {}) => {
      const check = updateClaimSchema.shape[field].safeParse(value);
      setFieldErrors((errors) => ({ ...errors, [field]: check.success ? undefined : check.error.issues.map((issue) => issue.message) }));
      if (!check.success) {
        delete pending.current[field];
        refused.current.add(field);
        setStatus(settledStatus());
        return;
      }
      refused.current.delete(field);
      pending.current[field] = value;
      // During a conflict the editor may go on typing: kept with the rest, never sent until they choose.
      if (conflicted.current) return setConflict((shown) => shown && { ...shown, mine: { ...pending.current } });
      setStatus({ kind: "dirty" });
      if (later) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, settledStatus],
  );

  /** "Keep mine": sends the unsaved changes again over the version stored now (theirs). */
  const keepMine = useCallback(async () => {
    if (!conflict?.currentVersion) return false;
    version.current = conflict.currentVersion;
    conflicted.current = false;
    setConflict(null);
    return (await flush())?.ok ?? false;
  }, [conflict, flush]);

  /**
   * "Continue with their version" after a refused step (a source, a workflow step): what the
   * editor was doing is still on screen, to be done again over the version stored now.
   */
  const continueWithTheirs = useCallback(() => {
    if (conflict?.currentVersion) version.current = conflict.currentVersion;
    conflicted.current = false;
    setConflict(null);
    setStatus(settledStatus());
    router.refresh();
  }, [conflict, router, settledStatus]);

  /** "Take theirs": forgets the unsaved changes (the panel is then reloaded with the stored claim). */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = {};
    refused.current.clear();
    setConflict(null);
  }, []);

  /** Forgets a message once what it asked for was done elsewhere (a source added). */
  const clearError = useCallback((field: string) => setFieldErrors((errors) => ({ ...errors, [field]: undefined })), []);

  // Leaving the claim saves what is still waiting; leaving the page with unsaved work asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.keys(pending.current).length || refused.current.size || conflicted.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      void flush();
    };
  }, [flush]);

  const currentVersion = useCallback(() => version.current, []);
  // While the panel is open, writes started outside it (Re-attach) and live updates go through it.
  useEffect(
    () => registerClaimWriter(claimId, { run: runVersioned, idle, version: currentVersion }),
    [claimId, runVersioned, idle, currentVersion],
  );
  return {
    status,
    fieldErrors,
    change,
    flush,
    runVersioned,
    clearError,
    conflict,
    keepMine,
    discard,
    continueWithTheirs,
    idle,
    currentVersion,
  };
}
