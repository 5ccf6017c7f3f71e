import { Type, type Static } from '@sinclair/typebox';
import { Days, Nullable, ref } from './common.js';

/** Deployment settings: what administrators set on screen; the environment gives the first values. */

const JobName = Type.String({ minLength: 1, maxLength: 100, description: 'The job, as GET /v1/jobs names it' });
const CronPattern = Type.String({ minLength: 1, maxLength: 200, description: 'A cron pattern (5 fields, or 6 with seconds first)' });

export const JobScheduleSetting = Type.Object(
  {
    job: JobName,
    description: Type.String(),
    enabled: Type.Boolean({ description: 'Runs on its schedule' }),
    cron: Nullable({ ...CronPattern, description: 'Its cron pattern; null: none chosen yet' }),
  },
  { $id: 'JobScheduleSetting', description: "A job's schedule in this deployment" },
);

export const DeploymentSettings = Type.Object(
  {
    appendAcrossOrders: Type.Boolean({ description: "Releases append to any pending shipment of the customer at the location, not only the order's own" }),
    cancelNoBackorderAtRelease: Type.Boolean({ description: "A no_backorder order's remainder is cancelled at its release (else by the cancel-backorders job)" }),
    cancelAfterDays: Nullable({ ...Days, description: 'The cancellation SLA (days after entry) of orders whose policy sets none; null: none' }),
    schedules: Type.Array(ref(JobScheduleSetting), { description: 'Every job that may run on a schedule' }),
    version: Type.Integer({ description: 'How many changes were made (0: the environment’s values)' }),
    changedAt: Nullable(Type.String({ format: 'date-time' })),
    changedBy: Nullable(Type.String()),
  },
  { $id: 'DeploymentSettings', description: 'The deployment settings in force in every API process' },
);

export const JobScheduleChange = Type.Object(
  {
    job: JobName,
    enabled: Type.Optional(Type.Boolean()),
    cron: Type.Optional(Nullable(CronPattern)),
  },
  { $id: 'JobScheduleChange', additionalProperties: false, description: 'Switches a job on or off, or changes its cron pattern' },
);

export const SettingsChange = Type.Object(
  {
    appendAcrossOrders: Type.Optional(Type.Boolean()),
    cancelNoBackorderAtRelease: Type.Optional(Type.Boolean()),
    cancelAfterDays: Type.Optional(Nullable(Days)),
    schedules: Type.Optional(Type.Array(ref(JobScheduleChange), { minItems: 1, maxItems: 100 })),
  },
  { $id: 'SettingsChange', additionalProperties: false, minProperties: 1, description: 'The settings to change; the others stay' },
);
export type SettingsChange = Static<typeof SettingsChange>;
