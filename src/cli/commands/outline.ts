import { Option, type Command } from 'commander';
import { PROFILE_IDS } from '../../catalog/profile-ids.js';
import { forceOption, outputOption, type CommandContext } from '../program.js';
import type { OutlineOptions } from './outline-run.js';

/** Documents are Vietnamese unless asked otherwise (they are submitted to Vietnamese authorities). */
export const documentLangOption = () => new Option('--lang <lang>', 'language of the document / ngôn ngữ tài liệu (vi, en)').choices(['vi', 'en']).default('vi');
export const templatesOption = () => new Option('--templates <dir>', 'override built-in templates file by file from this folder (only when passed explicitly)');

export function defineOutline(program: Command, ctx: CommandContext): void {
  program
    .command('outline')
    .description('the ministry architecture document (outline) as Markdown, HTML or Word / đề cương, tài liệu Kiến trúc cấp Bộ')
    .argument('[dir]', 'architecture repository (folder with arch.yaml)', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html', 'docx']).default('md'))
    .addOption(documentLangOption())
    .addOption(outputOption())
    .addOption(new Option('--profile <id>', 'framework profile whose outline to use (default: the manifest framework)').choices([...PROFILE_IDS]))
    .addOption(templatesOption())
    .addOption(forceOption())
    .action(async (dir: string, opts: OutlineOptions) => {
      const { runOutline } = await import('./outline-run.js');
      ctx.setExit(await runOutline(ctx.io, dir, opts));
    });
}
