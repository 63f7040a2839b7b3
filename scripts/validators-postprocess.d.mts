/** Guards each generated `count(x) > max` / `count(x) < min` with the str.length test that implies its answer. */
export declare function rewriteStringLength(code: string): string;
/** [kind, $ref] of each `if kind = K then $ref` pair of the element schema, or an error if it has another shape. */
export declare function kindDispatch(elementSchema: object): [string, string][];
/** Puts a small kind dispatcher in front of the generated element validator (same results, same errors). */
export declare function rewriteKindDispatch(code: string, elementSchema: object): string;
