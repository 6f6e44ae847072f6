// The command-line tool's bundle in .cli/: src/main/cli/main.ts built by Vite (vite.cli.config.ts)
// into main.cjs and a chunk per lazily loaded part, with build.json beside it naming every file
// the bundle was built from (sources, bundled packages, the build's own configuration) with its
// size, modification time and one SHA-256 over all their contents.
//
// bin/privacy-desk.mjs asks `cliBundleState()` before each run: a stat of every listed file, so
// a few milliseconds (`npm run bench:cli` measures it). Only when a file's size or time differs are
// the contents hashed again, so a checkout that touches files without changing them costs one hash
// and no build. When the sources did change, `ensureCliBundle()` rebuilds first (a few seconds).
//
// `node scripts/cli-bundle.mjs` builds it (npm's `prepare`, so `npm install` and `npm ci` do);
// with --if-stale only when the sources changed (scripts/test.mjs, before the tests).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Loaded only to hash, which most runs never do: node:crypto takes a good part of the check's time.
const crypto = () => createRequire(import.meta.url)('node:crypto');

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliDir = path.join(projectRoot, '.cli');
export const cliEntry = path.join(cliDir, 'main.cjs');
const infoFile = path.join(cliDir, 'build.json');
const lockFile = path.join(cliDir, 'build.lock');
const infoVersion = 1;

/** What shapes the bundle besides the modules in it. */
const buildFiles = ['vite.cli.config.ts', 'vite.main.config.ts', 'package.json', 'scripts/cli-bundle.mjs'];

