import path from 'node:path';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { MakerDeb } from '@electron-forge/maker-deb';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { mainExternals } from './vite.main.config';
import { createPackagingIgnore } from './scripts/runtime-modules.cjs';

/**
 * The Electron fuses flipped in the packaged binary: no running as plain Node, no NODE_OPTIONS or
 * inspector arguments, cookies encrypted, and the app loaded only from an app.asar whose
 * integrity is checked.
 */
export const fuseSettings = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
} as const;

/**
 * `ELECTRON_ZIP_DIR` names a folder holding `electron-v<version>-<platform>-<arch>.zip`, which the
 * packager then uses instead of downloading Electron from github.com. The package check
 * (scripts/check-package.mjs) points it at a stand-in whose placeholder executable has no fuse
 * wire, so the fuses are left out in that case only.
 */
export function createForgeConfig(env: NodeJS.ProcessEnv = process.env): ForgeConfig {
  const electronZipDir = env.ELECTRON_ZIP_DIR?.trim() || undefined;
  return {
    packagerConfig: {
      name: 'Privacy Desk',
      executableName: 'privacy-desk',
      asar: { unpack: '**/*.node' },
      icon: 'assets/icon',
      ...(electronZipDir ? { electronZipDir: path.resolve(electronZipDir) } : {}),
      // What goes into app.asar: `package.json`, the Vite output in `.vite/`, and from node_modules
      // exactly the runtime closure of the main bundle (what it requires and the externals declared
      // in vite.main.config.ts, with their dependencies as Node resolves them), without tests,
      // source maps and build material; see scripts/runtime-modules.cjs. The packager's own pruning
      // is off: it would keep every production dependency, whether the app loads it or not.
      prune: false,
      // A symlinked node_modules (a git worktree's, or a linked package) is copied as files.
      derefSymlinks: true,
      ignore: createPackagingIgnore({
        projectRoot: __dirname,
        externals: mainExternals,
        bundleFile: path.join(__dirname, '.vite', 'build'),
      }),
    },
    // sqlite3 is a Node-API module: the same build loads in Node and Electron, so nothing is rebuilt
    // (a rebuild would try to download Electron headers, which these machines cannot reach).
    rebuildConfig: { onlyModules: [] },
    makers: [
      new MakerSquirrel({ name: 'PrivacyDesk' }),
      new MakerZIP({}, ['darwin']),
      new MakerDeb({ options: { name: 'privacy-desk', productName: 'Privacy Desk' } }),
    ],
    plugins: [
      new VitePlugin({
        build: [
          { entry: 'src/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
          { entry: 'src/main/core-process.ts', config: 'vite.main.config.ts', target: 'main' },
          { entry: 'src/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        ],
        renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
      }),
      ...(electronZipDir ? [] : [new FusesPlugin(fuseSettings)]),
    ],
  };
}

export default createForgeConfig();
