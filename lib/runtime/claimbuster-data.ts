// The ClaimBuster training sentences (Arslan et al., ICWSM 2020), read by train.ts and the model
// test only — never at request time, and never shipped: CLAIMBUSTER_TRAIN, or
// ../shared/data/claimbuster/train.json next to the project.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Labelled } from "../domain/check-worthiness/train-model";

const claimBusterSchema = z.array(
  z.object({ sentence_id: z.number().int(), text: z.string(), label: z.union([z.literal(0), z.literal(1)]) }),
);

/** Where the training sentences are expected. */
export function claimBusterFile(): string {
  return path.resolve(
    process.env.CLAIMBUSTER_TRAIN ?? path.join(__dirname, "..", "..", "..", "shared", "data", "claimbuster", "train.json"),
  );
}

/** The labelled sentences with their ClaimBuster ids, or null when the file is not there. */
export function readClaimBuster(file = claimBusterFile()): (Labelled & { id: number })[] | null {
  if (!fs.existsSync(file)) return null;
  return claimBusterSchema
    .parse(JSON.parse(fs.readFileSync(file, "utf8")))
    .map(({ sentence_id, text, label }) => ({ id: sentence_id, text, label }));
}

/** Folds of neighbouring sentence ids, which hold out whole stretches of the same debates together. */
export function blockFolds(ids: number[], k: number): number[] {
  const rank = new Map([...ids].sort((a, b) => a - b).map((id, position) => [id, position]));
  return ids.map((id) => Math.floor((rank.get(id)! * k) / ids.length));
}