/** Files inside the project by their path from its root; others (a linked node_modules) as they are. */
function listedPath(file) {
  const relative = path.relative(projectRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/** Chunks of an earlier build stay this long, for a run that started on it and loads one late. */
const oldChunkGraceMs = 10 * 60_000;

function readInfo() {
  try {
    const info = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
    return info && info.version === infoVersion && Array.isArray(info.files) ? info : null;
  } catch {
    return null;
  }
}

function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/** One SHA-256 over the path and content of every file, in the order given. */
function contentHash(relativeFiles) {
  const hash = crypto().createHash('sha256');
  for (const relative of relativeFiles) {
    hash.update(`${relative}\0`);
    hash.update(fs.readFileSync(path.resolve(projectRoot, relative)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Whether .cli/ was built from the sources as they are now: `{ current: true }`, or
 * `{ current: false, reason }` saying what is missing or changed.
 */
export function cliBundleState() {
  const info = readInfo();
  if (!info || !fs.existsSync(cliEntry)) return { current: false, reason: 'it has not been built yet' };
  if (!info.hash) return { current: false, reason: 'a source changed while it was being built' };
  let touched = null;
  for (const [relative, size, mtimeMs] of info.files) {
    const stat = fs.statSync(path.resolve(projectRoot, relative), { throwIfNoEntry: false });
    if (!stat) return { current: false, reason: `${relative} is gone` };
    if (stat.size !== size) return { current: false, reason: `${relative} changed` };
    if (stat.mtimeMs !== mtimeMs) touched ??= relative;
  }
  if (!touched) return { current: true };
  // Touched is not changed (a checkout, an editor saving the same text): compare the contents.
  let hash;
  try {
    hash = contentHash(info.files.map(([relative]) => relative));
  } catch {
    return { current: false, reason: `${touched} is unreadable` };
  }
  if (hash !== info.hash) return { current: false, reason: `${touched} changed` };
  try {
    // The same contents: remember the new times, so the next start is a stat again, not a hash.
    const files = info.files.map(([relative]) => {
      const stat = fs.statSync(path.resolve(projectRoot, relative));
      return [relative, stat.size, stat.mtimeMs];
    });
    writeAtomically(infoFile, JSON.stringify({ ...info, files }));
  } catch {
    // Read-only or racing with a build: the check stays correct, only slower next time.
  }
  return { current: true };
}

/** The content hash over every file the bundle was built from (for bench/cli-start.mjs). */
export function hashCliInputs() {
  const info = readInfo();
  if (!info) throw new Error('The command-line tool has not been built yet.');
  const files = info.files.map(([relative]) => relative);
  return { inputs: files.length, hash: contentHash(files) };
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** One build at a time: a second process waits for the first, then finds the bundle current. */
async function lock() {
  fs.mkdirSync(cliDir, { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder;
    let age;
    try {
      holder = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
      age = Date.now() - fs.statSync(lockFile).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // A build that died (or one stuck for two minutes) leaves its lock behind.
    if ((holder > 0 && !isRunning(holder)) || age > 120_000) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Builds .cli/ (unless `ifStale` and it is current once the lock is ours). Files are written under
 * temporary names and renamed, the entry and build.json last, so a run starting meanwhile sees the
 * old bundle or the new one, never half of one.
 */
export async function buildCli({ ifStale = false } = {}) {
  const release = await lock();
  try {
    if (ifStale && cliBundleState().current) return { built: false };
    const started = Date.now();
    const { build } = await import('vite');
    const result = await build({
      configFile: path.join(projectRoot, 'vite.cli.config.ts'),
      logLevel: 'warn',
      build: { write: false },
    });
    const { output } = Array.isArray(result) ? result[0] : result;
    const modules = new Set();
    let entry = null;
    for (const item of output) {
      if (item.type === 'chunk') item.moduleIds.forEach((id) => modules.add(id.split('?')[0]));
      if (item.type === 'chunk' && item.isEntry) entry = item;
      else writeAtomically(path.join(cliDir, item.fileName), item.type === 'chunk' ? item.code : item.source);
    }
    if (!entry || path.join(cliDir, entry.fileName) !== cliEntry)
      throw new Error('The CLI build made no main.cjs');
    writeAtomically(cliEntry, entry.code);

    const inputs = [
      ...new Set([
        ...buildFiles,
        ...[...modules]
          .filter((id) => !id.startsWith('\0') && path.isAbsolute(id) && fs.existsSync(id))
          .map(listedPath),
      ]),
    ].sort();
    const files = inputs.map((relative) => {
      const stat = fs.statSync(path.resolve(projectRoot, relative));
      return [relative, stat.size, stat.mtimeMs];
    });
    // A file saved during the build may or may not be in the bundle: then the next run rebuilds.
    const changedMeanwhile = files.some(([, , mtimeMs]) => mtimeMs >= started);
    writeAtomically(
      infoFile,
      JSON.stringify({
        version: infoVersion,
        builtAt: new Date().toISOString(),
        hash: changedMeanwhile ? null : contentHash(inputs),
        files,
      }),
    );

    const current = new Set(output.map((item) => item.fileName));
    for (const name of fs.readdirSync(cliDir)) {
      if (!name.endsWith('.cjs') || current.has(name)) continue;
      const file = path.join(cliDir, name);
      if (Date.now() - fs.statSync(file).mtimeMs > oldChunkGraceMs) fs.rmSync(file, { force: true });
    }
    return { built: true, seconds: (Date.now() - started) / 1000, inputs: inputs.length };
  } finally {
    release();
  }
}

/**
 * The bundle's entry, rebuilt first when the sources changed since it was built. Where it cannot
 * be rebuilt (Vite missing in an install without development packages) an existing bundle runs,
 * with a warning.
 */
export async function ensureCliBundle({ report = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const state = cliBundleState();
  if (state.current) return cliEntry;
  report(`privacy-desk: building the command-line tool first, as ${state.reason} (a few seconds)`);
  try {
    await buildCli({ ifStale: true });
  } catch (error) {
    if (!fs.existsSync(cliEntry)) {
      throw new Error(
        `The command-line tool is not built and could not be built (${error.message}). ` +
          `Run \`npm install\` in ${projectRoot}, which builds it.`,
      );
    }
    report(`privacy-desk: the rebuild failed, so this runs the last build: ${error.message}`);
  }
  return cliEntry;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  try {
    const result = await buildCli({ ifStale });
    process.stdout.write(
      result.built
        ? `built the command-line tool into .cli/ from ${result.inputs} files in ${result.seconds.toFixed(1)} s\n`
        : 'the command-line tool in .cli/ is current\n',
    );
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && /'vite'/.test(error.message)) {
      // `npm install --omit=dev`: nothing to build with; the tool says so when it is run.
      process.stdout.write('Vite is not installed, so the command-line tool was not built.\n');
    } else {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exitCode = 1;
    }
  }
}
