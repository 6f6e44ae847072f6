// The package check (`npm test -- package`): packages the app as a user's `npm run package` and
// `npm run make` would, with a stand-in for the Electron binary, and checks the package itself.
//
//  1. builds a stand-in `electron-v<version>-linux-<arch>.zip` (the layout of the real one, with a
//     placeholder executable) for the Electron version in node_modules, and points forge at it with
//     ELECTRON_ZIP_DIR (forge.config.ts then leaves the fuses out: the placeholder has none);
//  2. runs `electron-forge package` on a copy of the working tree;
//  3. checks app.asar: the main bundle's runtime closure and nothing else from node_modules, every
//     module the bundle requires with its own dependencies, the native modules unpacked beside it,
//     no tests, source maps, TypeScript, dev-only packages or databases; reports the sizes;
//  4. runs the packaged main bundle in plain Node with a stand-in `electron` module
//     (scripts/run-packaged-main.cjs) until it answers `auth.status` through its IPC handler;
//  5. runs `electron-forge make` for the deb target and checks the .deb's file list.
//
//   node scripts/check-package.mjs [--keep] [--report FILE]
//
// --keep leaves the temporary folder (its path is printed); --report writes the results as JSON.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { zipSync } = require('fflate');
const { runtimeClosure, runtimeRoots, bundleRequires, splitPackagePath } = require('./runtime-modules.cjs');

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const reportFile = args.includes('--report') ? path.resolve(args[args.indexOf('--report') + 1]) : null;

const checks = [];
const startedAll = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function record(name, status, details = []) {
  checks.push({ name, status, details });
  const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' }[status];
  process.stdout.write(`${mark} ${name}\n`);
  for (const line of details) process.stdout.write(`       ${line}\n`);
}

/** Runs one check; a thrown error or a returned list of problems fails it. */
async function check(name, run) {
  const started = Date.now();
  try {
    const { problems = [], notes = [] } = (await run()) ?? {};
    record(`${name} (${seconds(started)})`, problems.length ? 'failed' : 'passed', [...problems, ...notes]);
    return problems.length === 0;
  } catch (error) {
    record(`${name} (${seconds(started)})`, 'failed', [
      error instanceof Error ? error.message : String(error),
    ]);
    return false;
  }
}

function finish() {
  const count = (status) => checks.filter((entry) => entry.status === status).length;
  const summary = { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), checks };
  if (reportFile) {
    fs.mkdirSync(path.dirname(reportFile), { recursive: true });
    fs.writeFileSync(reportFile, `${JSON.stringify(summary, null, 2)}\n`);
  }
  process.stdout.write(
    `package check: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped in ${seconds(startedAll)}\n`,
  );
  process.exitCode = summary.failed > 0 ? 1 : 0;
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The files under a folder, as paths relative to it. */
function filesUnder(folder, relative = '') {
  const found = [];
  for (const entry of fs.readdirSync(path.join(folder, relative), { withFileTypes: true })) {
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(folder, child));
    else if (entry.isFile()) found.push(child);
  }
  return found;
}

const folderSize = (folder) =>
  !fs.existsSync(folder)
    ? 0
    : filesUnder(folder).reduce((total, file) => total + fs.statSync(path.join(folder, file)).size, 0);

/** Runs a command, printing its output only when it fails. */
function run(command, commandArgs, options) {
  const result = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(
      `${path.basename(command)} ${commandArgs.join(' ')} exited with ${result.status ?? result.signal}` +
        `${result.error ? ` (${result.error.message})` : ''}\n${output}`,
    );
  }
  return result;
}

// --- 1. the stand-in Electron zip --------------------------------------------------------------

/**
 * A zip in the layout of electron-v<version>-linux-<arch>.zip: the `electron` executable (here a
 * shell script that says what it is), chrome-sandbox, the resources folder with default_app.asar,
 * locales, licences and the version file. Forge and the deb maker touch no more than that.
 */
