// Runs a packaged app's main bundle in plain Node, with a stand-in for the `electron` module, as far
// as this machine can start the app without the Electron binary: the main bundle loads its modules
// from the package, opens the core on a fresh database in the given user-data folder, creates its
// window, and answers the renderer's first calls through the real `api:invoke` IPC handler.
//
//   node scripts/run-packaged-main.cjs <extracted app.asar folder> <empty user-data folder>
//
// Used by scripts/check-package.mjs. Every module the bundle loads must resolve inside the package;
// the last line printed is a JSON summary. Exit status 0 only when everything held.
'use strict';
const childProcess = require('node:child_process');
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const [appDir, userData] = process.argv.slice(2).map((arg) => path.resolve(arg));
if (!appDir || !userData) {
  process.stderr.write('usage: node scripts/run-packaged-main.cjs <app folder> <user-data folder>\n');
  process.exit(2);
}

const problems = [];
const fail = (message) => {
  problems.push(message);
  process.stderr.write(`run-packaged-main: ${message}\n`);
};
const isInside = (file, folder) => file === folder || file.startsWith(`${folder}${path.sep}`);

/** An object that throws a clear error when the app uses something the stand-in does not offer. */
function strict(name, target) {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.get(object, property, receiver);
      if (['__esModule', 'default', 'then', 'toJSON', 'inspect'].includes(property)) return undefined;
      const message =
        `the main process uses ${name}.${property}, which the stand-in electron module in ` +
        'scripts/run-packaged-main.cjs does not have: add it there';
      fail(message);
      throw new Error(message);
    },
  });
}

// --- the stand-in `electron` module --------------------------------------------------------------

let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));
let nextContentsId = 1;
const ipcHandlers = new Map();
const windows = [];
const errorBoxes = [];
// The utility process reports the files it loaded when it ends, so its modules are checked too.
const childReporter = path.join(userData, 'report-loaded-modules.cjs');
fs.mkdirSync(userData, { recursive: true });
fs.writeFileSync(
  childReporter,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.PRIVACY_DESK_LOADED_REPORT, " +
    'JSON.stringify(Object.keys(require.cache))));\n',
);

const shown = { menu: null, openedPaths: [], openedUrls: [], permissionHandlers: {}, utilityProcesses: [] };

class StandInWebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextContentsId++;
    this.sent = [];
    this.windowOpenHandler = null;
    return strict('webContents', this);
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return false;
  }
}

