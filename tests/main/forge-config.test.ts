import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ForgeConfig, ResolvedForgeConfig } from '@electron-forge/shared-types';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { createForgeConfig, fuseSettings } from '../../forge.config';

// The fuse wire as Electron 45 ships it: the sentinel, version 1, eight fuses ('0' off, '1' on).
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const shippedWire = '10110001';
const on = '1'.charCodeAt(0);
const off = '0'.charCodeAt(0);

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function fusesPluginOf(config: ForgeConfig): FusesPlugin | undefined {
  return config.plugins?.find((plugin): plugin is FusesPlugin => plugin instanceof FusesPlugin);
}

/** Runs the fuses plugin's hook as forge does right after copying the app into a package. */
async function flipFusesAsForgeDoes(config: ForgeConfig, resourcesApp: string): Promise<void> {
  const hook = fusesPluginOf(config)?.getHooks().packageAfterCopy as unknown as (
    this: unknown,
    config: ResolvedForgeConfig,
    buildPath: string,
    electronVersion: string,
    platform: string,
    arch: string,
  ) => Promise<void>;
  await hook.call(undefined, config as ResolvedForgeConfig, resourcesApp, '45.4.1', 'linux', 'x64');
}

/** A Linux package folder whose `electron` executable carries the fuse wire (and nothing else). */
function fakePackagedElectron(): { executable: string; resourcesApp: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-fuses-'));
  folders.push(dir);
  const executable = path.join(dir, 'electron');
  fs.writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from('\x7fELF placeholder before the wire '),
      Buffer.from(sentinel),
      Buffer.from([1, shippedWire.length]),
      Buffer.from(shippedWire),
      Buffer.from(' placeholder after the wire'),
    ]),
  );
  const resourcesApp = path.join(dir, 'resources', 'app');
  fs.mkdirSync(resourcesApp, { recursive: true });
  return { executable, resourcesApp };
}

describe('the Electron fuses of the packaged app', () => {
  it('turn off running as Node, NODE_OPTIONS and inspector arguments, and load only a checked app.asar', () => {
    expect(fuseSettings).toMatchObject({
      version: '1',
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('are flipped in the executable by the fuses plugin of the real configuration', async () => {
    const { executable, resourcesApp } = fakePackagedElectron();
    await flipFusesAsForgeDoes(createForgeConfig({}), resourcesApp);

    const wire = await getCurrentFuseWire(executable);
    expect(wire[FuseV1Options.RunAsNode]).toBe(off);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(on);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    // Fuses the settings do not name keep Electron's own value.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(off);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(on);
  });

  it('are applied, and Electron is downloaded as usual, when ELECTRON_ZIP_DIR is not set', () => {
    for (const env of [{}, { ELECTRON_ZIP_DIR: '' }, { ELECTRON_ZIP_DIR: '  ' }]) {
      const config = createForgeConfig(env);
      expect(fusesPluginOf(config)).toBeDefined();
      expect(config.packagerConfig).not.toHaveProperty('electronZipDir');
    }
  });

  it('are left out only when ELECTRON_ZIP_DIR names a stand-in Electron zip, which the packager then uses', () => {
    const config = createForgeConfig({ ELECTRON_ZIP_DIR: 'stand-in/zips' });
    expect(config.packagerConfig?.electronZipDir).toBe(path.resolve('stand-in/zips'));
    expect(fusesPluginOf(config)).toBeUndefined();
    expect(config.plugins?.map((plugin) => (plugin as { name: string }).name)).toEqual(['vite']);
  });

  it('fail loudly on a binary without a fuse wire, which is why the stand-in leaves them out', async () => {
    const { executable, resourcesApp } = fakePackagedElectron();
    fs.writeFileSync(executable, '#!/bin/sh\necho stand-in\n');
    await expect(flipFusesAsForgeDoes(createForgeConfig({}), resourcesApp)).rejects.toThrow(
      /Could not find sentinel/,
    );
  });
});
