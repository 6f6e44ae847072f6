import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mainExternals } from '../../vite.main.config';

const root = path.resolve(__dirname, '../..');

function requiredModules(file: string): string[] {
  const code = fs.readFileSync(path.join(root, file), 'utf8');
  return [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))].sort();
}

describe('the Electron bundles', () => {
  beforeAll(async () => {
    // `npm test` has just built them (scripts/test.mjs); run alone, the test builds them itself.
    if (process.env.PRIVACY_DESK_APP_BUILT === '1') return;
    const { buildElectronApp } = await import('../../scripts/build-electron.cjs');
    await buildElectronApp({ renderer: true });
  }, 180_000);

  it('main and the core process load only electron, Node built-ins and the externals that packaging ships', () => {
    const allowed = new Set<string>([
      'electron',
      ...builtinModules,
      ...builtinModules.map((name) => `node:${name}`),
    ]);
    const external = (name: string) =>
      mainExternals.some((pkg) => name === pkg || name.startsWith(`${pkg}/`));
    for (const bundle of ['.vite/build/main.js', '.vite/build/core-process.js']) {
      const unexpected = requiredModules(bundle).filter((name) => !allowed.has(name) && !external(name));
      expect(unexpected, bundle).toEqual([]);
    }
    // The core runs in its own process: main holds no database, the core process never imports electron.
    expect(requiredModules('.vite/build/main.js')).not.toContain('knex');
    expect(requiredModules('.vite/build/core-process.js')).not.toContain('electron');
    // The migrations are bundled (a static source), not read from a folder at run time.
    expect(fs.readFileSync(path.join(root, '.vite/build/core-process.js'), 'utf8')).toContain('001_spine');
  });

  it('the sandboxed preload needs nothing but electron', () => {
    expect(requiredModules('.vite/build/preload.js')).toEqual(['electron']);
  });

  it('the renderer ships with a strict Content-Security-Policy', () => {
    const html = fs.readFileSync(path.join(root, '.vite/renderer/main_window/index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });
});
