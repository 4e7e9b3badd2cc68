// `npm start` / `npm run serve`: the gateway in front of the BUNDLED `linli` function (what WeChat runs), with SQLite
// under LINLI_DATA_DIR. In development (`npm start`) the demo community is seeded on first run and dev login is on;
// in production (`npm run serve`) neither exists.
import { randomBytes } from 'node:crypto';
import { JOBS } from '../jobs';
import { startScheduler } from './scheduler';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LocalPorts } from '../adapters/local';
import type { Caller } from '../dispatcher';
import type { Envelope } from '../../src/domain/envelope';
import { isSeeded, seedDemo } from '../seed/demo';
import { assertStrongSecret, ConfigError, logSettingsFrom, trustProxyFrom } from './config';
import { buildGateway } from './gateway';

interface BundledFunction {
  main(event: unknown, context: unknown): Promise<Envelope<unknown>>;
  localPorts(): LocalPorts;
  shutdown(): Promise<void>;
}

const ROOT = resolve(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'cloud', 'functions', 'linli', 'index.js');

/** The configured secret, or one generated once and kept beside the database so sessions survive restarts. */
function sessionSecret(dataDir: string): string {
  const configured = process.env.LINLI_SESSION_SECRET;
  if (configured) {
    assertStrongSecret(configured);
    return configured;
  }
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored) return stored;
  }
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function start(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  const dev = process.env.NODE_ENV === 'development' || process.argv.includes('--dev');
  const dataDir = resolve(process.env.LINLI_DATA_DIR || join(ROOT, 'data'));
  mkdirSync(dataDir, { recursive: true });
  const secret = sessionSecret(dataDir);
  const trustProxy = trustProxyFrom(process.env.LINLI_TRUST_PROXY);
  const logs = logSettingsFrom(process.env.LOG_LEVEL);

  if (!existsSync(BUNDLE)) {
    console.error(`The cloud function is not built (${BUNDLE}). Run: npm run build:cloud`);
    process.exit(1);
  }
  // The bundle reads these when it creates its local runtime.
  process.env.LINLI_RUNTIME = 'local';
  process.env.LINLI_DATA_DIR = dataDir;
  if (dev) process.env.LINLI_DEV_CLOCK = '1';
  const fn = require(BUNDLE) as BundledFunction;
  const ports = fn.localPorts();

  // The demo and its well-known openids exist only in development; production holds only what `npm run setup` wrote.
  if (dev && !(await isSeeded(ports.store))) {
    const seeded = await seedDemo(ports.store, ports.clock, ports.files);
    console.log(`Seeded the demo community 幸福里社区 (${seeded.households} households, ${seeded.users} people) into ${dataDir}`);
  }
  if (!dev && !(await isSeeded(ports.store))) {
    console.log(`No community in ${dataDir} yet: describe yours and run npm run setup -- FILE (see README, Self-hosting).`);
  }

  const app = await buildGateway({
    dispatch: (request: unknown, caller: Caller | null) => fn.main(request, { identity: caller ?? undefined }),
    files: ports.files,
    sessionSecret: secret,
    dev,
    trustProxy,
    h5Dir: join(ROOT, 'dist', 'h5'),
    setClockOffset: dev ? (offsetMs) => void (process.env.LINLI_CLOCK_OFFSET_MS = String(offsetMs)) : undefined,
    logger: logs.logger,
    logRequests: logs.logRequests,
  });

  const stopJobs = startScheduler(fn.main, JOBS, (job, error) => app.log.error({ job, err: String(error) }, 'job failed'));

  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down`);
    try {
      stopJobs();
      await app.close();
      await fn.shutdown();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port, host });
  if (!existsSync(join(ROOT, 'dist', 'h5', 'index.html'))) console.log('No H5 build in dist/h5 yet: run npm run build:h5 to serve the app.');
  if (dev) console.log('Dev login is on (development mode): pick any demo person on the login screen.');
  console.log(`Linli is running at http://localhost:${port}`);
}

start().catch((error) => {
  console.error('Linli failed to start:', error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
