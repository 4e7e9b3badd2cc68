// `npm run seed` stores placeholder photos for the seeded cases, so the public list shows pictures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalPorts } from '../../cloud/adapters/local';
import { resetDatabase } from '../../cloud/seed/reset';
import type { Report } from '../../src/domain/reports/types';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'linli-seed-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

it('gives every seeded case a passed photo that the files port can serve, and resolved ones an after-photo', async () => {
  const { seeded } = await resetDatabase(dataDir);
  expect(seeded.reports).toBe(10);
  const ports = createLocalPorts({ dataDir });
  try {
    const reports = await ports.store.find<Report>('reports', {});
    for (const report of reports) {
      expect(report.photos).toEqual([{ fileId: expect.stringMatching(/^local\/[0-9a-f]{16}\.jpg$/), verdict: 'pass' }]);
      const [url] = await ports.files.urls([report.photos[0]!.fileId]);
      const address = new URL(url!, 'http://local');
      const file = await ports.files.read(report.photos[0]!.fileId, Object.fromEntries(address.searchParams));
      expect(file?.mime).toBe('image/jpeg');
      expect((await ports.files.describe(report.photos[0]!.fileId))?.ownerId).toBe(report.reporterId);
      if (report.resolvedAt) expect(report.afterPhotos).toHaveLength(1);
    }
  } finally {
    await ports.close();
  }
});
