// Reads imported HTML and Markdown off the main thread: a worker with a hard time limit, after a
// cheap check of the document's depth and size (html-shape.ts). The server keeps answering — reader
// pages included — whatever a page does to Readability; a page that takes too long is refused.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { htmlShape, htmlShapeProblem } from "@/lib/domain/import/html-shape";
import { AppError } from "@/lib/errors";
import type { ReadHtmlJob, ReadHtmlResult } from "./read-html-job";

export const READ_TIME_LIMIT_MS = 20_000;

type Pending = { resolve: (result: ReadHtmlResult) => void; reject: (error: unknown) => void; timer: NodeJS.Timeout };
type Reader = { worker: Worker; ready: Promise<void>; pending: Map<number, Pending> };

// One warm worker, reused; a job over the time limit takes it down and the next job starts a fresh one.
const holder = globalThis as unknown as { factcheckHtmlReader?: Reader };
let nextId = 1;

function startReader(): Reader {
  // Loaded by a one-line script, so the bundler leaves the worker and tsx out of the app's bundle.
  const file = pathToFileURL(path.join(process.cwd(), "lib", "server", "import", "read-html-worker.mjs")).href;
  const worker = new Worker(`import(${JSON.stringify(file)})`, { eval: true });
  const pending = new Map<number, Pending>();
  const reader: Reader = {
    worker,
    pending,
    ready: new Promise((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    }),
  };
  worker.on(
    "message",
    (message: {
      id?: number;
      ok?: boolean;
      result?: ReadHtmlResult;
      error?: {
        appError: boolean;
        code: string;
        message: string;
        fieldErrors?: Record<string, string[]>;
        details?: Record<string, string>;
      };
    }) => {
      const job = message.id !== undefined ? pending.get(message.id) : undefined;
      if (!job) return;
      pending.delete(message.id!);
      clearTimeout(job.timer);
      if (message.ok) job.resolve(message.result!);
      else if (message.error?.appError)
        job.reject(new AppError(message.error.code as never, message.error.message, message.error.fieldErrors, message.error.details));
      else job.reject(new Error(`Reading the document failed: ${message.error?.message}`));
    },
  );
  const failAll = (error: unknown) => {
    for (const job of pending.values()) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    pending.clear();
    if (holder.factcheckHtmlReader === reader) holder.factcheckHtmlReader = undefined;
  };
  worker.on("error", failAll);
  worker.on("exit", () => failAll(new AppError("INVALID_INPUT", "The document could not be read.")));
  worker.unref();
  return reader;
}

/** Runs the job in the worker; refuses documents that are too deep or too large, and jobs that take too long. */
export async function readHtml(job: ReadHtmlJob, { timeLimitMs = READ_TIME_LIMIT_MS } = {}): Promise<ReadHtmlResult> {
  const problem = htmlShapeProblem(htmlShape(job.kind === "page" ? job.html : job.content));
  const field = job.kind === "page" && job.pageUrl ? "url" : "content";
  if (problem) throw new AppError("INVALID_INPUT", problem, { [field]: [problem] });
  const reader = (holder.factcheckHtmlReader ??= startReader());
  await reader.ready;
  const id = nextId++;
  return new Promise<ReadHtmlResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      const message = `This page took more than ${Math.round(timeLimitMs / 1000)} seconds to read, so the desk stopped. Paste the article's text instead.`;
      reader.pending.delete(id);
      reject(new AppError("INVALID_INPUT", message, { [field]: [message] }));
      // The only way to stop a job in progress: end the worker (its other jobs fail and may be retried).
      if (holder.factcheckHtmlReader === reader) holder.factcheckHtmlReader = undefined;
      void reader.worker.terminate();
    }, timeLimitMs);
    reader.pending.set(id, { resolve, reject, timer });
    reader.worker.postMessage({ id, job });
  });
}
