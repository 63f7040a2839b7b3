import { Option, type Command } from 'commander';
import { langOption, type CommandContext } from '../program.js';
import type { LspCliOptions } from './lsp-run.js';

export function defineLsp(program: Command, ctx: CommandContext): void {
  program
    .command('lsp')
    .description('language server over stdio for editors (diagnostics, definition, references, hover, completion, rename) / máy chủ ngôn ngữ cho trình soạn thảo')
    .option('--stdio', 'talk LSP over stdin/stdout (the default and only transport)')
    .addOption(new Option('--clientProcessId <pid>', 'exit when this process ends (set by some clients)').hideHelp())
    .addOption(new Option('--debounce <ms>', 'quiet time after an edit before re-checking').default('100'))
    .addOption(langOption(ctx.io))
    .action(async (opts: LspCliOptions) => {
      const { runLsp } = await import('./lsp-run.js');
      ctx.setExit(await runLsp(ctx.io, opts));
    });
}
