// Creates every collection and index of cloud/ports/collections.ts in a CloudBase environment, and drops the
// indexes named as ours that it no longer declares.
// Usage: tsx scripts/wx-collections.ts --dry-run            (offline: prints the plan and the index JSON)
//        TCB_ENV_ID=… TCB_SECRET_ID=… TCB_SECRET_KEY=… tsx scripts/wx-collections.ts
import { COLLECTIONS, indexNameOf, undeclaredIndexes, type CollectionSpec } from '../cloud/ports/collections';

export interface IndexPlan {
  collection: string;
  /** Same name as the SQLite index, so both stores read alike. */
  IndexName: string;
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: Array<{ Name: string; Direction: '1' }> };
}

export function planIndexes(collections: Record<string, CollectionSpec> = COLLECTIONS): IndexPlan[] {
  return Object.entries(collections).flatMap(([collection, spec]) =>
    spec.indexes.map((fields) => ({
      collection,
      IndexName: indexNameOf(collection, fields),
      MgoKeySchema: { MgoIsUnique: false, MgoIndexKeys: fields.map((Name) => ({ Name, Direction: '1' as const })) },
    })),
  );
}

export function describePlan(collections: Record<string, CollectionSpec> = COLLECTIONS): string {
  const lines = ['Collections (云开发控制台 → 数据库 → 添加集合; permission: 仅管理端可读写):'];
  for (const name of Object.keys(collections)) lines.push(`  + ${name}`);
  lines.push('', 'Indexes (集合 → 索引管理 → 添加索引; non-unique, every field ascending):');
  for (const index of planIndexes(collections)) {
    lines.push(`  + ${index.collection}.${index.IndexName} (${index.MgoKeySchema.MgoIndexKeys.map((key) => key.Name).join(', ')})`);
  }
  lines.push('', 'Index JSON:', JSON.stringify(planIndexes(collections), null, 2));
  return lines.join('\n');
}

async function apply(): Promise<void> {
  const { TCB_ENV_ID: envId, TCB_SECRET_ID: secretId, TCB_SECRET_KEY: secretKey } = process.env;
  if (!envId || !secretId || !secretKey) {
    console.error('Set TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY (a Tencent Cloud API key of the CloudBase account), or use --dry-run.');
    process.exit(2);
  }
  const CloudBase = require('@cloudbase/manager-node');
  const { database } = new CloudBase({ envId, secretId, secretKey });
  for (const name of Object.keys(COLLECTIONS)) {
    const result = await database.createCollectionIfNotExists(name);
    console.log(`${result.IsCreated ? 'created' : 'exists '} collection ${name}`);
  }
  // One look at each collection's indexes: the declared ones it lacks are created, ours it no longer declares
  // (they cost every write and serve no read) are dropped.
  const plan = planIndexes();
  for (const [name, spec] of Object.entries(COLLECTIONS) as Array<[string, CollectionSpec]>) {
    const existing: string[] = ((await database.describeCollection(name)).Indexes ?? []).map((index: { Name: string }) => index.Name);
    for (const { collection, ...index } of plan.filter((planned) => planned.collection === name)) {
      if (existing.includes(index.IndexName)) {
        console.log(`exists  index ${collection}.${index.IndexName}`);
        continue;
      }
      await database.updateCollection(collection, { CreateIndexes: [index] });
      console.log(`created index ${collection}.${index.IndexName}`);
    }
    for (const stale of undeclaredIndexes(name, existing, spec)) {
      await database.updateCollection(name, { DropIndexes: [{ IndexName: stale }] });
      console.log(`dropped index ${name}.${stale}`);
    }
  }
}

if (require.main === module) {
  if (process.argv.includes('--dry-run')) {
    console.log(describePlan());
  } else {
    apply().catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
  }
}
