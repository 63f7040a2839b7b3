import { Option, type Command } from 'commander';
import { asOfOption, forceOption, langOption, outputOption, type CommandContext } from '../program.js';
import type { DiffCliOptions } from './diff-run.js';

export function defineDiff(program: Command, ctx: CommandContext): void {
  program
    .command('diff')
    .description('what a change does to the architecture and its conformance: elements, relations, findings, impact / so sánh hai phiên bản kiến trúc')
    .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.')
    .option('--base <ref|dir>', 'the earlier version: a git branch, tag or commit, or a folder (default: the merge base with the default branch)')
    .option('--head <ref|dir>', 'the later version: a git ref or a folder (default: the working tree)')
    .option('--as-is-to-be', 'compare the current architecture (current, retiring) with the target (current, target, planned) of one version, with the transition by roadmap phase')
    .addOption(new Option('-f, --format <format>', 'output format (md fits a pull-request comment)').choices(['md', 'html', 'json', 'sarif']).default('md'))
    .addOption(outputOption())
    .addOption(new Option('--fail-on-new <severity>', 'exit 1 when a finding introduced by the change reaches this severity').choices(['error', 'warning', 'info']))
    .addOption(asOfOption())
    .addOption(new Option('--today <date>').hideHelp())
    .addOption(langOption(ctx.io))
    .addOption(forceOption())
    .action(async (dir: string, opts: DiffCliOptions) => {
      const { runDiff } = await import('./diff-run.js');
      ctx.setExit(await runDiff(ctx.io, dir, opts));
    });
}
