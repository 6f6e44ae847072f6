import { defineConfig } from 'vite';

/** Runtime modules the main bundle loads from node_modules (native code or dynamic requires). */
export const mainExternals = [
  'knex',
  'sqlite3',
  'electron-log',
  'pdfmake',
  'exceljs',
  'csv-stringify',
  'pg',
] as const;

export default defineConfig({
  build: {
    rollupOptions: {
      external: [...mainExternals, /^knex\//, /^electron-log\//, /^pdfmake\//, /^csv-stringify\//, /^pg\//],
      // The core loads pdfmake and exceljs on first use: keep that a require, as the rest of the
      // bundle is, rather than an ES import from inside the asar.
      output: { dynamicImportInCjs: false },
    },
  },
});
