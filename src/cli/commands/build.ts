import type { Command } from 'commander';
import { failOnOption, forceOption, type CommandContext } from '../program.js';
import type { Lang } from '../io.js';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { documentLangOption, templatesOption } from './outline.js';

export interface BuildOptions {
  out: string;
  lang: Lang;
  templates?: string;
  force?: boolean;
  failOn: Severity;
}

export function defineBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .description('validate, check, graph and render the documents into one folder with an index.html / dựng toàn bộ tài liệu')
    .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.')
    .requiredOption('--out <folder>', 'output folder (created if needed; must not be the repository itself)')
    .addOption(documentLangOption())
    .addOption(templatesOption())
    .addOption(failOnOption())
    .addOption(forceOption())
    .action(async (dir: string, opts: BuildOptions) => {
      const { runBuild } = await import('./build-run.js');
      ctx.setExit(await runBuild(ctx.io, dir, opts));
    });
}
