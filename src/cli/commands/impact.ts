import { Option, type Command } from 'commander';
import { forceOption, langOption, outputOption, type CommandContext } from '../program.js';
import type { ImpactCliOptions } from './impact-run.js';

export function defineImpact(program: Command, ctx: CommandContext): void {
  program
    .command('impact')
    .description('what depends on an element (up) and what it depends on (down), transitively / phân tích ảnh hưởng')
    .argument('<id>', 'element id, or a catalogue reference such as national:ndxp')
    .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'mermaid']).default('text'))
    .addOption(new Option('--direction <direction>', 'down: what it depends on; up: what depends on it').choices(['up', 'down', 'both']).default('both'))
    .option('--depth <n>', 'at most this many steps')
    .option('--all-relations', 'follow every relation, not only dependencies')
    .addOption(outputOption())
    .addOption(forceOption())
    .addOption(langOption(ctx.io))
    .action(async (id: string, dir: string, opts: ImpactCliOptions) => {
      const { runImpact } = await import('./impact-run.js');
      ctx.setExit(runImpact(ctx.io, id, dir, opts));
    });
}
