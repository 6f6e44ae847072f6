// Where the Electron binary is, without require('electron') (whose first use tries to download it).
const fs = require('node:fs');
const path = require('node:path');

const projectRoot = path.resolve(__dirname, '..');
const electronDir = path.join(projectRoot, 'node_modules', 'electron');

/** The path of an installed Electron executable, or null when there is none. */
function installedElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return fs.existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronDir, 'dist', relative);
  return fs.existsSync(candidate) ? candidate : null;
}

module.exports = {
  installedElectron,
  projectRoot,
  electronInstallScript: path.join(electronDir, 'install.js'),
};
