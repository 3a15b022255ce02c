/**
 * Start-up figures of the real command, as a user meets them: `mhhs validate` wall time, and
 * the time from `mhhs serve` being started to the server's "server listening" line — each a
 * fresh `node bin/mhhs.js` process running the compiled dist/ (built first, so that no run
 * includes a rebuild). Medians of a few runs, on the model the bench serves and, when asked for,
 * on a generated model `scale` times larger (scripts/generate-model.ts).
 *
 * Targets (issue 11 §5, issue 12): validate < 1 s and server ready < 1.5 s on the shipped
 * model; < 5 s on a 100× model, and on any model the bench generated (`--scale`).
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from './build.mjs';
import { generateModel } from './generate-model.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(REPO, 'bin/mhhs.js');
const RUNS = 3;

export interface StartFigures {
  readonly model: string;
  readonly elements: number | null;
  readonly validateMs: number;
  /** CPU time (user + system) of the validate process: what the machine's other load does not change. */
  readonly validateCpuMs: number;
  readonly serverReadyMs: number;
  /** CPU time of the serving process until it listens. */
  readonly serverReadyCpuMs: number;
  /** Peak resident memory of the serving process until it listens (Linux VmHWM). */
  readonly serverReadyPeakRssMiB: number;
  readonly targetMs: { readonly validate: number; readonly serverReady: number };
  readonly met: boolean;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const env = () => ({ ...process.env, NEO4J_URI: '', LOG_LEVEL: 'info', PORT: '0' });

/** Wall and CPU ms of `mhhs validate`: bash's `times` reports its children's CPU time. */
async function validate(modelDir: string): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  // An invalid model fails the benchmark here, not later as a server that never listens.
  const script = 'node "$0" validate "$1" >/dev/null || exit 1; times';
  const { stdout } = await promisify(execFile)('bash', ['-c', script, BIN, modelDir], { cwd: REPO, env: env(), maxBuffer: 1 << 24 });
  const wall = performance.now() - started;
  // `times` prints the shell's own user/system times, then its children's: "0m0.512s 0m0.061s".
  const children = stdout.trim().split('\n').at(-1)!.split(' ').map((t) => {
    const [, min, sec] = /^(\d+)m([\d.]+)s$/.exec(t)!;
    return (Number(min) * 60 + Number(sec)) * 1000;
  });
  return { wall, cpu: children[0]! + children[1]! };
}

/** CPU ms a running process has used so far (Linux /proc: utime + stime in clock ticks, 100 per second). */
const cpuMsOf = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** Peak resident set size of a running process so far, in MiB (Linux /proc: VmHWM). */
const peakRssMiBOf = (pid: number): number => {
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kib ? Number(kib[1]) / 1024 : NaN;
};

async function serverReady(modelDir: string): Promise<{ wall: number; cpu: number; peakRssMiB: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--model', modelDir], { cwd: REPO, env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    for await (const line of createInterface({ input: child.stderr! })) {
      if ((line as string).includes('"server listening"')) return { wall: performance.now() - started, cpu: cpuMsOf(child.pid!), peakRssMiB: peakRssMiBOf(child.pid!) };
    }
    throw new Error(`mhhs serve --model ${modelDir} exited before listening`);
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

async function figuresFor(modelDir: string, elements: number | null, target: StartFigures['targetMs']): Promise<StartFigures> {
  const validations: { wall: number; cpu: number }[] = [];
  const starts: { wall: number; cpu: number; peakRssMiB: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    validations.push(await validate(modelDir));
    starts.push(await serverReady(modelDir));
  }
  const figures = {
    model: modelDir,
    elements,
    validateMs: median(validations.map((v) => v.wall)),
    validateCpuMs: median(validations.map((v) => v.cpu)),
    serverReadyMs: median(starts.map((s) => s.wall)),
    serverReadyCpuMs: median(starts.map((s) => s.cpu)),
    serverReadyPeakRssMiB: median(starts.map((s) => s.peakRssMiB)),
    targetMs: target,
  };
  return { ...figures, met: figures.validateMs < target.validate && figures.serverReadyMs < target.serverReady };
}

const SHIPPED_TARGET = { validate: 1_000, serverReady: 1_500 };
const SCALED_TARGET = { validate: 5_000, serverReady: 5_000 };

/** `scale` 0: `modelDir` only; `modelScale` above 1: `modelDir` is itself a generated model that many times model/. */
export async function measureStart(modelDir: string, elements: number, scale: number, modelScale = 1): Promise<StartFigures[]> {
  await build({ quiet: true });
  const figures = [await figuresFor(modelDir, elements, modelScale > 1 ? SCALED_TARGET : SHIPPED_TARGET)];
  if (scale > 1) {
    const out = await mkdtemp(path.join(tmpdir(), `mhhs-model-${scale}x-`));
    try {
      await generateModel(modelDir, out, scale);
      figures.push(await figuresFor(out, null, SCALED_TARGET));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
  return figures;
}

export const startFiguresMarkdown = (figures: readonly StartFigures[]): string[] => [
  '| start-up (median of 3 fresh processes) | elements | `mhhs validate` wall ms (CPU) | server ready wall ms (CPU) | peak RSS when ready MiB | wall targets ms | met |',
  '|---|--:|--:|--:|--:|--:|---|',
  ...figures.map(
    (f) =>
      `| \`${f.model}\` | ${f.elements ?? '–'} | ${f.validateMs.toFixed(0)} (${f.validateCpuMs.toFixed(0)}) | ${f.serverReadyMs.toFixed(0)} (${f.serverReadyCpuMs.toFixed(0)}) | ${f.serverReadyPeakRssMiB.toFixed(0)} | ` +
      `< ${f.targetMs.validate} / < ${f.targetMs.serverReady} | ${f.met ? 'yes' : 'NO'} |`,
  ),
];
