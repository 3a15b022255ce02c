/** Where a command's answer goes: standard output, or a file when `--out` names one. */
import { writeFile } from 'node:fs/promises';

export async function writeOutput(content: string | Buffer, out: string | undefined): Promise<void> {
  if (out === undefined) {
    process.stdout.write(content);
    return;
  }
  await writeFile(out, content);
  // On stderr, so that a script piping stdout still gets nothing but the answer.
  process.stderr.write(`wrote ${out}\n`);
}
