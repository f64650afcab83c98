// Reads imported HTML and Markdown off the main thread, after a cheap check of the document's depth
// and size (html-shape.ts). Each job has a worker to itself with a hard time limit: a page that
// takes too long ends its own worker and no one else's import, and the server keeps answering —
// reader pages included — whatever a page does to Readability.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { htmlShape, htmlShapeProblem } from "@/lib/domain/import/html-shape";
import { AppError } from "@/lib/errors";
import type { ReadHtmlJob, ReadHtmlResult } from "./read-html-job";

export const READ_TIME_LIMIT_MS = 20_000;
/** Documents read at the same time; more wait their turn (each worker holds a DOM in memory). */
export const MAX_READERS = 4;

type WorkerError = {
  appError: boolean;
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
  details?: Record<string, string>;
};
type WorkerMessage = { ready?: boolean; ok?: boolean; result?: ReadHtmlResult; error?: WorkerError };
type Reader = { worker: Worker; ready: Promise<void> };

// A worker that finished its document cleanly is kept warm for the next one (one spare at most),
// so an import seldom waits for a worker to load its modules.
const holder = globalThis as unknown as { factcheckHtmlReaders?: { spare?: Reader; busy: number; queue: (() => void)[] } };
const readers = (holder.factcheckHtmlReaders ??= { busy: 0, queue: [] });

function startReader(): Reader {
  // Loaded by a one-line script, so the bundler leaves the worker and tsx out of the app's bundle.
  const file = pathToFileURL(path.join(process.cwd(), "lib", "server", "import", "read-html-worker.mjs")).href;
  const worker = new Worker(`import(${JSON.stringify(file)})`, { eval: true });
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
    worker.once("exit", () => reject(new AppError("INVALID_INPUT", "The document could not be read.")));
  });
  ready.catch(() => undefined);
  const reader = { worker, ready };
  worker.once("exit", () => {
    if (readers.spare === reader) readers.spare = undefined;
  });
  return reader;
}

async function takeReader(): Promise<Reader> {
  // A slot freed by a finished job passes straight to the next one waiting.
  if (readers.busy >= MAX_READERS) await new Promise<void>((resolve) => readers.queue.push(resolve));
  else readers.busy++;
  const reader = readers.spare ?? startReader();
  readers.spare = undefined;
  return reader;
}

function release(reader: Reader, clean: boolean) {
  if (clean && !readers.spare) readers.spare = reader;
  else void reader.worker.terminate();
  // After a failure, warm a replacement now rather than making the next import wait for it.
  if (!clean && !readers.spare) readers.spare = startReader();
  const next = readers.queue.shift();
  if (next) next();
  else readers.busy--;
}

function answerOf(message: WorkerMessage): ReadHtmlResult {
  if (message.ok) return message.result!;
  const error = message.error;
  if (error?.appError) throw new AppError(error.code as never, error.message, error.fieldErrors, error.details);
  throw new Error(`Reading the document failed: ${error?.message}`);
}

function answerWithin(worker: Worker, job: ReadHtmlJob, timeLimitMs: number, field: string): Promise<WorkerMessage> {
  return new Promise<WorkerMessage>((resolve, reject) => {
    const fail = (message: string) => new AppError("INVALID_INPUT", message, { [field]: [message] });
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      outcome();
    };
    const onMessage = (answer: WorkerMessage) => settle(() => resolve(answer));
    const onError = (error: unknown) => settle(() => reject(error));
    const onExit = () => settle(() => reject(fail("The document could not be read.")));
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            fail(
              `This page took more than ${Math.round(timeLimitMs / 1000)} seconds to read, so the desk stopped. Paste the article's text instead.`,
            ),
          ),
        ),
      timeLimitMs,
    );
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage({ id: 1, job });
  });
}

/** Runs the job in a worker of its own; refuses documents that are too deep or too large, and jobs that take too long. */
export async function readHtml(job: ReadHtmlJob, { timeLimitMs = READ_TIME_LIMIT_MS } = {}): Promise<ReadHtmlResult> {
  const problem = htmlShapeProblem(htmlShape(job.kind === "page" ? job.html : job.content));
  const field = job.kind === "page" && job.pageUrl ? "url" : "content";
  if (problem) throw new AppError("INVALID_INPUT", problem, { [field]: [problem] });
  const reader = await takeReader();
  let clean = false;
  try {
    await reader.ready;
    const message = await answerWithin(reader.worker, job, timeLimitMs, field);
    clean = true;
    return answerOf(message);
  } finally {
    // A job that ran long or crashed takes its own worker down and nobody else's.
    release(reader, clean);
  }
}
