import { Option, type Command } from 'commander';
import { langOption, type CommandContext } from '../program.js';
import type { RulesCliOptions } from './rules-run.js';

export function defineRules(program: Command, ctx: CommandContext): void {
  program
    .command('rules')
    .description('list the conformance rules with their legal sources / danh sách quy tắc đánh giá sự phù hợp')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(langOption(ctx.io))
    .action(async (opts: RulesCliOptions) => {
      const { runRules } = await import('./rules-run.js');
      ctx.setExit(runRules(ctx.io, opts));
    });
}
