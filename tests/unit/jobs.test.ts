// Timed jobs run through the function entry on both platforms: WeChat's timer trigger event, or the gateway's
// interval sending the same event; a client can never start one.
import { defineJob, timerEvent, timerOf, triggersOf } from '../../cloud/kit/jobs';
import { startScheduler } from '../../cloud/server/scheduler';

describe('jobs', () => {
  const job = defineJob({ name: 'close-due-votes', cron: '0 */5 * * * * *', everyMs: 20, run: async () => 0 });

  it('reads the trigger name of a timer event and of nothing else', () => {
    expect(timerOf(timerEvent('close-due-votes'))).toBe('close-due-votes');
    expect(timerOf({ Type: 'Timer', TriggerName: 'x', Time: '2026-12-01T00:00:00Z' })).toBe('x');
    expect(timerOf({ action: 'reports.create' })).toBeNull();
    expect(timerOf('Timer')).toBeNull();
  });

  it('declares each job as a WeChat timer trigger', () => {
    expect(triggersOf([job])).toEqual([{ name: 'close-due-votes', type: 'timer', config: '0 */5 * * * * *' }]);
  });

  it('refuses a name WeChat would not take', () => {
    expect(() => defineJob({ ...job, name: 'Close votes!' })).toThrow(/lower-case/);
  });

  it('sends the function the timer event on every interval until stopped', async () => {
    const events: unknown[] = [];
    const stop = startScheduler(async (event) => void events.push(event), [job], () => undefined);
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (events.length >= 2) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    stop();
    const seen = events.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(events.length).toBe(seen);
    expect(timerOf(events[0])).toBe('close-due-votes');
  });
});
