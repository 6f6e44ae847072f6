import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';
import { mainExternals } from './vite.main.config';

/** Where the command-line tool's bundle goes (git-ignored); bin/privacy-desk.mjs runs it. */
export const cliOutDir = path.resolve(__dirname, '.cli');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `privacy-desk` as one CommonJS bundle of src/main/cli/main.ts (plus a chunk per lazily loaded
 * part), built by scripts/cli-bundle.mjs. It leaves out exactly what the main bundle leaves out
 * (native and large runtime modules, loaded from node_modules), so the two never disagree.
 */
export default defineConfig({
  root: __dirname,
  logLevel: 'warn',
  publicDir: false,
  resolve: { conditions: ['node'], mainFields: ['module', 'jsnext:main', 'jsnext'] },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: path.resolve(__dirname, 'src/main/cli/main.ts'),
    outDir: cliOutDir,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      external: [
        ...builtinModules.flatMap((name) => [name, `node:${name}`]),
        ...mainExternals,
        ...mainExternals.map((name) => new RegExp(`^${escape(name)}/`)),
      ],
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup drops; nothing is lost (the renderer build says the same).
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
      output: {
        format: 'cjs',
        entryFileNames: 'main.cjs',
        chunkFileNames: '[name]-[hash].cjs',
        // A lazily loaded part is required when its command runs, not imported as ES modules.
        dynamicImportInCjs: false,
      },
    },
  },
});
