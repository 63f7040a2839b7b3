import type { Command } from 'commander';
import { InputError } from '../../util/errors.js';
import { forceOption, langOption, outputOption, type CommandContext } from '../program.js';
import type { ExportOptions } from './export-run.js';

export function defineExport(program: Command, ctx: CommandContext): void {
  const exp = program
    .command('export')
    .description('export the architecture to other tools / xuất sang công cụ khác')
    .action(() => {
      throw new InputError({ vi: 'Thiếu định dạng xuất: `arch export archimate [dir]`', en: 'Missing export format: `arch export archimate [dir]`' });
    });
  exp
    .command('archimate')
    .description('ArchiMate 3.1 Open Exchange Format XML (opens in Archi and other ArchiMate tools)')
    .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.')
    .addOption(outputOption())
    .addOption(forceOption())
    .addOption(langOption(ctx.io))
    .action(async (dir: string, opts: ExportOptions) => {
      const { runExportArchimate } = await import('./export-run.js');
      ctx.setExit(runExportArchimate(ctx.io, dir, opts));
    });
}
