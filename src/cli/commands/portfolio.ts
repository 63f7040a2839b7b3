import { Option, type Command } from 'commander';
import { asOfOption, failOnOption, forceOption, outputOption, type CommandContext } from '../program.js';
import { documentLangOption, templatesOption } from './outline.js';
import type { PortfolioCliOptions } from './portfolio-run.js';

export function definePortfolio(program: Command, ctx: CommandContext): void {
  program
    .command('portfolio')
    .description('the national roll-up across agencies: overlap, adoption of national platforms, conformance matrix / tổng hợp kiến trúc nhiều cơ quan')
    .argument('<input>', 'a folder of architecture repositories, or a list file (one repository folder per line)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html', 'json', 'xlsx', 'docx']).default('md'))
    .addOption(outputOption())
    .addOption(documentLangOption())
    .addOption(templatesOption())
    .addOption(new Option('--compare <file>', 'an earlier `arch portfolio --format json` result: report each agency\'s rule status changes'))
    .addOption(new Option('--jobs <n>', 'worker threads (default: the number of cores, at most 4; 0 = none)'))
    .option('--progress', 'show progress on stderr (default on a terminal)')
    .addOption(asOfOption())
    .addOption(failOnOption())
    .addOption(forceOption())
    .action(async (input: string, opts: PortfolioCliOptions) => {
      const { runPortfolioCommand } = await import('./portfolio-run.js');
      ctx.setExit(await runPortfolioCommand(ctx.io, input, opts));
    });
}
