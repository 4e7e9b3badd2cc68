// Bundles the `linli` cloud function into dist/cloud/functions/linli (the cloudfunctionRoot WeChat DevTools uploads):
// index.js (esbuild, node16 CJS; wx-server-sdk installed by WeChat, better-sqlite3 and sharp only needed locally),
// package.json (wx-server-sdk only) and config.json (the openapi permissions it calls, the timer triggers of its jobs).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JOBS } from '../cloud/jobs';
import { triggersOf } from '../cloud/kit/jobs';

const ROOT = resolve(__dirname, '..');
export const FUNCTION_DIR = join(ROOT, 'dist', 'cloud', 'functions', 'linli');
export const ENTRY = join(ROOT, 'cloud', 'functions', 'linli', 'index.ts');

export const OPENAPI_PERMISSIONS = ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'];

export async function buildCloud(): Promise<void> {
  mkdirSync(FUNCTION_DIR, { recursive: true });
  await build({
    entryPoints: [ENTRY],
    outfile: join(FUNCTION_DIR, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: ['wx-server-sdk', 'better-sqlite3', 'sharp'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const sdkVersion: string = rootPackage.devDependencies?.['wx-server-sdk'] ?? rootPackage.dependencies?.['wx-server-sdk'];
  const functionPackage = {
    name: 'linli',
    version: rootPackage.version,
    private: true,
    main: 'index.js',
    dependencies: { 'wx-server-sdk': sdkVersion },
  };
  writeFileSync(join(FUNCTION_DIR, 'package.json'), `${JSON.stringify(functionPackage, null, 2)}\n`);
  const config = { permissions: { openapi: OPENAPI_PERMISSIONS }, triggers: triggersOf(JOBS) };
  writeFileSync(join(FUNCTION_DIR, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
}

if (require.main === module) {
  buildCloud().then(
    () => console.log(`cloud function built: ${FUNCTION_DIR}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
