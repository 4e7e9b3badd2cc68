// Behind the gateway, WeChat's timer triggers are played by intervals that send the bundled function the very
// timer event WeChat would, so a job runs through the same entry on both platforms.
import type { Job } from '../kit/jobs';
import { timerEvent } from '../kit/jobs';

type Main = (event: unknown, context: unknown) => Promise<unknown>;

/** Starts one interval per job (not keeping the process alive); answers a stop function. */
export function startScheduler(main: Main, jobs: readonly Job[], onError: (job: string, error: unknown) => void): () => void {
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      main(timerEvent(job.name), {}).catch((error: unknown) => onError(job.name, error));
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return () => timers.forEach((timer) => clearInterval(timer));
}
