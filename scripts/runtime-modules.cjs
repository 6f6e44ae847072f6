// What the packaged app ships from node_modules: the runtime closure of the main bundle.
//
// The Vite plugin bundles the main process except a few external modules (`mainExternals` in
// vite.main.config.ts: native code, dynamic requires, drivers knex loads by name). Those, and
// everything they depend on, are copied into app.asar; nothing else from node_modules is. The
// closure is found the way Node finds modules (each package's own node_modules first, then the
// folders above), so nested versions are shipped where they are needed.
//
// Used by forge.config.ts (the packager's ignore function) and by scripts/check-package.mjs.
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');

/**
 * Dependencies a package declares but needs only while it is installed, never at run time.
 * sqlite3 downloads (prebuild-install, tar) or compiles (node-gyp, the node-addon-api headers) its
 * native module with these; at run time it loads the compiled file through `bindings`.
 */
const installTimeOnly = {
  sqlite3: ['prebuild-install', 'node-gyp', 'tar', 'node-addon-api'],
};

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** The package a module specifier names: `csv-stringify/sync` -> `csv-stringify`, `@a/b/c` -> `@a/b`. */
function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The packages a built bundle requires by name, without Node's own modules and `electron`. Given the
 * build folder, every bundle in it (main.js, and core-process.js which the app forks).
 */
function bundleRequires(bundleFile) {
  if (!fs.existsSync(bundleFile)) {
    throw new Error(`${bundleFile} does not exist: build the main bundle before packaging it.`);
  }
  const files = fs.statSync(bundleFile).isDirectory()
    ? fs
        .readdirSync(bundleFile)
        .filter((name) => name.endsWith('.js'))
        .map((name) => path.join(bundleFile, name))
    : [bundleFile];
  const code = files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  const names = new Set();
  for (const match of code.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
    const specifier = match[1];
    if (builtins.has(specifier) || builtins.has(specifier.split('/')[0])) continue;
    const name = packageNameOf(specifier);
    if (name !== 'electron') names.add(name);
  }
  return [...names].sort();
}

function readManifest(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/**
 * Where `name` is found from the package in `fromDir` (relative to `root`, '' for the app itself),
 * as Node looks: `<dir>/node_modules/<name>` in `fromDir` and each folder above it, up to `root`.
 */
function resolvePackageDir(root, fromDir, name) {
  let dir = fromDir;
  for (;;) {
    if (path.basename(dir) !== 'node_modules') {
      const candidate = path.posix.join(dir, 'node_modules', name);
      if (fs.existsSync(path.join(root, candidate, 'package.json'))) return candidate;
    }
    if (dir === '' || dir === '.') return null;
    dir = path.posix.dirname(dir);
    if (dir === '.') dir = '';
  }
}

/**
 * The runtime closure of `roots`: a Map from each shipped package's folder (relative to `root`,
 * e.g. `node_modules/knex` or `node_modules/sqlite3/node_modules/tar`) to its name, version and
 * whether it holds native code. A missing required dependency is an error naming who needs it.
 */
function runtimeClosure(root, roots) {
  const shipped = new Map();
  const visit = (fromDir, name, neededBy, optional) => {
    // Type declarations (some packages list @types/node as a dependency) never run.
    if (name.startsWith('@types/')) return;
    const dir = resolvePackageDir(root, fromDir, name);
    if (!dir) {
      if (optional) return;
      throw new Error(
        `${neededBy} needs the package "${name}", which is not in ${path.join(root, 'node_modules')}. ` +
          'Run `npm ci` and package again.',
      );
    }
    if (shipped.has(dir)) return;
    const manifest = readManifest(path.join(root, dir));
    shipped.set(dir, {
      name,
      version: manifest.version,
      native: fs.existsSync(path.join(root, dir, 'binding.gyp')),
    });
    const skip = new Set(installTimeOnly[name] ?? []);
    const optionalPeers = manifest.peerDependenciesMeta ?? {};
    const required = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}).filter((peer) => !optionalPeers[peer]?.optional),
    ];
    for (const dep of required) if (!skip.has(dep)) visit(dir, dep, `${name}@${manifest.version}`, false);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {}))
      if (!skip.has(dep)) visit(dir, dep, `${name}@${manifest.version}`, true);
  };
  for (const name of roots) visit('', name, 'the main bundle', false);
  return shipped;
}

