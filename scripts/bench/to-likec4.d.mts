import type { GeneratedElement } from './generate-lib.mjs';
/** LikeC4 files (relative path → .c4 text) for generated elements; `relations` lists each kind's reference fields. */
export declare function toLikeC4(elements: GeneratedElement[], relations: readonly { kind: string; field: string }[]): Map<string, string>;