class StandInBrowserWindow extends EventEmitter {
  static getAllWindows() {
    return [...windows];
  }
  constructor(options = {}) {
    super();
    this.options = options;
    this.webContents = new StandInWebContents();
    this.loaded = null;
    const proxy = strict('BrowserWindow', this);
    windows.push(proxy);
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    return proxy;
  }
  loadFile(file) {
    this.loaded = { file: path.resolve(file) };
    return Promise.resolve();
  }
  loadURL(url) {
    this.loaded = { url };
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
}

const appManifest = JSON.parse(fs.readFileSync(path.join(appDir, 'package.json'), 'utf8'));
const app = new EventEmitter();
Object.assign(app, {
  isPackaged: true,
  name: appManifest.productName ?? appManifest.name,
  setName(name) {
    app.name = name;
  },
  getName: () => app.name,
  getVersion: () => appManifest.version,
  getAppPath: () => appDir,
  getPath(name) {
    if (name === 'userData') return userData;
    if (['appData', 'home', 'temp', 'logs', 'documents', 'downloads', 'desktop'].includes(name))
      return path.join(userData, `stand-in-${name}`);
    throw new Error(`app.getPath('${name}') is not a path Electron knows`);
  },
  requestSingleInstanceLock: () => true,
  whenReady: () => ready,
  isReady: () => app.readyNow === true,
  quit() {
    app.quitting = true;
    app.emit('before-quit', { preventDefault() {} });
    app.emit('will-quit', { preventDefault() {} });
    app.emit('quit', { preventDefault() {} }, 0);
  },
  exit() {
    app.quit();
  },
});

const ipcMain = new EventEmitter();
Object.assign(ipcMain, {
  handle(channel, handler) {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  },
  removeHandler(channel) {
    ipcHandlers.delete(channel);
  },
});

const electron = strict('electron', {
  app: strict('app', app),
  BrowserWindow: StandInBrowserWindow,
  ipcMain: strict('ipcMain', ipcMain),
  session: {
    defaultSession: strict('session.defaultSession', {
      setPermissionRequestHandler(handler) {
        shown.permissionHandlers.request = handler;
      },
      setPermissionCheckHandler(handler) {
        shown.permissionHandlers.check = handler;
      },
    }),
  },
  Menu: strict('Menu', {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu(menu) {
      shown.menu = menu;
    },
  }),
  dialog: strict('dialog', {
    showErrorBox(title, message) {
      errorBoxes.push(`${title}: ${message}`);
    },
  }),
  shell: strict('shell', {
    openPath: async (file) => {
      shown.openedPaths.push(file);
      return '';
    },
    openExternal: async (url) => {
      shown.openedUrls.push(url);
    },
  }),
  Notification: class {
    static isSupported() {
      return false;
    }
  },
  // The core runs in a utility process; here a Node child process with the same message port.
  utilityProcess: strict('utilityProcess', {
    fork(modulePath, args = [], options = {}) {
      if (!isInside(modulePath, appDir)) fail(`utilityProcess.fork of ${modulePath}, outside the package`);
      const child = childProcess.fork(modulePath, args, {
        serialization: 'advanced',
        execArgv: ['--require', childReporter],
        env: { ...process.env, PRIVACY_DESK_LOADED_REPORT: path.join(userData, `loaded-${Date.now()}.json`) },
        stdio: options.stdio === 'inherit' ? 'inherit' : ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      shown.utilityProcesses.push(path.relative(appDir, modulePath));
      const standIn = new EventEmitter();
      child.on('message', (message) => standIn.emit('message', message));
      child.on('exit', (code) => standIn.emit('exit', code));
      return Object.assign(standIn, {
        postMessage: (message) => child.send(message),
        kill: () => child.kill(),
        pid: child.pid,
      });
    },
  }),
  safeStorage: strict('safeStorage', {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(`stand-in:${text}`, 'utf8'),
    decryptString: (buffer) => buffer.toString('utf8').replace(/^stand-in:/, ''),
  }),
});

// --- loading the package, and only the package -----------------------------------------------------

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, parent, isMain);
};
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveFilename(request, parent, ...rest) {
  const resolved = originalResolve.call(this, request, parent, ...rest);
  const fromPackage = parent?.filename && isInside(parent.filename, appDir);
  if (fromPackage && path.isAbsolute(resolved) && !isInside(resolved, appDir)) {
    fail(`${parent.filename} loaded "${request}" from outside the package: ${resolved}`);
  }
  return resolved;
};

async function until(condition, what, timeoutMs = 60_000) {
  const started = Date.now();
  while (!condition()) {
    if (errorBoxes.length > 0) throw new Error(`the app showed an error instead: ${errorBoxes.join('; ')}`);
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main() {
  const manifestMain = path.join(appDir, appManifest.main ?? 'index.js');
  if (!fs.existsSync(manifestMain))
    throw new Error(`package.json names ${appManifest.main}, which is not in the package`);
  require(manifestMain);
  app.readyNow = true;
  app.emit('ready', { preventDefault() {} }, {});
  readyResolve();

  await until(() => ipcHandlers.has('api:invoke') && windows.length > 0, 'the IPC handler and the window');
  const window = windows[0];
  const summary = { channels: [...ipcHandlers.keys()] };

  // The window as main creates it: sandboxed, isolated, with the packaged preload and renderer.
  const prefs = window.options.webPreferences ?? {};
  if (prefs.sandbox !== true || prefs.contextIsolation !== true || prefs.nodeIntegration !== false)
    fail(`the window is not sandboxed and isolated: ${JSON.stringify(prefs)}`);
  if (!prefs.preload || !isInside(path.resolve(prefs.preload), appDir) || !fs.existsSync(prefs.preload))
    fail(`the window's preload ${prefs.preload} is not in the package`);
  const page = window.loaded?.file;
  if (!page || !isInside(page, appDir) || !fs.existsSync(page))
    fail(`the window loads ${JSON.stringify(window.loaded)}, which is not a file in the package`);
  if (!shown.menu) fail('no application menu was set');
  summary.window = {
    preload: path.relative(appDir, prefs.preload ?? ''),
    page: page && path.relative(appDir, page),
  };

  // The hardening main installs for every web contents.
  const navigation = (url) => {
    let prevented = false;
    window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  if (!navigation('https://example.com/'))
    fail('navigating the window to https://example.com/ was not blocked');
  if (page && navigation(pathToFileURL(page).href)) fail('navigating within the renderer was blocked');
  const permission = await new Promise(
    (resolve) =>
      shown.permissionHandlers.request?.(window.webContents, 'media', resolve) ?? resolve('no handler'),
  );
  if (permission !== false) fail(`a permission request was answered ${permission}, not refused`);

  // The renderer's first calls, through the real handler, as a frame at the packaged page.
  const invoke = ipcHandlers.get('api:invoke');
  const fromRenderer = {
    senderFrame: { url: page ? pathToFileURL(page).href : '' },
    sender: window.webContents,
  };
  // A new desk: the window asks where the data lives, and the person chooses this computer.
  const desk = await invoke(fromRenderer, 'desk.status', {});
  if (!desk?.ok || desk.data.configured !== false)
    fail(`desk.status on a new desk answered ${JSON.stringify(desk)}`);
  const chosen = await invoke(fromRenderer, 'desk.useThisComputer', {});
  if (!chosen?.ok || chosen.data.mode !== 'this-computer')
    fail(`desk.useThisComputer answered ${JSON.stringify(chosen)}`);
  if (!shown.utilityProcesses.includes('.vite/build/core-process.js'))
    fail(`the core was not started in its utility process: ${JSON.stringify(shown.utilityProcesses)}`);
  const status = await invoke(fromRenderer, 'auth.status', {});
  if (!status?.ok || status.data.setupRequired !== true || status.data.user !== null)
    fail(`auth.status on a fresh database answered ${JSON.stringify(status)}`);
  summary.authStatus = status;
  const setup = await invoke(fromRenderer, 'auth.setup', {
    username: 'package.check',
    displayName: 'Package Check',
    password: 'a long enough password',
  });
  if (!setup?.ok || setup.data.user?.username !== 'package.check')
    fail(`auth.setup answered ${JSON.stringify(setup)}`);
  const after = await invoke(fromRenderer, 'auth.status', {});
  if (!after?.ok || after.data.setupRequired !== false || after.data.user?.displayName !== 'Package Check')
    fail(`auth.status after the setup answered ${JSON.stringify(after)}`);
  const stranger = await invoke(
    { senderFrame: { url: 'https://example.com/' }, sender: window.webContents },
    'auth.status',
    {},
  );
  if (stranger?.ok !== false || stranger.error?.code !== 'FORBIDDEN')
    fail(`a call from a foreign frame answered ${JSON.stringify(stranger)}`);

  app.quit();
  await until(
    () => fs.readdirSync(userData).some((name) => /^loaded-\d+\.json$/.test(name)),
    'the core process to end',
    20_000,
  );

  const database = path.join(userData, 'privacy-desk.sqlite3');
  if (!fs.existsSync(database)) fail(`no database was created at ${database}`);
  const log = path.join(userData, 'logs', 'main.log');
  if (!fs.existsSync(log) || !fs.readFileSync(log, 'utf8').includes('Privacy Desk started'))
    fail(`the app wrote no start line to ${log}`);

  const fromChildren = fs
    .readdirSync(userData)
    .filter((name) => /^loaded-\d+\.json$/.test(name))
    .flatMap((name) => JSON.parse(fs.readFileSync(path.join(userData, name), 'utf8')))
    .filter((file) => file !== childReporter);
  for (const file of fromChildren)
    if (!isInside(file, appDir)) fail(`the core process loaded ${file}, from outside the package`);
  if (fromChildren.length === 0) fail('the core process reported no modules: did it run?');
  const loaded = [
    ...new Set([...Object.keys(require.cache).filter((file) => isInside(file, appDir)), ...fromChildren]),
  ];
  const packages = new Set(
    loaded
      .map((file) =>
        /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path.relative(appDir, file).split(path.sep).join('/')),
      )
      .filter(Boolean)
      .map((match) => match[1]),
  );
  summary.loaded = { files: loaded.length, packages: packages.size };
  summary.nativeModules = loaded
    .filter((file) => file.endsWith('.node'))
    .map((file) => path.relative(appDir, file));
  summary.database = path.relative(userData, database);
  return summary;
}

main().then(
  (summary) => {
    process.stdout.write(`${JSON.stringify({ ok: problems.length === 0, problems, ...summary })}\n`);
    process.exit(problems.length === 0 ? 0 : 1);
  },
  (error) => {
    fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.stdout.write(`${JSON.stringify({ ok: false, problems })}\n`);
    process.exit(1);
  },
);
