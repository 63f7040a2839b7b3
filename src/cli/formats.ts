/** The output formats of the commands that offer a choice (read by the command definitions and by the runs). */
export const CHECK_FORMATS = ['stylish', 'md', 'html', 'json', 'sarif', 'junit', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const GRAPH_FORMATS = ['dot', 'mermaid', 'graphml', 'json', 'svg'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
