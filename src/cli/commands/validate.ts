import type { Command } from 'commander';
import { FORMATS } from '../../format/types.js';
import { runOrWatch, withReportOptions, type CommandContext, type CommonOptions } from '../program.js';

export function defineValidate(program: Command, ctx: CommandContext): void {
  withReportOptions(
    program
      .command('validate')
      .description('load, schema-check and resolve references; report diagnostics / kiểm tra kho kiến trúc')
      .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.'),
    ctx.io,
    FORMATS,
    'stylish',
  ).action(async (dir: string, opts: CommonOptions) => {
    const { runValidate } = await import('./validate-run.js');
    await runOrWatch(ctx, dir, opts.watch, () => runValidate(ctx.io, dir, opts));
  });
}
