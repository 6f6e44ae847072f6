// `npm test`: every check CI runs, in order, with one summary line at the end.
// Static checks (types, lint, format), unit and integration tests (Vitest on the core against real
// SQLite files), end-to-end tests (Playwright in Debian's Chromium), and the Electron smoke test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import electronBinary from './electron-binary.cjs';

const { projectRoot } = electronBinary;

const bin = (name) => path.join(projectRoot, 'node_modules', '.bin', name);
const results = path.join(projectRoot, 'test-results');
fs.mkdirSync(results, { recursive: true });

const steps = [
  { name: 'types', command: [bin('tsc'), '--noEmit'] },
  { name: 'lint', command: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'format', command: [bin('prettier'), '--check', '.', '--log-level', 'warn'] },
  {
    name: 'unit and integration (Vitest)',
    command: [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/unit-results.json`,
    ],
    report: 'unit-results.json',
  },
  {
    name: 'end to end (Playwright, Chromium)',
    command: [bin('playwright'), 'test'],
    report: 'e2e-results.json',
  },
  {
    name: 'Electron smoke test',
    command: [bin('playwright'), 'test', '-c', 'tests/electron/playwright.config.ts'],
    report: 'electron-results.json',
  },
  {
    // Packages and makes the .deb with a stand-in Electron zip; see scripts/check-package.mjs.
    name: 'package (electron-forge package and make, with a stand-in Electron)',
    command: [process.execPath, 'scripts/check-package.mjs', '--report', `${results}/package-results.json`],
    report: 'package-results.json',
  },
];

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const skipReasons = [];

function countVitest(report) {
  totals.passed += report.numPassedTests ?? 0;
  totals.failed +=
    (report.numFailedTests ?? 0) +
    (report.numTotalTestSuites && report.success === false && !report.numFailedTests ? 1 : 0);
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(report) {
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'skipped') {
          totals.skipped += 1;
          for (const annotation of test.annotations ?? []) {
            if (annotation.type === 'skip' && annotation.description)
              skipReasons.push(`${spec.title}: ${annotation.description}`);
          }
        } else if (test.status === 'expected' || test.status === 'flaky') totals.passed += 1;
        else totals.failed += 1;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
}

function countPackageChecks(report) {
  totals.passed += report.passed ?? 0;
  totals.failed += report.failed ?? 0;
  totals.skipped += report.skipped ?? 0;
  for (const entry of report.checks ?? []) {
    if (entry.status === 'skipped') skipReasons.push(`${entry.name}: ${entry.details.join(' ')}`);
  }
}

for (const step of steps) {
  if (only.length > 0 && !only.some((word) => step.name.includes(word))) continue;
  process.stdout.write(`\n=== ${step.name}\n`);
  const reportFile = step.report ? path.join(results, step.report) : null;
  if (reportFile) fs.rmSync(reportFile, { force: true });
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', cwd: projectRoot });
  process.stdout.write(
    `--- ${step.name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  if (run.status !== 0) failedSteps.push(step.name);
  if (reportFile && fs.existsSync(reportFile)) {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    if (step.report === 'unit-results.json') countVitest(report);
    else if (step.report === 'package-results.json') countPackageChecks(report);
    else countPlaywright(report);
  } else if (reportFile && run.status !== 0) {
    totals.failed += 1;
  }
}

process.stdout.write('\n');
for (const reason of skipReasons) process.stdout.write(`skipped: ${reason}\n`);
if (failedSteps.length > 0) process.stdout.write(`failed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedSteps.length > 0 ? 1 : 0);
