import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { Database } from '../db/schema.js';
import { jobCatalogue, releaseSettings } from '../jobs/catalogue.js';
import { JobRunner } from '../jobs/job-runner.js';
import { systemClock } from '../app/context.js';
import { buildApp } from './app.js';

/**
 * The OpenAPI document of the API, generated from the routes of an app built in-process: no port,
 * no database (building routes runs no query). `npm run contract` writes it to `openapi.json`.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  // The document does not depend on the deployment's settings: every job is declared in either mode.
  const fillMode = 'immediate';
  const runner = new JobRunner(db, systemClock, fillMode, jobCatalogue({ fillMode, primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
  const app = await buildApp({ db, clock: systemClock, fillMode, release: releaseSettings({}), runner, logger: false, databaseKind: 'none' });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await db.destroy();
  }
}
