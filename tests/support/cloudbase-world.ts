// The demo on the production engine's adapter: the CloudBase store over FakeCloudBaseDatabase (snapshot-isolated
// transactions with write conflicts), 1–3 ms late per call, behind the dispatcher, for integrity tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createDataDirSecrets, createDiskFiles, createFileLinks, createInboxNotifier, createKeywordContentCheck, fixedClock } from '../../cloud/adapters/local';
import { createCloudbaseStore } from '../../cloud/adapters/wx/cloudbaseStore';
import { createDispatcher } from '../../cloud/dispatcher';
import { seedDemo } from '../../cloud/seed/demo';
import type { Envelope } from '../../src/domain/envelope';
import { FakeCloudBaseDatabase } from './fake-cloudbase';
import { withLatency } from './latency-store';
import { quietLog } from './demo-world';

export async function cloudbaseWorld() {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-cb-'));
  const clock = fixedClock(Date.parse('2026-11-20T09:00:00+08:00'));
  const raw = createCloudbaseStore(new FakeCloudBaseDatabase());
  await seedDemo(raw, clock);
  const store = withLatency(raw, { seed: 3 });
  const dispatch = createDispatcher(
    { store, files: createDiskFiles({ dir: join(dataDir, 'files'), store, clock, links: createFileLinks(randomBytes(32)) }), contentCheck: createKeywordContentCheck(), notifier: createInboxNotifier(), clock, secrets: createDataDirSecrets(dataDir) },
    { log: quietLog },
  );
  const as = (openid: string) => (action: string, input: unknown) => dispatch({ action, input }, { openid }) as Promise<Envelope<Record<string, unknown>>>;
  return { raw, clock, as, close: () => rmSync(dataDir, { recursive: true, force: true }) };
}
