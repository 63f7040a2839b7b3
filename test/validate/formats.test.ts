import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { sarifErrors } from '../helpers/shared.js';
import { brokenRepo } from './fixtures.js';



describe('output formats of arch validate', () => {
  it('SARIF validates against the OASIS SARIF 2.1.0 schema, with rule metadata and relative URIs', async () => {
    const r = await runCli(['validate', '.', '--format', 'sarif'], { cwd: brokenRepo() });
    const log = JSON.parse(r.stdout);
    expect(sarifErrors(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('arch');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['model/duplicate-id', 'model/unknown-catalogue', 'model/unresolved-ref', 'model/wrong-kind', 'schema/range', 'schema/unknown-property']);
    expect(run.tool.driver.rules[0].help.text).toBe('Ids are unique across the repository; rename one of them.');
    const first = run.results[0];
    expect(first.ruleId).toBe('model/unresolved-ref');
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'systems.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 12, endLine: 5, endColumn: 19 } });
    expect(first.partialFingerprints['archFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('JUnit is well-formed XML with one failing test case per finding', async () => {
    const r = await runCli(['validate', '.', '--format', 'junit'], { cwd: brokenRepo() });
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    expect(doc.testsuites['@_tests']).toBe('6');
    expect(doc.testsuites['@_failures']).toBe('6');
    const suites = [doc.testsuites.testsuite].flat().map((s: { '@_name': string }) => s['@_name']);
    expect(suites).toEqual(['systems.yaml', 'units.yaml']);
  });

  it('GitHub annotations carry file, line and column and escape workflow-command syntax', async () => {
    const r = await runCli(['validate', '.', '--format', 'github'], { cwd: brokenRepo() });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('::error file=systems.yaml,line=5,col=12,endLine=5,endColumn=19,title=model/unresolved-ref::Reference "cuc-cnt" does not match any element — did you mean "cuc-cntt"?%0AFix the id, or declare an element "cuc-cnt".');
    for (const l of lines) expect(l).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,/);
  });

  it('JSON gives 1-based ranges, JSON paths and both languages', async () => {
    const r = await runCli(['validate', '.', '--format', 'json', '--lang', 'vi'], { cwd: brokenRepo() });
    const d = JSON.parse(r.stdout).diagnostics.find((x: { code: string }) => x.code === 'schema/unknown-property');
    expect(d).toMatchObject({
      file: 'systems.yaml',
      path: ['elements', 0, 'colour'],
      range: { start: { line: 9, column: 5 }, end: { line: 9, column: 11 } },
      message: 'Trường "colour" không được định nghĩa cho information-system "httt-tthc"',
      messages: { en: 'Unknown property "colour" in information-system "httt-tthc"' },
    });
  });

  it('output is byte-stable across runs', async () => {
    const dir = brokenRepo();
    const a = await runCli(['validate', '.', '--format', 'sarif'], { cwd: dir });
    const b = await runCli(['validate', '.', '--format', 'sarif'], { cwd: dir });
    expect(a.stdout).toBe(b.stdout);
  });
});
