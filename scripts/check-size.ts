// `npm run size`: the mini-program's package sizes from dist/weapp, against the budget
// (main package ≤ 1 MB, each subpackage ≤ 500 KB — half of WeChat's 2 MB limits, to leave room to grow).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const KB = 1024;
const BUDGET = { main: 1024 * KB, subpackage: 500 * KB };
const DIST = join(__dirname, '..', 'dist', 'weapp');
/** DevTools' own settings and source maps are not uploaded with the code package. */
const NOT_UPLOADED = [/^project(\.private)?\.config\.json$/, /\.map$/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

if (!existsSync(join(DIST, 'app.json'))) {
  console.error('dist/weapp/app.json is missing: run `npm run build:weapp` first.');
  process.exit(1);
}

const app = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> };
const roots = (app.subPackages ?? app.subpackages ?? []).map((pkg) => pkg.root.replace(/\/+$/, ''));
const sizes = new Map<string, number>([['main', 0], ...roots.map((root) => [root, 0] as [string, number])]);

for (const file of files(DIST)) {
  const path = relative(DIST, file).split(sep).join('/');
  if (NOT_UPLOADED.some((pattern) => pattern.test(path))) continue;
  const owner = roots.find((root) => path.startsWith(`${root}/`)) ?? 'main';
  sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size);
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
let over = false;
let total = 0;
for (const [name, bytes] of sizes) {
  const limit = name === 'main' ? BUDGET.main : BUDGET.subpackage;
  const ok = bytes <= limit;
  over ||= !ok;
  total += bytes;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${(name === 'main' ? 'main package' : name).padEnd(28)} ${kb(bytes).padStart(10)}  (budget ${kb(limit)})`);
}
console.log(`     ${'whole app'.padEnd(28)} ${kb(total).padStart(10)}`);
if (over) {
  console.error('The mini-program is over its size budget.');
  process.exit(1);
}
