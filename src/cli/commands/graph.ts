import { Option, type Command } from 'commander';
import { forceOption, langOption, outputOption, type CommandContext } from '../program.js';
import type { GraphOptions } from './graph-run.js';
import { GRAPH_FORMATS } from '../formats.js';

export function defineGraph(program: Command, ctx: CommandContext): void {
  program
    .command('graph')
    .description('the architecture graph as DOT, Mermaid, GraphML, JSON or SVG / xuất đồ thị kiến trúc')
    .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...GRAPH_FORMATS]).default('dot'))
    .option('--layer <layers>', 'keep these layers only, comma-separated (business, data, application, technology, security, governance, external)')
    .option('--kind <kinds>', 'keep these element kinds only, comma-separated (e.g. information-system,database)')
    .option('--root <id>', 'keep the elements reachable from this element')
    .option('--depth <n>', 'with --root: at most this many steps')
    .addOption(new Option('--direction <direction>', 'with --root: follow dependencies down, dependants up, or both').choices(['up', 'down', 'both']).default('both'))
    .option('--all-relations', 'with --root: follow every relation, not only dependencies')
    .addOption(outputOption())
    .addOption(forceOption())
    .addOption(langOption(ctx.io))
    .action(async (dir: string, opts: GraphOptions) => {
      const { runGraph } = await import('./graph-run.js');
      ctx.setExit(await runGraph(ctx.io, dir, opts));
    });
}
