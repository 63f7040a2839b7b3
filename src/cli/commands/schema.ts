import { Option, type Command } from 'commander';
import { forceOption, langOption, outputOption, type CommandContext } from '../program.js';
import type { SchemaOptions } from './schema-run.js';

export function defineSchema(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .description('list, print or write the bundled JSON Schemas / liệt kê, in hoặc ghi các lược đồ JSON')
    .argument('[name]', 'schema to print: manifest, elements, common or a kind (e.g. information-system)')
    .option('--bundle', 'self-contained copy (every $ref local) for editors that work offline')
    .addOption(new Option('--out <dir>', 'write every schema (and the editor bundles) into a folder, atomically').conflicts('output'))
    .addOption(outputOption())
    .addOption(forceOption())
    .addOption(langOption(ctx.io))
    .action(async (name: string | undefined, opts: SchemaOptions) => {
      const { runSchema } = await import('./schema-run.js');
      ctx.setExit(runSchema(ctx.io, name, opts));
    });
}
