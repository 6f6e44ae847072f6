// `npm run bench:cli`: how long `privacy-desk` takes to answer, beside `node -e 0` in the same run.
// Ten runs each (--runs N), taken in turn so a busy machine slows them all alike, after one unmeasured
// run each; prints the medians. --with-tsx adds `deadline` from the TypeScript sources through tsx
// (how the tool ran before it was bundled, though with today's lazy loading). Also times, in-process,
// the check that the bundle is current.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cliBundleState, ensureCliBundle, hashCliInputs, projectRoot } from '../scripts/cli-bundle.mjs';

const argv = process.argv.slice(2);
const runsIndex = argv.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : 10;
const goalMs = 300;

const bin = path.join(projectRoot, 'bin', 'privacy-desk.mjs');
const viaTsx = `import('tsx/esm/api').then(({ tsImport }) => tsImport('./src/main/cli/main.ts', 'file://${projectRoot}/'))
  .then(({ main }) => main(process.argv.slice(1))).then((code) => { process.exitCode = code; })`;

const subjects = [
  { name: 'node -e 0', args: ['-e', '0'] },
  {
    name: 'privacy-desk deadline --received 2026-01-31',
    args: [bin, 'deadline', '--received', '2026-01-31'],
  },
  { name: 'privacy-desk --help', args: [bin, '--help'] },
  ...(argv.includes('--with-tsx')
    ? [
        {
          name: 'deadline, the sources through tsx',
          args: ['--input-type=module', '-e', viaTsx, 'deadline', '--received', '2026-01-31'],
        },
      ]
    : []),
];

function timeRun(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

await ensureCliBundle();

// The check bin/privacy-desk.mjs makes before every run, and the hash it falls back to when a
// file's time changed but its size did not.
const checkMs = [];
for (let i = 0; i < 200; i++) {
  const started = process.hrtime.bigint();
  if (!cliBundleState().current) throw new Error('the bundle went stale during the benchmark');
  checkMs.push(Number(process.hrtime.bigint() - started) / 1e6);
}
const hashMs = [];
for (let i = 0; i < 20; i++) {
  const started = process.hrtime.bigint();
  hashCliInputs();
  hashMs.push(Number(process.hrtime.bigint() - started) / 1e6);
}

for (const subject of subjects) timeRun(subject.args);
const samples = subjects.map(() => []);
for (let round = 0; round < runs; round++)
  subjects.forEach((subject, index) => samples[index].push(timeRun(subject.args)));

const { inputs } = hashCliInputs();
const lines = [
  `${runs} runs each on ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}`,
  '',
  `${'command'.padEnd(46)} ${'median ms'.padStart(10)} ${'min'.padStart(7)} ${'max'.padStart(7)}`,
  ...subjects.map(
    (subject, index) =>
      `${subject.name.padEnd(46)} ${median(samples[index]).toFixed(0).padStart(10)} ` +
      `${Math.min(...samples[index])
        .toFixed(0)
        .padStart(7)} ${Math.max(...samples[index])
        .toFixed(0)
        .padStart(7)}`,
  ),
  '',
  `the bundle's freshness check (stat of ${inputs} files): median ${median(checkMs).toFixed(2)} ms; ` +
    `hashing their contents when a time changed: median ${median(hashMs).toFixed(1)} ms`,
];
for (const index of [1, 2]) {
  const value = median(samples[index]);
  lines.push(
    `${subjects[index].name}: ${value <= goalMs ? 'within' : 'OVER'} the ${goalMs} ms goal ` +
      `(${(value - median(samples[0])).toFixed(0)} ms more than node -e 0)`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
