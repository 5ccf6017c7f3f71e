import closeWithGrace from 'close-with-grace';
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { openStore } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { seedDemoData } from './demo/demo-data.js';
import { buildApp } from './http/app.js';
import { choiceLinkSettings, jobCatalogue, releaseSettings } from './jobs/catalogue.js';
import { JobRunner } from './jobs/job-runner.js';
import { startSchedules } from './jobs/scheduler.js';
import { systemClock } from './app/context.js';
import { accessSettingsOf } from './http/access/settings.js';
import { ensureDemoAdmin, ensureFirstAdmin } from './services/access/first-admin.js';
import { randomTokens } from './services/access/secrets.js';
import { createSignInLink } from './services/access/sign-in-links.js';
import { DeliveryWorker } from './services/webhooks/delivery-worker.js';
import { MailWorker } from './services/mail/mail-worker.js';
import { smtpTransport } from './services/mail/smtp-transport.js';
import { initialSettings, seedInitialSettings } from './services/settings/settings-in-force.js';

/** How long the demo's printed sign-in link stays usable (a restart prints a new one). */
const DEMO_LINK_MINUTES = 60;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
    onConnectionError: (error) => logger.warn({ err: error }, 'a pooled database connection failed; it is replaced when next needed'),
  });
  await migrateToLatest(store.db);
  const accessContext = { db: store.db, clock: systemClock, tokens: randomTokens };
  if (config.firstAdmin && (await ensureFirstAdmin(accessContext, config.firstAdmin))) {
    logger.info({ login: config.firstAdmin.login }, 'first admin created from ALLOT_ADMIN_EMAIL');
  }
  let demoLinkToken: string | undefined;
  if (store.kind === 'pglite' && config.demo) {
    const seeded = await seedDemoData({ db: store.db, actor: 'demo', clock: systemClock, fillMode: config.fillMode });
    if (seeded) logger.info('empty database: demo data loaded (ALLOT_DEMO=0 turns this off)');
    const demoAdmin = await ensureDemoAdmin(accessContext);
    if (demoAdmin) demoLinkToken = await createSignInLink(accessContext, demoAdmin.id, DEMO_LINK_MINUTES);
  }
  const runner = new JobRunner(store.db, systemClock, config.fillMode, jobCatalogue(config), { leaseSeconds: config.jobLeaseSeconds, logger });
  // The environment gives the deployment settings their first values; after that the database's hold.
  await seedInitialSettings(store.db, initialSettings(releaseSettings(config), config.cancelAfterDays, runner.list()));
  // Runs a process killed mid-run left `running` are found now, and then by every heartbeat.
  await runner.leases.interruptLapsed();
  const stopHousekeeping = runner.leases.startHousekeeping();
  const webhooks = { allowPrivate: config.webhooksAllowPrivate, allowHttp: config.webhooksAllowHttp, timeoutMs: config.webhookTimeoutSeconds * 1000 };
  const app = await buildApp({
    db: store.db,
    clock: systemClock,
    fillMode: config.fillMode,
    release: releaseSettings(config),
    runner,
    logger,
    databaseKind: store.kind,
    idempotencyKeyHours: config.idempotencyKeyHours,
    poolUse: store.poolUse,
    access: accessSettingsOf(config),
    cancelAfterDays: config.cancelAfterDays,
    choiceLinks: choiceLinkSettings(config),
    webhooks,
  });
  const stopSchedules = startSchedules(runner, logger, store.db);
  // Webhook deliveries go out from every process in the background, never from a request.
  const stopDeliveries = new DeliveryWorker(store.db, { settings: webhooks, logger }).start();
  // Mail too; with mail off the worker only follows the feed, so turning mail on later mails nobody about the past.
  const mail = config.mail;
  const stopMail = new MailWorker(store.db, {
    transport: mail && smtpTransport(mail.smtp),
    from: mail?.from ?? '',
    dateShiftDays: mail?.dateShiftDays ?? 0,
    pollMs: mail ? 1000 : 10_000,
    logger,
  }).start();
  const grace = config.shutdownGraceSeconds * 1000;
  // On SIGTERM or SIGINT: no new connections; requests in flight are answered; running jobs stop
  // between two steps and are recorded `interrupted`; then the pool closes. Past the grace the
  // process exits anyway (close-with-grace), with exit code 1.
  closeWithGrace({ delay: grace, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'stopping after an unexpected error');
    else logger.info({ signal }, 'stopping: answering requests in flight, interrupting running jobs');
    stopSchedules();
    stopHousekeeping();
    await Promise.all([
      stopDeliveries().then(() => logger.debug('webhook deliveries stopped')),
      stopMail().then(() => logger.debug('mail stopped')),
      app.close().then(() => logger.debug('HTTP server closed: every request answered')),
      runner.interruptAll(grace / 2).then(() => logger.debug('job runs stopped')),
    ]);
    await store.close();
    logger.info('stopped');
  });
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    { database: store.kind, dataDir: store.kind === 'pglite' ? config.dataDir : undefined, fillMode: config.fillMode },
    `Allot is serving on port ${config.port}; API document at /openapi.json`,
  );
  if (demoLinkToken) {
    const host = ['0.0.0.0', '::', '127.0.0.1'].includes(config.host) ? '127.0.0.1' : config.host;
    // Printed, not logged: like Jupyter's, this link is for the person at this terminal.
    console.log(
      `\n  Demo: open this link once to sign in to the workbench as the demo admin (valid ${DEMO_LINK_MINUTES} minutes; a restart prints a new one):\n` +
        `  http://${host}:${config.port}/v1/session/link?token=${demoLinkToken}\n`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
