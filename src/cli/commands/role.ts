/** `mhhs role <id>`: what a participant qualifying in a role must build and pass. */
import type { Command } from 'commander';
import { roleView } from '../../domain/role-view.js';
import { renderJson } from '../../export/json.js';
import { renderRoleViewText } from '../../export/role-view.js';
import { commandContext } from '../context.js';
import { formatOption, modelOption, outOption } from '../options.js';
import { withStore } from '../open-store.js';
import { writeOutput } from '../output.js';

const RENDERERS = { text: renderRoleViewText, json: renderJson } as const;
type Format = keyof typeof RENDERERS;

export const roleCommand = (program: Command) =>
  program
    .command('role')
    .description('show what a role sends, receives, takes part in, must satisfy and must pass')
    .argument('<id>', 'the role, e.g. ADS')
    .option('--phase <id>', 'only the test cases of this test phase')
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption())
    .addOption(modelOption())
    .action(async (id: string, opts: { phase?: string; format: Format; out?: string; model?: string }) => {
      const view = await withStore(commandContext({ quiet: true }), opts.model, (store) => roleView(store, id, { phase: opts.phase }));
      await writeOutput(RENDERERS[opts.format](view), opts.out);
    });
