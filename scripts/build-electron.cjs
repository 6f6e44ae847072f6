// Builds main, preload and renderer exactly as electron-forge's Vite plugin does for `npm start`
// and packaging, without needing the Electron binary. Used by the bundle test and the smoke test.
const path = require('node:path');
const { projectRoot } = require('./electron-binary.cjs');

async function buildElectronApp({ renderer = true } = {}) {
  const { build } = await import('vite');
  const ViteConfigGenerator = require('@electron-forge/plugin-vite/dist/ViteConfig.js').default;
  const pluginConfig = {
    build: [
      { entry: 'src/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
      { entry: 'src/main/core-process.ts', config: 'vite.main.config.ts', target: 'main' },
      { entry: 'src/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
    ],
    renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
  };
  const generator = new ViteConfigGenerator(pluginConfig, projectRoot, true);
  const configs = [
    ...(await generator.getBuildConfigs()),
    ...(renderer ? await generator.getRendererConfig() : []),
  ];
  for (const config of configs) await build({ ...config, configFile: false, logLevel: 'warn' });
  return path.join(projectRoot, '.vite');
}

module.exports = { buildElectronApp };

if (require.main === module) {
  buildElectronApp().then((out) => process.stdout.write(`built into ${out}\n`));
}
