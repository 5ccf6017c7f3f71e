import type { Config } from '../config.js';
import { defaultKeyLifetimeHours } from '../app/idempotency.js';
import { backorderProcess } from './backorder-process.js';
import { checkInvariantsJob } from './check-invariants.js';
import { expireIdempotencyKeys } from './expire-idempotency-keys.js';
import { cancelBackordersJob, cancelForItemOrCustomerJob, cancellationSlaJob } from './cancellation-jobs.js';
import type { Job } from './job.js';
import { operatorDigestJob } from './operator-digest.js';
import { slaLadderJob } from './sla-ladder.js';
import { defaultChoiceLinkSettings, type ChoiceLinkSettings } from '../services/orders/choice-links.js';
import { releaseToWarehouseJob } from './release-to-warehouse.js';
import { preorderLaunch } from './preorder-launch.js';
import { refreshPromiseDates } from './refresh-promise-dates.js';
import { replenishment } from './replenishment.js';
import { updateCrossDockPolicies } from './update-crossdock-policies.js';

type CatalogueConfig = Pick<Config, 'fillMode' | 'primarySchedule' | 'secondarySchedule'> &
  Partial<
    Pick<
      Config,
      | 'appendAcrossOrders'
      | 'cancelNoBackorderAtRelease'
      | 'cancelAfterDays'
      | 'releaseSchedule'
      | 'cancelBackordersSchedule'
      | 'cancellationSlaSchedule'
      | 'slaLadder'
      | 'slaLadderSchedule'
      | 'publicUrl'
      | 'choiceLinkDays'
      | 'planningSchedule'
      | 'idempotencyKeyHours'
      | 'checkSchedule'
      | 'mail'
      | 'digestSchedule'
      | 'digestSlaDays'
    >
  >;

/** Every job of this deployment; schedules apply only where the configuration asks for them. */
export function jobCatalogue(config: CatalogueConfig): Job[] {
  const scheduled = config.fillMode === 'scheduled';
  const planning = (job: Job): Job => ({ ...job, schedule: config.planningSchedule });
  return [
    backorderProcess('primary', scheduled ? config.primarySchedule : undefined),
    backorderProcess('secondary', scheduled ? config.secondarySchedule : undefined),
    releaseToWarehouseJob(config.releaseSchedule, releaseSettings(config)),
    cancelBackordersJob(config.cancelBackordersSchedule),
    cancelForItemOrCustomerJob(),
    cancellationSlaJob(config.cancellationSlaSchedule, config.cancelAfterDays),
    slaLadderJob(config.slaLadderSchedule, { defaultLadder: config.slaLadder ?? [], cancelAfterDays: config.cancelAfterDays, links: choiceLinkSettings(config) }),
    planning(preorderLaunch(releaseSettings(config))),
    planning(replenishment),
    planning(updateCrossDockPolicies),
    planning(refreshPromiseDates),
    expireIdempotencyKeys(config.idempotencyKeyHours ?? defaultKeyLifetimeHours, '17 * * * *'),
    checkInvariantsJob(config.checkSchedule),
    operatorDigestJob(config.digestSchedule ?? '0 6 * * *', config.mail && {
      operatorEmails: config.mail.operatorEmails,
      slaDays: config.digestSlaDays ?? 3,
      defaultCancelAfterDays: config.cancelAfterDays ?? null,
    }),
  ];
}

export function releaseSettings(config: Partial<Pick<Config, 'appendAcrossOrders' | 'cancelNoBackorderAtRelease'>>) {
  return {
    appendAcrossOrders: config.appendAcrossOrders ?? false,
    cancelNoBackorderRemainder: config.cancelNoBackorderAtRelease ?? false,
  };
}

/** Where choice links point and how long they live. */
export function choiceLinkSettings(config: Partial<Pick<Config, 'publicUrl' | 'choiceLinkDays'>>): ChoiceLinkSettings {
  return { baseUrl: config.publicUrl ?? defaultChoiceLinkSettings.baseUrl, days: config.choiceLinkDays ?? defaultChoiceLinkSettings.days };
}
