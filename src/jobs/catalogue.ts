import type { Config } from '../config.js';
import { backorderProcess } from './backorder-process.js';
import type { Job } from './job.js';
import { preorderLaunch } from './preorder-launch.js';
import { replenishment } from './replenishment.js';
import { updateCrossDockPolicies } from './update-crossdock-policies.js';

type CatalogueConfig = Pick<Config, 'fillMode' | 'primarySchedule' | 'secondarySchedule'> & Partial<Pick<Config, 'planningSchedule'>>;

/** Every job of this deployment; schedules apply only where the configuration asks for them. */
export function jobCatalogue(config: CatalogueConfig): Job[] {
  const scheduled = config.fillMode === 'scheduled';
  const planning = (job: Job): Job => ({ ...job, schedule: config.planningSchedule });
  return [
    backorderProcess('primary', scheduled ? config.primarySchedule : undefined),
    backorderProcess('secondary', scheduled ? config.secondarySchedule : undefined),
    planning(preorderLaunch),
    planning(replenishment),
    planning(updateCrossDockPolicies),
  ];
}