function writeStandInElectronZip(folder, version, arch) {
  const executable = (text) => [Buffer.from(text), { os: 3, attrs: 0o100755 << 16 }];
  const file = (text) => [Buffer.from(text), { os: 3, attrs: 0o100644 << 16 }];
  const placeholder =
    '#!/bin/sh\n' +
    `echo "This is a stand-in for Electron ${version}, made by scripts/check-package.mjs. It cannot run the app." >&2\n` +
    'exit 1\n';
  const zip = zipSync({
    electron: executable(placeholder),
    'chrome-sandbox': executable('#!/bin/sh\nexit 1\n'),
    chrome_crashpad_handler: executable('#!/bin/sh\nexit 1\n'),
    'libffmpeg.so': file('stand-in'),
    'libEGL.so': file('stand-in'),
    'libGLESv2.so': file('stand-in'),
    'icudtl.dat': file('stand-in'),
    'resources.pak': file('stand-in'),
    'chrome_100_percent.pak': file('stand-in'),
    'chrome_200_percent.pak': file('stand-in'),
    'snapshot_blob.bin': file('stand-in'),
    'v8_context_snapshot.bin': file('stand-in'),
    'locales/en-US.pak': file('stand-in'),
    'resources/default_app.asar': file('stand-in'),
    LICENSE: file('Stand-in for the Electron licence (MIT).\n'),
    'LICENSES.chromium.html': file('<html><body>Stand-in for the Chromium licences.</body></html>\n'),
    version: file(version),
  });
  const zipFile = path.join(folder, `electron-v${version}-linux-${arch}.zip`);
  fs.writeFileSync(zipFile, zip);
  return zipFile;
}

// --- 2. a copy of the working tree ---------------------------------------------------------------

const notCopied = new Set([
  'node_modules',
  '.git',
  '.vite',
  'out',
  'test-results',
  'playwright-report',
  '.e2e',
]);

function copyTree(target) {
  fs.cpSync(projectRoot, target, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(projectRoot, source);
      if (relative === '') return true;
      const [top] = relative.split(path.sep);
      if (notCopied.has(top) || relative === path.join('bench', 'results')) return false;
      return !/\.sqlite3(-\w+)?$/.test(source);
    },
  });
  fs.symlinkSync(
    fs.realpathSync(path.join(projectRoot, 'node_modules')),
    path.join(target, 'node_modules'),
    'dir',
  );
}

// --- 3. the package ------------------------------------------------------------------------------

/** Every package folder under node_modules in an extracted tree (nested ones included). */
function packagesIn(root) {
  const found = new Set();
  const visit = (relative) => {
    const folder = path.join(root, relative);
    if (!fs.existsSync(folder)) return;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const child = path.posix.join(relative, entry.name);
      if (entry.name.startsWith('@')) {
        for (const scoped of fs.readdirSync(path.join(root, child), { withFileTypes: true }))
          if (scoped.isDirectory()) addPackage(path.posix.join(child, scoped.name));
      } else addPackage(child);
    }
  };
  const addPackage = (relative) => {
    if (fs.existsSync(path.join(root, relative, 'package.json'))) found.add(relative);
    visit(path.posix.join(relative, 'node_modules'));
  };
  visit('node_modules');
  return found;
}

