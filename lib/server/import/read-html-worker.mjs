// Worker thread for read-html.ts: loads the TypeScript job through tsx (a dependency of the app,
// resolving the project's "@/" paths) and answers one message per job. Plain JavaScript, so it runs
// the same under `npm start`, `npm run dev` and the tests.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runReadHtmlJob } = await tsImport("./read-html-job.ts", import.meta.url);

parentPort.on("message", ({ id, job }) => {
  try {
    parentPort.postMessage({ id, ok: true, result: runReadHtmlJob(job) });
  } catch (error) {
    const { name, code, message, fieldErrors, details } = error ?? {};
    parentPort.postMessage({
      id,
      ok: false,
      error: { appError: name === "AppError", code, message: String(message ?? error), fieldErrors, details },
    });
  }
});
parentPort.postMessage({ ready: true });
