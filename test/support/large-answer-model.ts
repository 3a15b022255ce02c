/**
 * A model written for the test whose answers can be large: 200 requirements, each with a text
 * of 4 000 characters. `LARGE_ANSWER_QUERY` asks for all of them under 30 aliases — within every
 * query limit, ~24 MB of answer — so that a test can keep a response in flight for as long as
 * its client reads slowly.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const LARGE_ANSWER_REQUIREMENTS = 200;
const TEXT_CHARS = 4_000;
const FILES = 4;

export const LARGE_ANSWER_QUERY = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: requirements(first: ${LARGE_ANSWER_REQUIREMENTS}) { edges { node { id text } } }`).join(' ')} }`;

export async function writeLargeAnswerModel(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mhhs-large-answer-'));
  await writeFile(
    path.join(dir, 'artefacts.yaml'),
    'artefacts:\n  - id: BRS900\n    name: Large answer BRS\n    type: BUSINESS_REQUIREMENTS_SPECIFICATION\n    example: A BRS for tests that need large answers.\n',
  );
  const perFile = LARGE_ANSWER_REQUIREMENTS / FILES;
  for (let f = 0; f < FILES; f++) {
    const entries = Array.from({ length: perFile }, (_, i) => {
      const n = String(f * perFile + i + 1).padStart(3, '0');
      const text = `The service shall do requirement ${n}. ${'Lorem ipsum dolor sit amet. '.repeat(TEXT_CHARS / 28)}`.slice(0, TEXT_CHARS);
      return `  - id: BRS900-FR-${n}\n    name: Requirement ${n}\n    text: "${text}"\n    category: FUNCTIONAL\n    example: Filler for a large answer.\n`;
    });
    await writeFile(path.join(dir, `brs900-${f}.yaml`), `definedBy: BRS900\nrequirements:\n${entries.join('')}`);
  }
  return dir;
}
