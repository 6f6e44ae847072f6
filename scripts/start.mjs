// `npm start`: runs the app with electron-forge, after making sure the Electron binary exists.
// Where it cannot be downloaded (it comes from GitHub), say so plainly instead of a stack trace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import electronBinary from './electron-binary.cjs';

const { electronInstallScript, installedElectron, projectRoot } = electronBinary;

function explainMissingElectron(detail) {
  process.stderr.write(
    [
      '',
      'Privacy Desk cannot start: the Electron binary is not installed, and downloading it failed.',
      'Electron downloads its binary from github.com on first use; this machine could not reach it.',
      detail ? `(The download said: ${detail})` : '',
      '',
      'What you can do:',
      '  - on a machine with internet access, run `npm install` and then `npm start` again;',
      '  - or point ELECTRON_OVERRIDE_DIST_PATH at a folder holding an Electron 45 binary.',
      '',
      'Everything except the window itself works without it: `npm test` runs every test, and',
      '`npx privacy-desk --help` drives the same database from the command line.',
      '',
    ]
      .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
      .join('\n'),
  );
  process.exit(1);
}

if (!installedElectron()) {
  process.stdout.write('The Electron binary is missing; trying to download it…\n');
  const download = spawnSync(process.execPath, [electronInstallScript], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const output = `${download.stderr ?? ''}${download.stdout ?? ''}`;
  const firstLine = output.split('\n').find((line) => line.trim() && !line.trim().startsWith('at ')) ?? '';
  if (download.status !== 0 || !installedElectron()) explainMissingElectron(firstLine.trim().slice(0, 200));
}

const forge = path.join(projectRoot, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js');
if (!fs.existsSync(forge)) {
  process.stderr.write('electron-forge is not installed: run `npm install` first.\n');
  process.exit(1);
}
const appArgs = process.argv.slice(2);
const result = spawnSync(process.execPath, [forge, 'start', ...(appArgs.length ? ['--', ...appArgs] : [])], {
  stdio: 'inherit',
  cwd: projectRoot,
});
process.exit(result.status ?? 1);
