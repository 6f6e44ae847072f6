import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/main/content-security-policy';

/** Writes the Content-Security-Policy into index.html: strict in builds, relaxed for the dev server. */
function contentSecurityPolicyPlugin(): Plugin {
  let mode: 'production' | 'development' = 'production';
  return {
    name: 'privacy-desk:csp',
    configResolved(config) {
      mode = config.command === 'serve' ? 'development' : 'production';
    },
    transformIndexHtml: (html) => html.replace('%PRIVACY_DESK_CSP%', contentSecurityPolicy(mode)),
  };
}

export default defineConfig({
  root: path.resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  build: {
    outDir: path.resolve(__dirname, '.vite/renderer/main_window'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
