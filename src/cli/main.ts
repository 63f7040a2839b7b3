/**
 * The CLI layer: the only code that touches process, stdout/stderr and exit codes.
 * Command definitions are light; each action imports its implementation lazily, so `--help` stays fast.
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../util/errors.js';
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
import { defaultLang, type CliIO } from './io.js';
import type { CommandContext, CommandDefiner } from './program.js';
import { VERSION } from './version.js';

const COMMANDS: CommandDefiner[] = [defineValidate, defineCheck, defineRules, defineInit, defineSchema, defineCatalog, defineGraph, defineImpact, defineExport, defineOutline, defineBuild, defineLsp, definePortfolio];

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 2, sigint: 130, sigterm: 143 } as const;

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
    const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
    const asked = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
    const lang = asked === 'vi' || asked === 'en' ? asked : defaultLang(io.env);
    if (e instanceof InputError) {
      io.stderr(`arch: ${e.localized[lang]}\n`);
      return EXIT.usage;
    }
    const err = e as Error;
    io.stderr(`arch: internal error: ${err?.message ?? String(e)}\n${io.env.ARCH_DEBUG ? `${err?.stack ?? ''}\n` : '(set ARCH_DEBUG=1 for the stack trace; please report this)\n'}`);
    return EXIT.internal;
  }
}

/** Entry point of bin/arch.js: wires process streams, signals and crash handling, then sets process.exitCode. */
export function main(argv: readonly string[]): void {
  const onPipeError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      cleanupPendingWrites();
      process.exit(process.exitCode ?? 0);
    }
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', onPipeError);
  for (const [signal, code] of [['SIGINT', EXIT.sigint], ['SIGTERM', EXIT.sigterm]] as const) {
    process.on(signal, () => {
      cleanupPendingWrites();
      process.exit(code);
    });
  }
  const crash = (e: unknown) => {
    cleanupPendingWrites();
    process.stderr.write(`arch: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = EXIT.internal;
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  const io: CliIO = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdoutStream: process.stdout,
  };
  run(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => crash(e),
  );
}
