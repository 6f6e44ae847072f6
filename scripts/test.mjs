// `npm test`: every check CI runs, in order, with one summary line at the end.
// Static checks (types, lint, format, side by side), the builds the tests use (the CLI bundle and
// the app's main, preload and renderer, once), unit and integration tests (Vitest on the core
// against real SQLite files and a throwaway PostgreSQL server), end-to-end tests (Playwright in
// Debian's Chromium), the package check, and the Electron smoke test. `npm test -- WORD` runs only the steps (or checks) whose name contains the word.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import electronBinary from './electron-binary.cjs';

const { projectRoot } = electronBinary;

const bin = (name) => path.join(projectRoot, 'node_modules', '.bin', name);
const results = path.join(projectRoot, 'test-results');
fs.mkdirSync(results, { recursive: true });

/**
 * A step is one command, or several run side by side (`parallel`: each of them is single-threaded,
 * so two cores run two at once). `provides` goes into the environment of the later steps once the
 * step succeeded.
 */
const steps = [
  {
    name: 'static checks',
    parallel: [
      { name: 'types', command: [bin('tsc'), '--noEmit'] },
      { name: 'lint', command: [bin('eslint'), '.', '--max-warnings', '0'] },
      { name: 'format', command: [bin('prettier'), '--check', '.', '--log-level', 'warn'] },
    ],
  },
  {
    // What the tests run: the CLI bundle (rebuilt only if the sources changed since `npm install`
    // built it) and the app's bundles, which the bundle test inspects and the end-to-end tests
    // serve, built once instead of once by each.
    name: 'build for the tests',
    parallel: [
      {
        name: 'CLI bundle',
        command: [process.execPath, path.join(projectRoot, 'scripts/cli-bundle.mjs'), '--if-stale'],
      },
      {
        name: 'app bundles',
        command: [process.execPath, path.join(projectRoot, 'scripts/build-electron.cjs')],
      },
    ],
    provides: { PRIVACY_DESK_APP_BUILT: '1' },
  },
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
    // Packages and makes the .deb with a stand-in Electron zip; see scripts/check-package.mjs.
    name: 'package (electron-forge package and make, with a stand-in Electron)',
    command: [process.execPath, 'scripts/check-package.mjs', '--report', `${results}/package-results.json`],
    report: 'package-results.json',
  },
  {
    name: 'Electron smoke test',
    command: [bin('playwright'), 'test', '-c', 'tests/electron/playwright.config.ts'],
    report: 'electron-results.json',
  },
];

const runStarted = Date.now();
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

const seconds = (started) => ((Date.now() - started) / 1000).toFixed(1);
const env = { ...process.env };

/** Runs one command: its output goes straight through, or is kept to be printed whole (`quiet`). */
function runCommand(command, quiet) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command[0], command.slice(1), {
      cwd: projectRoot,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (status) => resolve({ status, output, seconds: seconds(started) }));
  });
}

const selected = (name) => only.length === 0 || only.some((word) => name.includes(word));

for (const step of steps) {
  let parts = [];
  if (!step.parallel) parts = selected(step.name) ? [step] : [];
  else parts = selected(step.name) ? step.parallel : step.parallel.filter((part) => selected(part.name));
  if (parts.length === 0) continue;
  process.stdout.write(`\n=== ${step.name}\n`);
  const reportFile = step.report ? path.join(results, step.report) : null;
  if (reportFile) fs.rmSync(reportFile, { force: true });
  const started = Date.now();
  const runs = await Promise.all(parts.map((part) => runCommand(part.command, Boolean(step.parallel))));
  let ok = true;
  runs.forEach((run, index) => {
    const name = step.parallel ? parts[index].name : step.name;
    if (step.parallel) {
      process.stdout.write(run.output);
      process.stdout.write(`--- ${name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${run.seconds} s\n`);
    }
    if (run.status !== 0) {
      ok = false;
      failedSteps.push(name);
    }
  });
  process.stdout.write(`--- ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds(started)} s\n`);
  if (ok && step.provides) Object.assign(env, step.provides);
  if (reportFile && fs.existsSync(reportFile)) {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    if (step.report === 'unit-results.json') countVitest(report);
    else if (step.report === 'package-results.json') countPackageChecks(report);
    else countPlaywright(report);
  } else if (reportFile && !ok) {
    totals.failed += 1;
  }
}

process.stdout.write('\n');
for (const reason of skipReasons) process.stdout.write(`skipped: ${reason}\n`);
if (failedSteps.length > 0) process.stdout.write(`failed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(
  `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped in ${seconds(runStarted)} s\n`,
);
process.exit(failedSteps.length > 0 ? 1 : 0);
