// A seeded demo community on a throwaway SQLite file, and a way to call actions as any person in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDataDirSecrets,
  createDiskFiles,
  createFileLinks,
  linkKeyIn,
  createInboxNotifier,
  createKeywordContentCheck,
  DATABASE_FILE,
  fixedClock,
  openSqliteStore,
  type DiskFiles,
  type FixedClock,
  type SqliteStore,
} from '../../cloud/adapters/local';
import { createDispatcher, type Dispatch, type DispatchLog } from '../../cloud/dispatcher';
import type { HandlerTable } from '../../cloud/handlers';
import type { Ports } from '../../cloud/ports';
import type { Store } from '../../cloud/ports/store';
import { demoOpenid, seedDemo } from '../../cloud/seed/demo';
import type { ActionInput, ActionName, ActionOutput } from '../../src/domain/actions';
import type { Envelope } from '../../src/domain/envelope';

/** The local ports, with the store handlers see (maybe wrapped) and the SQLite adapter underneath. */
export interface WorldPorts extends Ports {
  files: DiskFiles;
  dataDir: string;
  close(): Promise<void>;
}

export interface DemoWorldOptions {
  handlers?: HandlerTable;
  log?: DispatchLog;
  /** Wraps the store every port and handler uses (e.g. withLatency); the demo is seeded before wrapping. */
  wrapStore?: (store: Store) => Store;
}

export interface DemoWorld {
  ports: WorldPorts;
  /** The SQLite adapter itself, unwrapped: for query plans and for setting up state without delay. */
  sqlite: SqliteStore;
  clock: FixedClock;
  dispatch: Dispatch;
  dataDir: string;
  /** Calls actions as the person with this openid (demo people: `demo:<key>`). */
  as(openid: string): <A extends ActionName>(action: A, input?: ActionInput<A>) => Promise<Envelope<ActionOutput<A>>>;
  demo(key: string): ReturnType<DemoWorld['as']>;
  close(): Promise<void>;
}

export const quietLog: DispatchLog = { error: () => undefined };

export async function demoWorld(options: DemoWorldOptions = {}): Promise<DemoWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-world-'));
  const clock = fixedClock(Date.parse('2026-11-20T09:00:00+08:00'));
  const sqlite = openSqliteStore({ file: join(dataDir, DATABASE_FILE) });
  await seedDemo(sqlite, clock);
  const store = options.wrapStore ? options.wrapStore(sqlite) : sqlite;
  const ports: WorldPorts = {
    store,
    files: createDiskFiles({ dir: join(dataDir, 'files'), store, clock, links: createFileLinks(linkKeyIn(dataDir)) }),
    contentCheck: createKeywordContentCheck(),
    notifier: createInboxNotifier(),
    clock,
    secrets: createDataDirSecrets(dataDir),
    dataDir,
    close: () => sqlite.close(),
  };
  const dispatch = createDispatcher(ports, { handlers: options.handlers, log: options.log ?? quietLog });
  const as: DemoWorld['as'] = (openid) => (action, input) =>
    dispatch({ action, input: input ?? {} }, { openid }) as Promise<Envelope<ActionOutput<typeof action>>>;
  return {
    ports,
    sqlite,
    clock,
    dispatch,
    dataDir,
    as,
    demo: (key) => as(demoOpenid(key)),
    async close() {
      await ports.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The data of a successful envelope; fails the test with the error otherwise. */
export function dataOf<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.data;
}
