/** ajv's code-point counter `count`, answered without the walk for strings without a high surrogate. */
export declare function codePointLength(count: (str: string) => number): (str: string) => number;
/** Makes the generated `ucs2length` skip strings that cannot hold a surrogate pair. */
export declare function rewriteStringLength(code: string): string;
/** [kind, $ref] of each `if kind = K then $ref` pair of the element schema, or an error if it has another shape. */
export declare function kindDispatch(elementSchema: object): [string, string][];
/** Prefixes the generated element validator with a direct call of the element's kind validator. */
export declare function rewriteKindDispatch(code: string, elementSchema: object): string;
