// The jobs layer's one registration point: every timed job of every feature (see cloud/kit/jobs.ts).
import { settleVotesJob } from './handlers/votes/job';
import { DRIVE_JOBS } from './handlers/drives/jobs';
import { defineJob, type Job } from './kit/jobs';
import { treeJobs } from './handlers/trees/jobs';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Uploads no record took on within a day are deleted (a photo picked and then abandoned, or never used). */
export const sweepUploads = defineJob({
  name: 'sweep-uploads',
  cron: '0 30 3 * * * *',
  everyMs: 60 * 60 * 1000,
  run: (ports) => ports.files.sweep(ports.clock.now() - DAY_MS),
});

export const JOBS: readonly Job[] = [...DRIVE_JOBS, settleVotesJob, sweepUploads, ...treeJobs];

export const jobNamed = (name: string): Job | undefined => JOBS.find((job) => job.name === name);
