export declare const ARCH_DATE: string;
export interface GenerateOptions {
  entities: number;
  seed?: number;
  errors?: number;
  cycles?: number;
  owner?: { ns: 'ministry' | 'province'; code: string; vi: string; en: string };
}
/** Folder name → files of a synthetic national portfolio (17 ministries and 34 provinces). */
export declare function generatePortfolio(opts: { entities: number; seed?: number }): Map<string, Map<string, string>>;
/** Relative path → file content of a synthetic architecture. */
export declare function generateArchitecture(opts: GenerateOptions): Map<string, string>;
/** Writes the files below `dir`; returns the number of bytes written. */
export declare function writeArchitecture(dir: string, files: Map<string, string>): number;
/** One generated element, fields as in the YAML (a folded description is `{__folded: true, lines}`). */
export type GeneratedElement = { kind: string; id: string; [field: string]: unknown };
/** The elements `generateArchitecture` writes. */
export declare function generateElements(opts: GenerateOptions): GeneratedElement[];
/** The elements split into files as `generateArchitecture` does (by kind, 100 a file). */
export declare function elementFiles(elements: GeneratedElement[]): { kind: string; layer: string; part: string; elements: GeneratedElement[] }[];
