// The jobs layer's one registration point: every timed job of every feature (see cloud/kit/jobs.ts).
import { DRIVE_JOBS } from './handlers/drives/jobs';
import type { Job } from './kit/jobs';

export const JOBS: readonly Job[] = [...DRIVE_JOBS];

export const jobNamed = (name: string): Job | undefined => JOBS.find((job) => job.name === name);
