// The CloudBase deploy helper plans exactly the collections and indexes SQLite creates, under the same names.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { COLLECTIONS, undeclaredIndexes, type CollectionSpec } from '../../cloud/ports/collections';
import { planIndexes } from '../../scripts/wx-collections';

describe('wx-collections', () => {
  it('plans one ascending, non-unique index per declared index, fields in declared order', () => {
    const plan = planIndexes();
    const declared = Object.entries(COLLECTIONS).flatMap(([name, spec]) => spec.indexes.map((fields) => [name, fields] as const));
    expect(plan).toHaveLength(declared.length);
    for (const [name, fields] of declared) {
      expect(plan).toContainEqual({
        collection: name,
        IndexName: `${name}__${fields.join('_')}`,
        MgoKeySchema: { MgoIsUnique: false, MgoIndexKeys: fields.map((Name) => ({ Name, Direction: '1' })) },
      });
    }
  });

  it('prints every collection and the index JSON on --dry-run without credentials', () => {
    const env = { ...process.env };
    delete env.TCB_SECRET_ID;
    delete env.TCB_SECRET_KEY;
    const output = execFileSync(process.execPath, ['--import', 'tsx', join('scripts', 'wx-collections.ts'), '--dry-run'], {
      cwd: join(__dirname, '..', '..'),
      env,
      encoding: 'utf8',
    });
    for (const name of Object.keys(COLLECTIONS)) expect(output).toContain(`+ ${name}\n`);
    const json = output.slice(output.indexOf('Index JSON:') + 'Index JSON:'.length);
    expect(JSON.parse(json)).toEqual(planIndexes());
  });
});

describe('indexes the spec no longer declares', () => {
  it('are those named as ours and not declared; others are left alone', () => {
    const spec: CollectionSpec = { indexes: [['userId', 'createdAt']], scope: 'global' };
    expect(undeclaredIndexes('inbox', ['_id_', 'inbox__userId_createdAt', 'inbox__userId_readAt', 'inboxByHand', 'files__ownerId'], spec)).toEqual(['inbox__userId_readAt']);
  });
});
