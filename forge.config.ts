import fs from 'node:fs';
import path from 'node:path';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { MakerDeb } from '@electron-forge/maker-deb';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { mainExternals } from './vite.main.config';

/**
 * The Vite plugin packs only `.vite/`. The main bundle leaves knex, sqlite3 and a few other
 * runtime modules external, so they and everything they depend on are shipped from node_modules.
 */
function runtimeModuleClosure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const manifest = path.join(__dirname, 'node_modules', name, 'package.json');
    if (!fs.existsSync(manifest)) return;
    seen.add(name);
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep);
  };
  roots.forEach(visit);
  return seen;
}

const shippedModules = runtimeModuleClosure(mainExternals);

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
      ignore: (file: string) => {
        if (!file) return false;
        if (file === '/package.json' || file.startsWith('/.vite')) return false;
        const match = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
        if (match) return !shippedModules.has(match[1]) && file !== '/node_modules';
        return true;
      },
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
          { entry: 'src/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        ],
        renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
      }),
      ...(electronZipDir ? [] : [new FusesPlugin(fuseSettings)]),
    ],
  };
}

export default createForgeConfig();
