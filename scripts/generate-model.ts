/**
 * A synthetic design model at a scale factor, for benchmarks: `model/` as it is, plus
 * `scale - 1` copies of every file whose elements are per-artefact design (artefacts,
 * processes and their steps, interfaces, data items, requirements, test scenarios and cases,
 * code clauses), each copy with its own ids and wired like the original. What a programme has
 * a fixed number of — roles, test phases, design principles, change requests, releases — is not
 * copied: the copies' requirements apply to the same roles and their test cases run in the same
 * phases, so a role's RTTM grows with the scale as it would in a bigger design.
 *
 * The output is a directory of YAML files split as `model/` is (one copy per directory), which
 * `mhhs validate` accepts. Every copied element is marked as an example, never as a fact: its
 * `source` is replaced by `example: synthetic copy k of <id>`.
 *
 *   npx tsx scripts/generate-model.ts --scale 100 --out /tmp/mhhs-model-100
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import yaml from 'js-yaml';
import { positiveInteger } from '../src/cli/options.js';
import type { NodeKind } from '../src/model/kinds.js';
import { loadModel } from '../src/model/load.js';
import { PROVENANCE_KEYS, type ProvenanceKey } from '../src/model/provenance.js';
import type { DesignModel } from '../src/model/design-model.js';

/** Kinds whose elements are copied; the others are shared by every copy. */
const COPIED: ReadonlySet<NodeKind> = new Set([
  'Artefact', 'BusinessProcess', 'ProcessStep', 'Interface', 'InterfaceFlow', 'DataItem', 'Requirement', 'TestScenario', 'TestCase', 'CodeClause',
]);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The `n`th generated number of a `prefix-ddd[A-Z]?` id, from 500 up: 500 numbers without a
 * letter, then 500 per letter. The shipped model numbers its processes and interfaces below 500.
 */
function numbered(prefix: string, n: number): string {
  const block = Math.floor(n / 500);
  if (block > LETTERS.length) throw new RangeError(`too many ${prefix} ids for the id pattern at this scale`);
  return `${prefix}${500 + (n % 500)}${block === 0 ? '' : LETTERS[block - 1]}`;
}

/** Id of copy `k` (k ≥ 1) for every copied element, valid for its kind's id pattern. */
function copyIds(model: DesignModel, k: number, counters: Map<string, number>): Map<string, string> {
  const next = (key: string) => {
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    return n;
  };
  const ids = new Map<string, string>();
  const renamed = (id: string, kind: NodeKind): string => {
    switch (kind) {
      case 'BusinessProcess':
        return numbered('MHHSP-BP', next(kind));
      case 'Interface': {
        const prefix = id.slice(0, id.indexOf('-') + 1);
        return numbered(prefix, next(`${kind} ${prefix}`));
      }
      case 'DataItem':
        return `DI-${10_000 + next(kind)}`;
      case 'Requirement': {
        const dash = id.indexOf('-');
        return `${id.slice(0, dash)}X${k}${id.slice(dash)}`;
      }
      case 'Artefact':
        return `${id}X${k}`;
      default:
        return `${id}-X${k}`;
    }
  };
  for (const node of model.nodes) {
    if (node.kind !== 'ProcessStep' && node.kind !== 'InterfaceFlow' && COPIED.has(node.kind)) ids.set(node.id, renamed(node.id, node.kind));
  }
  // A flow's id is its interface's id, then its sender and receiver.
  for (const node of model.nodes.filter((n) => n.kind === 'InterfaceFlow')) {
    const ofInterface = /^(?:IF|PUB|REP)-\d{3}[A-Z]?/.exec(node.id)![0];
    ids.set(node.id, `${ids.get(ofInterface)!}${node.id.slice(ofInterface.length)}`);
  }
  // A step's id is its process's id and its own number.
  for (const node of model.nodes.filter((n) => n.kind === 'ProcessStep')) {
    const process = node.id.replace(/-S\d+$/, '');
    ids.set(node.id, `${ids.get(process)!}${node.id.slice(process.length)}`);
  }
  return ids;
}

type Yaml = string | number | boolean | null | readonly Yaml[] | { readonly [key: string]: Yaml };

/**
 * `value` with every id of the copy renamed and every mapping with an id (an element or a
 * reference object) stated as an example: its own provenance, whichever it was (`source`,
 * `inferred`), is dropped, since a mapping may state only one.
 */
function copied(value: Yaml, ids: ReadonlyMap<string, string>, k: number): Yaml {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => copied(v as Yaml, ids, k));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, Yaml>);
  const isElement = typeof (value as Record<string, Yaml>).id === 'string';
  const out: Record<string, Yaml> = {};
  for (const [key, v] of entries) {
    if (isElement && PROVENANCE_KEYS.includes(key as ProvenanceKey)) continue;
    out[key] = copied(v, ids, k);
  }
  if (isElement) out.example = `Synthetic copy ${k} of ${(value as Record<string, string>).id} (scripts/generate-model.ts), for benchmarks.`;
  return out;
}

export interface GeneratedModel {
  readonly dir: string;
  readonly files: number;
}

/** Writes `source` and `scale - 1` copies of its per-artefact files under `out` (replaced). */
export async function generateModel(source: string, out: string, scale: number): Promise<GeneratedModel> {
  const model = await loadModel(source);
  const files = [...new Set(model.nodes.map((n) => n.location.file))].sort();
  // A file is copied when every element in it is of a copied kind.
  const copiedFiles = files.filter((file) => model.nodes.filter((n) => n.location.file === file).every((n) => COPIED.has(n.kind)));
  await rm(out, { recursive: true, force: true });
  let written = 0;
  const write = async (path: string, text: string) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    written++;
  };
  const texts = new Map(await Promise.all(files.map(async (file) => [file, await readFile(file, 'utf8')] as const)));
  for (const file of files) await write(join(out, 'original', relativeIn(source, file)), texts.get(file)!);
  const counters = new Map<string, number>();
  for (let k = 1; k < scale; k++) {
    const ids = copyIds(model, k, counters);
    for (const file of copiedFiles) {
      const document = copied(yaml.load(texts.get(file)!) as Yaml, ids, k);
      await write(join(out, `copy-${String(k).padStart(3, '0')}`, relativeIn(source, file)), `# Generated by scripts/generate-model.ts: copy ${k} of ${relativeIn(source, file)}.\n${yaml.dump(document, { lineWidth: -1 })}`);
    }
  }
  return { dir: out, files: written };
}

/** Element locations name their file as the loader was given it: the model directory joined with the file's path in it. */
const relativeIn = (dir: string, file: string) => relative(dir, file);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = new Command()
    .description('Write a synthetic design model at a scale factor (model/ plus scale - 1 copies of its per-artefact files).')
    .requiredOption('--scale <n>', 'scale factor: 1 is model/ itself', positiveInteger('--scale'))
    .requiredOption('--out <dir>', 'directory to write (replaced)')
    .option('--model <dir>', 'the model to scale', 'model')
    .parse()
    .opts<{ scale: number; out: string; model: string }>();
  const { files } = await generateModel(options.model, options.out, options.scale);
  const model = await loadModel(options.out);
  console.log(`Wrote ${files} files to ${options.out}: ${model.nodes.length} elements, ${model.edges.length} relationships (valid).`);
}
