#!/usr/bin/env node
import { installSignalHandlers } from '../dist/cli/signals.js';
installSignalHandlers();
const { main } = await import('../dist/cli/main.js');
main(process.argv.slice(2));
