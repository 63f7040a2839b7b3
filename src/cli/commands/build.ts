import type { Command } from 'commander';
import { asOfOption, failOnOption, forceOption, runOrWatch, watchOption, type CommandContext } from '../program.js';
import { documentLangOption, templatesOption } from './outline.js';
import type { BuildOptions } from './build-run.js';

export function defineBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .description('validate, check, graph and render the documents into one folder with an index.html / dựng toàn bộ tài liệu')
    .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.')
    .requiredOption('--out <folder>', 'output folder (created if needed; must not be the repository itself)')
    .addOption(documentLangOption())
    .addOption(templatesOption())
    .addOption(asOfOption())
    .addOption(failOnOption())
    .addOption(forceOption())
    .addOption(watchOption())
    .option('--progress', 'show the stages on stderr as they run (default on a terminal)')
    .action(async (dir: string, opts: BuildOptions) => {
      const { runBuild } = await import('./build-run.js');
      // The output folder is ignored by the watch (it may sit inside the repository).
      await runOrWatch(ctx, dir, opts.watch, () => runBuild(ctx.io, dir, opts), [opts.out]);
    });
}
