// The app layer's registration point agrees with the files on disk, the mini-program's app.json and the words.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ABILITY_ACTIONS } from '../../src/domain/abilities';
import { FEATURES } from '../../src/domain/features';
import { hasMessage } from '../../src/domain/messages';
import { FEATURE_APPS, participateEntries, subPackages } from '../../src/features/registry';

const SRC = join(__dirname, '..', '..', 'src');

/** app.config.ts as Taro reads it: `defineAppConfig` is a global the build provides. */
function appConfig(): { subPackages: Array<{ root: string; pages: string[] }> } {
  (globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config;
  return jest.requireActual<{ default: { subPackages: Array<{ root: string; pages: string[] }> } }>('../../src/app.config').default;
}

describe('feature registry', () => {
  it('is where app.json takes its subpackages from', () => {
    expect(appConfig().subPackages).toEqual(subPackages);
    expect(subPackages.map((pkg) => pkg.root)).toEqual(expect.arrayContaining(['features/membership', 'features/reports']));
  });

  it('lists only pages that exist, each with its page config', () => {
    const missing = FEATURE_APPS.flatMap((app) =>
      app.pages.flatMap((page) => ['.tsx', '.config.ts'].map((ext) => join(app.root, `${page}${ext}`)).filter((file) => !existsSync(join(SRC, file)))),
    );
    expect(missing).toEqual([]);
  });

  it('lists every page a feature folder holds, so none is left out of the build', () => {
    const onDisk = readdirSync(join(SRC, 'features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(SRC, 'features', entry.name, 'pages')))
      .flatMap((entry) =>
        readdirSync(join(SRC, 'features', entry.name, 'pages')).map((page) => `features/${entry.name}/pages/${page}/index`),
      );
    const registered = FEATURE_APPS.flatMap((app) => app.pages.map((page) => `${app.root}/${page}`));
    expect(onDisk.sort()).toEqual([...registered].sort());
  });

  it('names each feature as the domain does, once', () => {
    const names = FEATURE_APPS.map((app) => app.name);
    expect(new Set(names).size).toBe(names.length);
    const domainNames = FEATURES.map((feature) => feature.name);
    expect(names.filter((name) => !domainNames.includes(name))).toEqual([]);
  });

  it('gives each 参与 entry words of the shared table, one of its own pages and a known ability', () => {
    for (const app of FEATURE_APPS) {
      const entry = app.participate;
      if (!entry) continue;
      expect([app.name, hasMessage(entry.title), hasMessage(entry.desc)]).toEqual([app.name, true, true]);
      expect(app.pages).toContain(entry.page);
      if (entry.ability) expect(Object.keys(ABILITY_ACTIONS)).toContain(entry.ability);
    }
    expect(participateEntries.every((entry) => entry.url.startsWith('/features/'))).toBe(true);
  });
});
