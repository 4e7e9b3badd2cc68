// The jobs layer's one registration point: every timed job of every feature (see cloud/kit/jobs.ts).
import { settleVotesJob } from './handlers/votes/job';
import type { Job } from './kit/jobs';

export const JOBS: readonly Job[] = [settleVotesJob];

export const jobNamed = (name: string): Job | undefined => JOBS.find((job) => job.name === name);
