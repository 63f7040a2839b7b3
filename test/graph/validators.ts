/** Real validators for the exports: xmllint-wasm against the ArchiMate exchange XSDs, fast-xml-parser, Graphviz. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { sharedRef } from '../helpers/shared.js';

/** The shared ArchiMate schemas: `../shared/refs/archimate` beside the clone (CI), or the workspace copy. */
export function archimateSchemaDir(): string {
  return path.dirname(sharedRef('archimate/exchange.xsd'));
}

const XSD_FILES = ['archimate3_Diagram.xsd', 'archimate3_View.xsd', 'archimate3_Model.xsd', 'xml.xsd', 'dc.xsd'];

/** Validates an exchange file against exchange.xsd offline; returns the error messages (empty when valid). */
export async function validateArchimate(xml: string): Promise<string[]> {
  const dir = archimateSchemaDir();
  const read = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: 'model.xml', contents: xml }],
    schema: [read('exchange.xsd')],
    preload: XSD_FILES.map(read),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage ?? e.message);
}

/** Well-formedness of any XML text (SVG, GraphML); returns the error or undefined. */
export function xmlError(xml: string): string | undefined {
  const r = XMLValidator.validate(xml);
  return r === true ? undefined : `${r.err.code}: ${r.err.msg} (line ${r.err.line})`;
}
