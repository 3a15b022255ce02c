/**
 * Which design an answer was computed on, for reports that circulate: the git commit of the
 * model directory (`git rev-parse HEAD`), or null when it is not in a git repository (a copy, a
 * tarball) or git is missing — a report then says so rather than failing.
 */
import { modelRepository, resolveCommit } from './git.js';

export async function gitCommitOf(modelDir: string): Promise<string | null> {
  try {
    return await resolveCommit(await modelRepository(modelDir), 'HEAD');
  } catch {
    return null;
  }
}
