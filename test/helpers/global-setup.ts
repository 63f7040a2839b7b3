import { execFileSync } from 'node:child_process';

/** CLI tests run the built binary: compile src/ to dist/ once per test run so it is never stale. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
