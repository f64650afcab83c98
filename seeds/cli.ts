// `npm run db:seed` (and `prisma db seed`): seeds DATABASE_URL; demo accounts only with SEED_DEMO=true.
import { disconnectDb } from "@/lib/db";
import { demoRequested, seedDatabase } from "./seed";

seedDatabase({ demo: demoRequested() })
  .then(async () => {
    console.log(`Seeded${demoRequested() ? " (with demo accounts)" : ""}.`);
    await disconnectDb();
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await disconnectDb();
    process.exit(1);
  });