/** The modules the packaged app starts from: what the bundle requires and the declared externals. */
function runtimeRoots(bundleFile, externals) {
  return [...new Set([...bundleRequires(bundleFile), ...externals])].sort();
}

// Files inside a shipped package that the app never loads.
const testFolder = /(^|\/)(test|tests|__tests__|__mocks__|benchmarks?|examples?)(\/|$)/;
const notRuntime = /(\.map|\.tsbuildinfo|\.[cm]?ts|\.tsx|\.sqlite3(-\w+)?)$/;
const buildMaterial = /(\.(c|cc|cpp|h|hpp|o|a|gyp|gypi|mk)|(^|\/)Makefile)$/;
const docs = /\.(md|markdown)$/i;
const licence = /^(licen[cs]e|notice|copying)/i;
// A package with binding.gyp is compiled on install: ship its .node file, not the sources and
// the build tree around it.
const nativeBuildTree =
  /^(deps|src|binding\.gyp|node-addon-api|build(?!$|\/Release$|\/Release\/[^/]+\.node$))(\/|$)/;

/** Whether a file (relative to its package folder) is left out of the package. */
function isUnshippedFile(fileInPackage, native) {
  if (testFolder.test(fileInPackage) || notRuntime.test(fileInPackage)) return true;
  if (buildMaterial.test(fileInPackage)) return true;
  if (docs.test(fileInPackage) && !licence.test(path.posix.basename(fileInPackage))) return true;
  return native && nativeBuildTree.test(fileInPackage);
}

/**
 * Splits `node_modules/a/node_modules/@s/b/lib/x.js` into the deepest package folder it is in
 * (`node_modules/a/node_modules/@s/b`) and the rest (`lib/x.js`). A folder that only holds
 * packages (`node_modules`, `node_modules/@s`, `node_modules/a/node_modules`) has no package.
 */
function splitPackagePath(relative) {
  const parts = relative.split('/');
  let packageEnd = -1;
  for (let i = 0; i < parts.length; i += 1) {
    if (parts[i] !== 'node_modules') continue;
    const nameLength = parts[i + 1]?.startsWith('@') ? 2 : 1;
    if (i + nameLength < parts.length) {
      packageEnd = i + nameLength;
      i = packageEnd;
    } else return { packageDir: null, rest: '' };
  }
  if (packageEnd < 0) return { packageDir: null, rest: '' };
  return {
    packageDir: parts.slice(0, packageEnd + 1).join('/'),
    rest: parts.slice(packageEnd + 1).join('/'),
  };
}

/**
 * The packager's `ignore` function: true for every path (relative to the app folder, starting
 * with '/') that is left out. The app ships `package.json`, the Vite output in `.vite/` and the
 * runtime closure of the main bundle; the closure is computed on first use, after the Vite plugin
 * has built the bundle.
 */
function createPackagingIgnore({ projectRoot, externals, bundleFile }) {
  let shipped = null;
  let containers = null;
  const closure = () => {
    if (!shipped) {
      shipped = runtimeClosure(projectRoot, runtimeRoots(bundleFile, externals));
      containers = new Set();
      for (const dir of shipped.keys()) {
        const parts = dir.split('/');
        for (let i = 1; i < parts.length; i += 1) containers.add(parts.slice(0, i).join('/'));
      }
    }
    return { shipped, containers };
  };
  return (file) => {
    if (!file) return false;
    if (file === '/package.json') return false;
    if (file === '/.vite' || file.startsWith('/.vite/')) return isUnshippedFile(file.slice(1), false);
    if (file !== '/node_modules' && !file.startsWith('/node_modules/')) return true;
    const relative = file.slice(1);
    const { shipped: packages, containers: folders } = closure();
    const { packageDir, rest } = splitPackagePath(relative);
    if (!packageDir) return !folders.has(relative);
    const entry = packages.get(packageDir);
    if (!entry) return true;
    return rest !== '' && isUnshippedFile(rest, entry.native);
  };
}

module.exports = {
  bundleRequires,
  createPackagingIgnore,
  installTimeOnly,
  isUnshippedFile,
  packageNameOf,
  runtimeClosure,
  runtimeRoots,
  splitPackagePath,
};
