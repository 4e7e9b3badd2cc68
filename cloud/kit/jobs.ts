// Work that runs on a clock rather than on a request: closing votes that are due, reminders, lapsed adoptions.
// On WeChat each job is a timer trigger of the `linli` function (config.json `triggers`); behind the gateway the
// same function receives the same timer event from an in-process interval. Jobs must be idempotent: running one
// twice, or late, changes nothing more than running it once on time.
import type { Ports } from '../ports';

export interface Job {
  /** Also the WeChat timer trigger's name: letters, digits, dashes. */
  name: string;
  // WeChat's 7-field cron (second minute hour day month weekday year), e.g. '0 */5 * * * * *' = every 5 minutes.
  cron: string;
  /** The gateway's interval for the same job. */
  everyMs: number;
  /** Does the due work; answers how many records it changed. */
  run(ports: Ports): Promise<number>;
}

const NAME = /^[a-z][a-z0-9-]{0,59}$/;

export function defineJob(job: Job): Job {
  if (!NAME.test(job.name)) throw new Error(`job name must be lower-case letters, digits and dashes: ${job.name}`);
  return job;
}

/** The trigger name of a timer event (`{ Type: 'Timer', TriggerName }`), or null for any other event. */
export function timerOf(event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return null;
  const timer = event as { Type?: unknown; TriggerName?: unknown };
  return timer.Type === 'Timer' && typeof timer.TriggerName === 'string' ? timer.TriggerName : null;
}

/** The event the gateway sends itself to run a job, shaped like WeChat's timer trigger. */
export const timerEvent = (name: string): { Type: 'Timer'; TriggerName: string; Time: string } => ({
  Type: 'Timer',
  TriggerName: name,
  Time: new Date().toISOString(),
});

/** WeChat's config.json entry for each job. */
export const triggersOf = (jobs: readonly Job[]) => jobs.map((job) => ({ name: job.name, type: 'timer', config: job.cron }));
