import { Option, type Command } from 'commander';
import { PROFILE_IDS } from '../../catalog/profile-ids.js';
import { asOfOption, runOrWatch, withReportOptions, type CommandContext } from '../program.js';
import type { CheckCliOptions } from './check-run.js';
import { CHECK_FORMATS } from '../formats.js';

export function defineCheck(program: Command, ctx: CommandContext): void {
  withReportOptions(
    program
      .command('check')
      .description('conformance with the framework: per rule pass / fail / not applicable / waived, with evidence and legal source / đánh giá sự phù hợp với Khung kiến trúc')
      .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.')
      .addOption(new Option('--profile <id>', 'check against another framework profile than the manifest declares').choices([...PROFILE_IDS]))
      .addOption(asOfOption())
      .addOption(new Option('--today <date>').hideHelp())
      .addOption(new Option('--baseline <file|ref>', 'report and fail only on findings not in this baseline: a file from --write-baseline, or a git ref whose findings are the baseline'))
      .addOption(new Option('--write-baseline <file>', 'write the fingerprints of every current finding to this file (commit it), then exit 0')),
    ctx.io,
    CHECK_FORMATS,
    'stylish',
  ).action(async (dir: string, opts: CheckCliOptions) => {
    const { runCheck } = await import('./check-run.js');
    await runOrWatch(ctx, dir, opts.watch, () => runCheck(ctx.io, dir, opts));
  });
}
