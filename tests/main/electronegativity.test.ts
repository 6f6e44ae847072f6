import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Electron's own security checks (Doyensec's Electronegativity) on the source, through its
 * runner: its command line is broken by a missing dependency. No finding may be above low, and
 * every finding left, and every check disabled on a line after review (`eng-disable`), is
 * explained in docs/DEVELOPING.md.
 */
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}
type Runner = (options: {
  input: string;
  electronVersionOverride: string;
  isRelative: boolean;
  excludeFromScan: string[];
}) => Promise<{ issues: Issue[]; errors: Array<{ file: string; message: string; tolerable: boolean }> }>;

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);

describe('Electronegativity', () => {
  it(
    'finds nothing above low in the source, and every finding left is explained',
    { timeout: 120_000 },
    async () => {
      const run = require('@doyensec/electronegativity/dist/runner.js') as Runner;
      const electron = (
        JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
          devDependencies: Record<string, string>;
        }
      ).devDependencies.electron.replace(/^[^\d]*/, '');
      const result = await run({
        input: path.join(root, 'src'),
        electronVersionOverride: electron,
        isRelative: true,
        // It lists Electron releases from the network: the build machines have none, and the
        // version is held by package.json.
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      });
      const shown = (issue: Issue) =>
        `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) at ${issue.file}:${issue.location.line}: ${issue.description}`;
      expect(result.errors.filter((error) => !error.tolerable)).toEqual([]);
      expect(
        result.issues.filter((issue) => !['INFORMATIONAL', 'LOW'].includes(issue.severity.name)).map(shown),
      ).toEqual([]);

      const guide = fs.readFileSync(path.join(root, 'docs/DEVELOPING.md'), 'utf8');
      for (const issue of result.issues) expect(guide, shown(issue)).toContain(issue.id);
      const disabled = new Set<string>();
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else
            for (const match of fs.readFileSync(full, 'utf8').matchAll(/eng-disable[ \t]+([\w \t]+)/g))
              for (const id of match[1].trim().split(/\s+/)) disabled.add(id);
        }
      };
      walk(path.join(root, 'src'));
      expect([...disabled].sort()).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']);
      for (const id of disabled) expect(guide, id).toContain(id);
    },
  );
});
