import { Option, type Command } from 'commander';
import { PROFILE_IDS } from '../../catalog/profile-ids.js';
import { langOption, type CommandContext } from '../program.js';
import type { InitOptions } from './init-run.js';

export function defineInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('scaffold a valid architecture repository for a ministry / tạo kho kiến trúc mới cho một bộ')
    .argument('[dir]', 'folder to create the repository in', '.')
    .requiredOption('--ministry <code>', 'ministry code from the catalogue (e.g. BYT; see `arch catalog ministry`)')
    .addOption(new Option('--framework <id>', 'framework profile').choices([...PROFILE_IDS]).makeOptionMandatory())
    .option('--date <YYYY-MM-DD>', 'architecture date; selects the catalogue in force (default: today)')
    .addOption(langOption(ctx.io))
    .option('--force', 'overwrite files that already exist in the folder')
    .action(async (dir: string, opts: InitOptions) => {
      const { runInit } = await import('./init-run.js');
      ctx.setExit(runInit(ctx.io, dir, opts));
    });
}
