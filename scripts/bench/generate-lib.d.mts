export declare const ARCH_DATE: string;
export interface GenerateOptions {
  entities: number;
  seed?: number;
  errors?: number;
  cycles?: number;
}
/** Relative path → file content of a synthetic architecture. */
export declare function generateArchitecture(opts: GenerateOptions): Map<string, string>;
/** Writes the files below `dir`; returns the number of bytes written. */
export declare function writeArchitecture(dir: string, files: Map<string, string>): number;
