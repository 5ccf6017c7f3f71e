import type { Config } from '../config.js';
import { backorderProcess } from './backorder-process.js';
import type { Job } from './job.js';

/** Every job of this deployment; schedules apply only where the configuration asks for them. */
export function jobCatalogue(config: Pick<Config, 'fillMode' | 'primarySchedule' | 'secondarySchedule'>): Job[] {
  const scheduled = config.fillMode === 'scheduled';
  return [
    backorderProcess('primary', scheduled ? config.primarySchedule : undefined),
    backorderProcess('secondary', scheduled ? config.secondarySchedule : undefined),
  ];
}
