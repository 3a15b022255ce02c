/**
 * Naming a version of the model: a design release whose `baseline` names a git ref (`IR5` ->
 * `ir5`), else a git ref or commit itself (`ir5`, `main~3`, `3f2c1a2`); no name means the working
 * tree. Releases are looked up through the port, so the store's current design says which ref a
 * release is.
 */
import { BadInputError } from '../errors.js';
import type { DesignModel } from '../model/design-model.js';
import type { ModelHistory } from '../model/history.js';
import type { GraphStore } from '../store/port.js';
import { diffModels } from './diff.js';
import type { ModelDiff, ModelVersion } from './results.js';

export interface ResolvedVersion {
  readonly version: ModelVersion;
  readonly model: DesignModel;
}

export const WORKING_TREE: ModelVersion = { asked: null, ref: null, commit: null };

async function refOf(store: GraphStore, asked: string): Promise<{ ref: string; release: boolean }> {
  const [node] = await store.nodes([asked]);
  const baseline = node?.kind === 'DesignRelease' ? node.props.baseline : undefined;
  return typeof baseline === 'string' ? { ref: baseline, release: true } : { ref: asked, release: node?.kind === 'DesignRelease' };
}

/** Why a design release is no version, and what to ask instead. */
const releaseWithoutBaseline = (release: string) =>
  `'${release}' is a design release that names no baseline, and no git ref is called '${release}'. ` +
  'A baseline is a version of the design in git: a tag, branch or commit of the model repository (e.g. `ir5`, `main~3`, `3f2c1a2`); ' +
  `a release names its own with \`baseline: <git ref>\` in model/change-control/design-releases.yaml. ` +
  `To scope an RTTM by what ${release} changes, ask for the release instead (GraphQL \`rttm(release: "${release}")\`, CLI \`--release ${release}\`, export \`?release=${release}\`).`;

/** The model `asked` names (the working tree when undefined), read from git and validated. */
export async function resolveVersion(store: GraphStore, history: ModelHistory, asked: string | undefined): Promise<ResolvedVersion> {
  if (asked === undefined) return { version: WORKING_TREE, model: await history.workingTree() };
  if (asked.trim() === '') throw new BadInputError('A version is a design release, a git ref or a commit id, not an empty string');
  const { ref, release } = await refOf(store, asked);
  const commit = await history.commitOf(ref).catch((error: unknown) => {
    if (release && ref === asked) throw new BadInputError(releaseWithoutBaseline(asked));
    throw error;
  });
  return { version: { asked, ref, commit }, model: await history.modelAt(commit, ref) };
}

export interface DiffInput {
  readonly from: string;
  /** The working tree when absent. */
  readonly to?: string;
}

export async function diffVersions(store: GraphStore, history: ModelHistory, { from, to }: DiffInput): Promise<ModelDiff> {
  const [old, now] = await Promise.all([resolveVersion(store, history, from), resolveVersion(store, history, to)]);
  return diffModels(old.model, now.model, { from: old.version, to: now.version });
}
