import { Option, type Command } from 'commander';
import { forceOption, langOption, outputOption, type CommandContext } from '../program.js';
import type { CatalogOptions } from './catalog-run.js';

export function defineCatalog(program: Command, ctx: CommandContext): void {
  program
    .command('catalog')
    .description('list the national catalogue entries in force on a date / liệt kê danh mục quốc gia có hiệu lực')
    .argument('[namespace]', 'national, std, ministry or province (default: all four)')
    .option('--date <YYYY-MM-DD>', 'date that selects the entries in force (default: today)')
    .option('--all', 'also list entries not in force on the date')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(outputOption())
    .addOption(forceOption())
    .addOption(langOption(ctx.io))
    .action(async (namespace: string | undefined, opts: CatalogOptions) => {
      const { runCatalog } = await import('./catalog-run.js');
      ctx.setExit(runCatalog(ctx.io, namespace, opts));
    });
}
