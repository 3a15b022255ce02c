/**
 * A real git repository in a temporary directory, for the change-control tests: it starts as a
 * copy of test/fixtures/small-model under `model/`, and each test edits files, commits and tags
 * with real git commands.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SMALL_MODEL = fileURLToPath(new URL('../fixtures/small-model', import.meta.url));

export class GitFixture {
  private constructor(readonly root: string) {}

  /** A repository whose first commit holds the small model under `model/`. */
  static async create(): Promise<GitFixture> {
    const root = await mkdtemp(join(tmpdir(), 'mhhs-git-'));
    const repo = new GitFixture(root);
    repo.git('init', '--quiet', '--initial-branch=main');
    await cp(SMALL_MODEL, repo.modelDir, { recursive: true });
    return repo;
  }

  get modelDir(): string {
    return join(this.root, 'model');
  }

  git(...args: string[]): string {
    const identity = ['-c', 'user.name=Design Team', '-c', 'user.email=design@example.org', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];
    return execFileSync('git', [...identity, ...args], { cwd: this.root, encoding: 'utf8' }).trim();
  }

  /** Commits every change in the working tree (tagging it when `tag` is given); returns the commit id. */
  commit(message: string, tag?: string): string {
    this.git('add', '-A');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    if (tag) this.git('tag', tag);
    return this.git('rev-parse', 'HEAD');
  }

  read(file: string): Promise<string> {
    return readFile(join(this.modelDir, file), 'utf8');
  }

  async write(file: string, text: string): Promise<void> {
    await mkdir(dirname(join(this.modelDir, file)), { recursive: true });
    await writeFile(join(this.modelDir, file), text);
  }

  /** Replaces `from` (which must occur) by `to` in a model file. */
  async edit(file: string, from: string, to: string): Promise<void> {
    const text = await this.read(file);
    if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    await this.write(file, text.replace(from, to));
  }

  async move(from: string, to: string): Promise<void> {
    await mkdir(dirname(join(this.modelDir, to)), { recursive: true });
    await rename(join(this.modelDir, from), join(this.modelDir, to));
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}