const unwanted = [
  { what: 'a test', pattern: /(^|\/)(test|tests|__tests__)\// },
  { what: 'a source map', pattern: /\.map$/ },
  { what: 'a database', pattern: /\.sqlite3?(-wal|-shm|-journal)?$|\.db$/ },
  { what: 'TypeScript', pattern: /\.(c|m)?tsx?$/ },
  { what: 'C or C++ build material', pattern: /\.(c|cc|cpp|h|hpp|o|a|gyp|gypi|mk)$|(^|\/)Makefile$/ },
];

// --- the run ---------------------------------------------------------------------------------------

async function main() {
  if (process.platform !== 'linux') {
    record('package check', 'skipped', [
      `it packages with a stand-in for the Linux Electron zip and makes a .deb; this is ${process.platform}`,
    ]);
    return;
  }
  const electronVersion = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const arch = process.arch;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-package-'));
  const zips = path.join(temp, 'electron-zips');
  const tree = path.join(temp, 'tree');
  const extracted = path.join(temp, 'run', 'app');
  const userData = path.join(temp, 'run', 'user-data');
  const env = { ...process.env, ELECTRON_ZIP_DIR: zips, FORCE_COLOR: '0', CI: 'true' };
  const forge = path.join(tree, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js');
  const packageDir = path.join(tree, 'out', `Privacy Desk-linux-${arch}`);
  const appAsar = path.join(packageDir, 'resources', 'app.asar');
  const unpacked = `${appAsar}.unpacked`;
  const { mainExternals } = await tsImport('../vite.main.config.ts', import.meta.url);
  let shipped = null;

  try {
    const packaged = await check(
      `electron-forge package with a stand-in Electron ${electronVersion} zip`,
      () => {
        fs.mkdirSync(zips);
        const zipFile = writeStandInElectronZip(zips, electronVersion, arch);
        copyTree(tree);
        run(process.execPath, [forge, 'package'], { cwd: tree, env });
        if (!fs.existsSync(appAsar)) return { problems: [`no ${path.relative(tree, appAsar)} was made`] };
        return {
          notes: [`stand-in ${path.basename(zipFile)}; packaged into out/${path.basename(packageDir)}`],
        };
      },
    );
    if (!packaged) return;

    const files = asar.listPackage(appAsar, { isPack: false }).map((file) => file.split(path.sep).join('/'));
    asar.extractAll(appAsar, extracted);
    const bundle = path.join(extracted, '.vite', 'build');

    await check('app.asar holds the app: package.json and the Vite output, no sources', () => {
      const top = [...new Set(files.map((file) => file.split('/')[1]))].sort();
      const problems = [];
      if (top.join(' ') !== '.vite node_modules package.json')
        problems.push(`the top of app.asar is [${top.join(', ')}], not [.vite, node_modules, package.json]`);
      const manifest = JSON.parse(fs.readFileSync(path.join(extracted, 'package.json'), 'utf8'));
      if (!fs.existsSync(path.join(extracted, manifest.main)))
        problems.push(`its main ${manifest.main} is missing`);
      const links = files.filter((file) => 'link' in asar.statFile(appAsar, file.slice(1), false));
      for (const link of links)
        problems.push(`${link.slice(1)} is a symbolic link, not the files it points to`);
      for (const needed of ['.vite/build/preload.js', '.vite/renderer/main_window/index.html'])
        if (!fs.existsSync(path.join(extracted, needed))) problems.push(`${needed} is missing`);
      return { problems };
    });

    await check('every module the main bundle requires is in app.asar with its own dependencies', () => {
      const required = bundleRequires(bundle);
      const roots = runtimeRoots(bundle, mainExternals);
      const expected = runtimeClosure(tree, roots);
      shipped = runtimeClosure(extracted, roots);
      const present = packagesIn(extracted);
      const missing = [...expected.keys()].filter((dir) => !present.has(dir));
      const extra = [...present].filter((dir) => !expected.has(dir));
      const problems = [
        ...missing.map((dir) => `missing: ${dir}`),
        ...extra.map((dir) => `not needed at run time, but shipped: ${dir}`),
      ];
      return {
        problems,
        notes: [
          `the main bundle requires ${required.join(', ')}`,
          `with the declared externals (${mainExternals.join(', ')}): ${shipped.size} packages shipped`,
        ],
      };
    });

    await check(
      'no dev dependency, test, source map, TypeScript, C build material or database is shipped',
      () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
        const runtimeNames = new Set([...(shipped?.values() ?? [])].map((entry) => entry.name));
        const devOnly = Object.keys(manifest.devDependencies ?? {}).filter((name) => !runtimeNames.has(name));
        const problems = [];
        for (const name of devOnly) {
          if (
            files.some((file) => file === `/node_modules/${name}` || file.includes(`/node_modules/${name}/`))
          )
            problems.push(`the dev dependency ${name} is shipped`);
        }
        for (const file of files) {
          const rule = unwanted.find(({ pattern }) => pattern.test(file));
          if (rule) problems.push(`${rule.what}: ${file.slice(1)}`);
        }
        return {
          problems: problems
            .slice(0, 30)
            .concat(problems.length > 30 ? [`... ${problems.length - 30} more`] : []),
        };
      },
    );

    await check('native modules are unpacked beside app.asar', () => {
      const problems = [];
      const natives = files.filter((file) => file.endsWith('.node'));
      for (const file of natives) {
        if (!asar.statFile(appAsar, file.slice(1)).unpacked)
          problems.push(`${file.slice(1)} is packed inside app.asar`);
        if (!fs.existsSync(path.join(unpacked, file)))
          problems.push(`${file.slice(1)} is not in app.asar.unpacked`);
      }
      const sqlite = 'node_modules/sqlite3/build/Release/node_sqlite3.node';
      if (!fs.existsSync(path.join(unpacked, sqlite)))
        problems.push(`sqlite3's ${sqlite} is not in app.asar.unpacked`);
      return { problems, notes: natives.map((file) => `unpacked: ${file.slice(1)}`) };
    });

    await check('the size of the package', () => {
      const byPackage = new Map();
      for (const file of files) {
        const { packageDir: dir } = splitPackagePath(file.slice(1));
        if (!dir) continue;
        const top = dir.split('/node_modules/')[0];
        const stat = asar.statFile(appAsar, file.slice(1));
        if ('size' in stat) byPackage.set(top, (byPackage.get(top) ?? 0) + stat.size);
      }
      const largest = [...byPackage]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([dir, size]) => `${dir.replace('node_modules/', '')} ${mib(size)}`);
      return {
        notes: [
          `app.asar ${mib(fs.statSync(appAsar).size)} (${files.length} entries), app.asar.unpacked ${mib(folderSize(unpacked))}`,
          `largest packages: ${largest.join(', ')}`,
          `the whole package folder with the stand-in Electron: ${mib(folderSize(packageDir))}`,
        ],
      };
    });

    await check('the packaged main bundle, in Node with a stand-in electron, answers auth.status', () => {
      fs.mkdirSync(userData, { recursive: true });
      const childEnv = { ...process.env };
      for (const name of ['PRIVACY_DESK_DB', 'NODE_PATH', 'NODE_OPTIONS', 'ELECTRON_RUN_AS_NODE'])
        delete childEnv[name];
      const result = spawnSync(
        process.execPath,
        [path.join(projectRoot, 'scripts', 'run-packaged-main.cjs'), extracted, userData],
        { cwd: path.join(temp, 'run'), env: childEnv, encoding: 'utf8', timeout: 120_000 },
      );
      const last = (result.stdout ?? '').trim().split('\n').pop() ?? '';
      let summary;
      try {
        summary = JSON.parse(last);
      } catch {
        return {
          problems: [
            `the run printed no summary (exit ${result.status ?? result.signal})`,
            ...(result.stderr ?? '').trim().split('\n').slice(-20),
          ],
        };
      }
      const problems = [...summary.problems];
      if (result.status !== 0 && problems.length === 0) problems.push(`the run exited with ${result.status}`);
      if (!summary.nativeModules?.includes('node_modules/sqlite3/build/Release/node_sqlite3.node'))
        problems.push(`sqlite3's native module was not loaded from the package (${summary.nativeModules})`);
      return {
        problems,
        notes: summary.ok
          ? [
              `auth.status answered ${JSON.stringify(summary.authStatus)}`,
              `then auth.setup made the first administrator; a foreign frame was refused`,
              `loaded ${summary.loaded.files} files from ${summary.loaded.packages} packages, all inside the package; ` +
                `window page ${summary.window.page}, preload ${summary.window.preload}`,
            ]
          : [],
      };
    });

    await check('electron-forge make (deb) holds the app', () => {
      for (const tool of ['dpkg-deb', 'fakeroot']) {
        if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
          return { problems: [`${tool} is not installed (on Debian: apt-get install dpkg fakeroot)`] };
      }
      run(process.execPath, [forge, 'make', '--skip-package', '--targets', '@electron-forge/maker-deb'], {
        cwd: tree,
        env,
      });
      const debs = filesUnder(path.join(tree, 'out', 'make'))
        .filter((file) => file.endsWith('.deb'))
        .map((file) => path.join(tree, 'out', 'make', file));
      if (debs.length !== 1) return { problems: [`expected one .deb in out/make, found ${debs.length}`] };
      const [deb] = debs;
      const listing = run('dpkg-deb', ['-c', deb]).stdout;
      const paths = new Set(
        listing.split('\n').map((line) => line.split(/\s+/).slice(5).join(' ').split(' -> ')[0]),
      );
      const problems = [];
      for (const needed of [
        './usr/lib/privacy-desk/privacy-desk',
        './usr/lib/privacy-desk/resources/app.asar',
        './usr/lib/privacy-desk/resources/app.asar.unpacked/node_modules/sqlite3/build/Release/node_sqlite3.node',
        './usr/share/applications/privacy-desk.desktop',
      ]) {
        if (!paths.has(needed)) problems.push(`the .deb has no ${needed}`);
      }
      const fields = run('dpkg-deb', ['-f', deb, 'Package', 'Version', 'Architecture'])
        .stdout.trim()
        .split('\n');
      return {
        problems,
        notes: [
          `${path.relative(tree, deb)}, ${mib(fs.statSync(deb).size)}, ${paths.size} entries; ${fields.join(', ')}`,
        ],
      };
    });
  } finally {
    if (keep) process.stdout.write(`kept ${temp}\n`);
    else fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().then(finish, (error) => {
  record('package check', 'failed', [
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  ]);
  finish();
});
