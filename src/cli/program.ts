import { Command, Option } from 'commander';
import type { Severity } from '../diagnostics/diagnostic.js';
import type { FormatName } from '../format/types.js';
import { defaultLang, type CliIO, type Lang } from './io.js';

/** What every command's action receives: the IO, and a way to set the exit code. */
export interface CommandContext {
  io: CliIO;
  setExit: (code: number) => void;
}

export type CommandDefiner = (program: Command, ctx: CommandContext) => void;

export interface CommonOptions {
  lang: Lang;
  format: FormatName;
  output?: string;
  failOn: Severity;
  quiet?: boolean;
  force?: boolean;
  watch?: boolean;
}

export const langOption = (io: CliIO) => new Option('--lang <lang>', 'language of messages and documents / ngôn ngữ (vi, en)').choices(['vi', 'en']).default(defaultLang(io.env));
export const failOnOption = () => new Option('--fail-on <severity>', 'exit 1 when a finding reaches this severity').choices(['error', 'warning', 'info']).default('error');
export const outputOption = () => new Option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout');
export const watchOption = () => new Option('-w, --watch', 're-run on every change to the repository\'s YAML files (Ctrl-C to stop)');
export const forceOption = () => new Option('--force', 'overwrite an output file that arch did not generate');

/** The assessment date of the conformance check (check, diff, build, portfolio). */
export const asOfOption = () => new Option('--as-of <date>', "assessment date (YYYY-MM-DD): the law in force on it is applied and waivers expire by it; default: the manifest's assessment.asOf, else today");

/** Adds the diagnostic-reporting options shared by validate and check. */
export function withReportOptions(cmd: Command, io: CliIO, formats: readonly string[], defaultFormat: string): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices([...formats]).default(defaultFormat))
    .addOption(outputOption())
    .addOption(failOnOption())
    .addOption(langOption(io))
    .option('-q, --quiet', 'report errors only')
    .addOption(forceOption())
    .addOption(watchOption());
}

/** Runs a command once, or with `--watch` again after every change below `dir` (src/cli/watch.ts). */
export async function runOrWatch(ctx: CommandContext, dir: string, watching: boolean | undefined, once: () => number | Promise<number>, ignore: string[] = []): Promise<void> {
  if (!watching) return ctx.setExit(await once());
  const { watch } = await import('./watch.js');
  ctx.setExit(await watch(ctx.io, dir, once, { ignore }));
}
