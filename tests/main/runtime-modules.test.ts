import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundleRequires,
  createPackagingIgnore,
  runtimeClosure,
  splitPackagePath,
} from '../../scripts/runtime-modules.cjs';
import { mainExternals } from '../../vite.main.config';

// The real node_modules, and a stand-in main bundle written for each case: packaging follows what
// the bundle requires plus the declared externals. (scripts/check-package.mjs checks a real package.)
const projectRoot = path.resolve(__dirname, '../..');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-runtime-modules-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

let bundles = 0;
function bundleRequiring(...modules: string[]): string {
  const file = path.join(folder, `main-${(bundles += 1)}.js`);
  const lines = ['"use strict";', 'const electron = require("electron");', 'const fs = require("node:fs");'];
  for (const name of modules) lines.push(`const m${lines.length} = require("${name}");`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function ignoreFor(bundleFile: string, externals: readonly string[] = mainExternals) {
  return createPackagingIgnore({ projectRoot, externals, bundleFile });
}

const versionOf = (name: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

describe('the modules the package ships', () => {
  it('are what the bundle requires by name, without Node built-ins and electron', () => {
    const bundle = bundleRequiring(
      'knex',
      'csv-stringify/sync',
      'pdfmake/fonts/Roboto.js',
      'node:path',
      'os',
    );
    expect(bundleRequires(bundle)).toEqual(['csv-stringify', 'knex', 'pdfmake']);
  });

  it('walk into node_modules (the folder itself was ignored before) and ship the closure with its files', () => {
    const ignore = ignoreFor(bundleRequiring('knex'));
    expect(ignore('')).toBe(false);
    expect(ignore('/node_modules')).toBe(false);
    expect(ignore('/node_modules/knex')).toBe(false);
    expect(ignore('/node_modules/knex/package.json')).toBe(false);
    expect(ignore('/node_modules/knex/lib/knex.js')).toBe(false);
    // knex's own dependencies, hoisted or nested where Node finds them.
    expect(ignore('/node_modules/tarn/package.json')).toBe(false);
    expect(ignore('/node_modules/knex/node_modules')).toBe(false);
    expect(ignore('/node_modules/knex/node_modules/debug/package.json')).toBe(false);
    // sqlite3 is loaded by knex by name, so it is a declared external.
    expect(ignore('/node_modules/sqlite3/lib/sqlite3.js')).toBe(false);
    expect(ignore('/node_modules/sqlite3/build/Release/node_sqlite3.node')).toBe(false);
    expect(ignore('/node_modules/bindings/bindings.js')).toBe(false);
  });

  it('leave out the app sources, dev dependencies and what sqlite3 needs only to be installed', () => {
    const ignore = ignoreFor(bundleRequiring('knex'));
    for (const file of [
      '/src',
      '/src/main/main.ts',
      '/tests',
      '/forge.config.ts',
      '/package-lock.json',
      '/node_modules/.bin',
      '/node_modules/typescript',
      '/node_modules/electron',
      '/node_modules/@electron-forge',
      '/node_modules/vite/package.json',
      '/node_modules/zod',
      '/node_modules/sqlite3/src/statement.cc',
      '/node_modules/sqlite3/deps',
      '/node_modules/sqlite3/binding.gyp',
      '/node_modules/sqlite3/build/Release/obj.target',
      '/node_modules/sqlite3/build/Makefile',
      '/node_modules/node-addon-api',
      '/node_modules/prebuild-install',
      '/node_modules/node-gyp',
    ]) {
      expect(ignore(file), file).toBe(true);
    }
  });

  it('leave out tests, source maps, TypeScript, databases and read-mes, but keep licences', () => {
    const ignore = ignoreFor(bundleRequiring('exceljs'));
    expect(ignore('/node_modules/exceljs/dist/exceljs.js')).toBe(false);
    expect(ignore('/node_modules/exceljs/LICENSE')).toBe(false);
    expect(ignore('/node_modules/exceljs/dist/exceljs.js.map')).toBe(true);
    expect(ignore('/node_modules/exceljs/index.d.ts')).toBe(true);
    expect(ignore('/node_modules/exceljs/README.md')).toBe(true);
    expect(ignore('/node_modules/exceljs/test')).toBe(true);
    expect(ignore('/node_modules/exceljs/lib/__tests__/x.js')).toBe(true);
    expect(ignore('/node_modules/exceljs/spec/data/demo.sqlite3')).toBe(true);
    expect(ignore('/.vite/build/main.js')).toBe(false);
    expect(ignore('/.vite/build/main.js.map')).toBe(true);
  });

  it('follow a module the bundle starts requiring without another edit (as fastify will)', () => {
    const before = ignoreFor(bundleRequiring('knex'));
    const after = ignoreFor(bundleRequiring('knex', 'zod'));
    expect(before('/node_modules/zod/package.json')).toBe(true);
    expect(after('/node_modules/zod/package.json')).toBe(false);
  });

  it('follow a module added to the declared externals (as pg was), with its dependencies', () => {
    const bundle = bundleRequiring('knex');
    expect(runtimeClosure(projectRoot, mainExternals).get('node_modules/pg')).toEqual({
      name: 'pg',
      version: versionOf('pg'),
      native: false,
    });
    const closure = runtimeClosure(projectRoot, [...mainExternals, 'fastify']);
    expect([...closure.values()].map((entry) => entry.name)).toContain('avvio');
    expect(ignoreFor(bundle, [...mainExternals, 'fastify'])('/node_modules/avvio/package.json')).toBe(false);
    expect(ignoreFor(bundle)('/node_modules/avvio/package.json')).toBe(true);
  });

  it('never include type declarations packages, even when declared as dependencies', () => {
    const closure = runtimeClosure(projectRoot, ['exceljs']);
    expect([...closure.values()].filter((entry) => entry.name.startsWith('@types/'))).toEqual([]);
  });

  it('name the package and who needs it when a dependency is not installed', () => {
    const ignore = ignoreFor(bundleRequiring('knex', 'no-such-package-for-privacy-desk'));
    expect(() => ignore('/node_modules')).toThrow(
      /the main bundle needs the package "no-such-package-for-privacy-desk", which is not in .*node_modules\. Run `npm ci`/,
    );
  });

  it('refuse to guess when the main bundle has not been built', () => {
    const ignore = ignoreFor(path.join(folder, 'not-built.js'));
    expect(() => ignore('/node_modules/knex')).toThrow(/not-built\.js does not exist: build the main bundle/);
  });

  it('split a path into its package folder and the file inside it', () => {
    expect(splitPackagePath('node_modules/knex/lib/knex.js')).toEqual({
      packageDir: 'node_modules/knex',
      rest: 'lib/knex.js',
    });
    expect(splitPackagePath('node_modules/a/node_modules/@s/b/x.js')).toEqual({
      packageDir: 'node_modules/a/node_modules/@s/b',
      rest: 'x.js',
    });
    expect(splitPackagePath('node_modules/@s')).toEqual({ packageDir: null, rest: '' });
    expect(splitPackagePath('node_modules/a/node_modules')).toEqual({ packageDir: null, rest: '' });
  });
});
