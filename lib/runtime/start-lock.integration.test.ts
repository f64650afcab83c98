// Several app processes started together on one database take turns migrating and seeding: the
// second waits for the first, then finds the work done (seeding twice at once would collide).
import { describe, expect, it } from "vitest";
import { whileStarting } from "./database";

describe("starting several app processes at once", () => {
  it("runs their start-up work one after the other", async () => {
    const database = {
      url: process.env.DATABASE_URL!,
      ownerUrl: process.env.OWNER_DATABASE_URL!,
      embedded: false,
      stop: async () => undefined,
    };
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      log.push(`${name} ends`);
    };
    await Promise.all([whileStarting(database, work("first")), whileStarting(database, work("second"))]);
    expect(log.map((line) => line.split(" ")[1])).toEqual(["starts", "ends", "starts", "ends"]);
  });
});
