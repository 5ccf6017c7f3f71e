import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { openStore } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { seedDemoData } from './demo/demo-data.js';
import { buildApp } from './http/app.js';
import { jobCatalogue, releaseSettings } from './jobs/catalogue.js';
import { JobRunner } from './jobs/job-runner.js';
import { startSchedules } from './jobs/scheduler.js';
import { systemClock } from './app/context.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  await migrateToLatest(store.db);
  if (store.kind === 'pglite' && config.demo) {
    const seeded = await seedDemoData({ db: store.db, actor: 'demo', clock: systemClock, fillMode: config.fillMode });
    if (seeded) logger.info('empty database: demo data loaded (ALLOT_DEMO=0 turns this off)');
  }
  const runner = new JobRunner(store.db, systemClock, config.fillMode, jobCatalogue(config));
  const app = await buildApp({
    db: store.db,
    clock: systemClock,
    fillMode: config.fillMode,
    release: releaseSettings(config),
    runner,
    logger,
    databaseKind: store.kind,
    idempotencyKeyHours: config.idempotencyKeyHours,
  });
  const stopSchedules = startSchedules(runner, logger);
  const shutdown = async () => {
    stopSchedules();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    { database: store.kind, dataDir: store.kind === 'pglite' ? config.dataDir : undefined, fillMode: config.fillMode },
    `Allot is serving on port ${config.port}; API document at /openapi.json`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
