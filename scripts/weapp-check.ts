// `npm run check:weapp`: dist/weapp through WeChat's own tools, offline (miniprogram-ci): getCompiledResult compiles
// the package with the DevTools compiler, checkCodeQuality runs the DevTools 代码质量 panel (package sizes,
// JS/WXML/WXSS compression, unused code and components). Fails on a compile error or any failed quality check.
// Neither needs a real private key or the network; the "get white ext list" request fails offline and is harmless.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ci from 'miniprogram-ci';

// A folder may be named, e.g. to check a copy; dist/weapp by default.
const DIST = process.argv[2] ?? join(__dirname, '..', 'dist', 'weapp');

interface QualityItem {
  name: string;
  success: boolean;
  text: string;
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'app.json'))) {
    console.error('dist/weapp/app.json is missing: run `npm run build:weapp` first.');
    return 1;
  }
  const { appid } = JSON.parse(readFileSync(join(DIST, 'project.config.json'), 'utf8')) as { appid: string };
  // A placeholder key: only upload and preview read it.
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: DIST,
    privateKey: 'offline-checks-read-no-key',
    ignores: ['node_modules/**/*'],
    attr: async () => ci.DefaultProjectAttr,
  } as ConstructorParameters<typeof ci.Project>[0]);

  let failed = false;
  try {
    const compiled = await ci.getCompiledResult({ project, version: '0.0.0', setting: { useProjectConfig: true }, onProgressUpdate: () => undefined });
    console.log(`WeChat compiler: ${Object.keys(compiled).length} files compiled`);
  } catch (error) {
    console.error('WeChat compiler failed:', error instanceof Error ? error.message : error);
    failed = true;
  }

  const quality = (await ci.checkCodeQuality(project)) as QualityItem[];
  for (const item of quality) console.log(`${item.success ? '✓' : '✗'} ${item.name.padEnd(30)} ${item.text}`);
  const failures = quality.filter((item) => !item.success);
  if (failures.length > 0) {
    console.error(`Code quality: ${failures.length} failed check(s): ${failures.map((item) => item.name).join(', ')}`);
    failed = true;
  }
  return failed ? 1 : 0;
}

// The package leaves a file watcher open: exit explicitly once the checks are done.
main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('weapp check crashed:', error);
    process.exit(1);
  },
);
