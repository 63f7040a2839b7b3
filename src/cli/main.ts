/**
 * The CLI layer: the only code that touches process, stdout/stderr and exit codes.
 * Command definitions are light; each action imports its implementation lazily, so `--help` stays fast.
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../util/errors.js';
import { ioError, isEnvironmentError } from '../util/io-error.js';
import { cleanupPendingWrites } from '../util/pending-writes.js';
import { defineExport } from './commands/export.js';
import { defineGraph } from './commands/graph.js';
import { defineImpact } from './commands/impact.js';
import { defineCatalog } from './commands/catalog.js';
import { defineInit } from './commands/init.js';
import { defineSchema } from './commands/schema.js';
import { defineValidate } from './commands/validate.js';
import { defineCheck } from './commands/check.js';
import { defineRules } from './commands/rules.js';
import { defineOutline } from './commands/outline.js';
import { defineBuild } from './commands/build.js';
import { defineLsp } from './commands/lsp.js';
import { definePortfolio } from './commands/portfolio.js';
import { defineDiff } from './commands/diff.js';
import { defaultLang, type CliIO, type Lang } from './io.js';
import { checkedStdout } from './stdout.js';
import type { CommandContext, CommandDefiner } from './program.js';
import { VERSION } from './version.js';

const COMMANDS: CommandDefiner[] = [defineValidate, defineCheck, defineRules, defineInit, defineSchema, defineCatalog, defineGraph, defineImpact, defineExport, defineOutline, defineBuild, defineLsp, definePortfolio, defineDiff];

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 2 } as const;

/** The language of messages: --lang when given, else the environment's. */
function langOf(argv: readonly string[], io: CliIO): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const asked = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return asked === 'vi' || asked === 'en' ? asked : defaultLang(io.env);
}

/** Runs the CLI in-process and resolves to the exit code (used by tests and by main). */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let exit = 0;
  const ctx: CommandContext = { io, setExit: (code) => (exit = code) };
  const program = new Command('arch')
    .description('Kiến trúc Chính phủ điện tử / Chính phủ số dưới dạng mã — Vietnamese e-Government architecture as code')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .showHelpAfterError(true) // usage errors print the usage (on stderr)
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  for (const define of COMMANDS) define(program, ctx);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code === 'commander.executeSubCommandAsync') return 0;
      return EXIT.usage;
    }
    const lang = langOf(argv, io);
    if (e instanceof InputError || isEnvironmentError(e)) {
      const error = e instanceof InputError ? e : ioError(e.path ?? '', e, { vi: 'truy cập', en: 'access' });
      io.stderr(`arch: ${error.localized[lang]}\n`);
      return EXIT.usage;
    }
    const err = e as Error;
    io.stderr(`arch: internal error: ${err?.message ?? String(e)}\n${io.env.ARCH_DEBUG ? `${err?.stack ?? ''}\n` : '(set ARCH_DEBUG=1 for the stack trace; please report this)\n'}`);
    return EXIT.internal;
  }
}

/** Entry point of bin/arch.js (which has installed the signal handlers): wires process streams and crash handling, then exits with the command's code. */
export function main(argv: readonly string[]): void {
  const stdout = checkedStdout(process.stdout);
  const onPipeError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      cleanupPendingWrites();
      process.exit(process.exitCode ?? 0);
    }
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', onPipeError);
  const crash = (e: unknown) => {
    cleanupPendingWrites();
    process.stderr.write(`arch: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = EXIT.internal;
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  const io: CliIO = {
    stdout: stdout.write,
    stderr: (s) => void process.stderr.write(s),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdoutStream: process.stdout,
  };
  const lang = langOf(argv, io);
  run(argv, io).then(
    async (code) => {
      process.exitCode = code; // a reader that goes away (EPIPE) from here on ends the run with this code
      await new Promise<void>((resolve) => setImmediate(resolve)); // a signal received during the work ends it with 130/143
      const failed = await stdout.settle();
      if (failed) {
        const e = ioError(lang === 'vi' ? 'đầu ra chuẩn (stdout)' : 'standard output', failed);
        process.stderr.write(`arch: ${e.localized[lang]}\n`);
        code = EXIT.usage;
      }
      // Exit now rather than when the event loop drains, so that no signal can arrive in between.
      process.stderr.write('', () => process.exit(code));
    },
    (e: unknown) => crash(e),
  );
}
