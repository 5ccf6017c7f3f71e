#!/usr/bin/env node
import { loadConfig } from '../config.js';
import { openStore } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

// Same settings as the service: DATABASE_URL, else the embedded database in ALLOT_DATA_DIR.
const code = await runCli(process.argv.slice(2), processIo, async () => {
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  await migrateToLatest(store.db);
  return store;
});
process.exitCode = code;
