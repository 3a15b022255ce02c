/** Options several commands share, declared once so their spelling and parsing agree. */
import { InvalidArgumentError, Option } from 'commander';

export const positiveInteger = (flag: string) => (raw: string): number => {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1) throw new InvalidArgumentError(`${flag} must be a positive whole number.`);
  return n;
};

export const modelOption = () => new Option('-m, --model <dir>', 'directory of the YAML model (default: $MODEL_DIR or ./model)');

export const maxDepthOption = () =>
  new Option('-d, --max-depth <n>', 'follow at most n relationships from the start').argParser(positiveInteger('--max-depth'));

export const formatOption = (formats: readonly string[], defaultFormat: string) =>
  new Option('-f, --format <format>', 'output format').choices(formats).default(defaultFormat);

export const outOption = () => new Option('-o, --out <file>', 'write to FILE instead of standard output');

/** `--with-cr CR027 [CR030 …]` (or comma-separated): the change requests whose proposals the answer includes. */
export const withCrOption = () =>
  new Option('--with-cr <ids...>', 'include the design these change requests propose (default: the baselined design)').argParser(
    (raw: string, previous: string[] | undefined) => [...(previous ?? []), ...raw.split(',').filter((id) => id !== '')],
  );
