/** Renders the benchmark results (scripts/bench.mjs) as BENCHMARKS.md. */

const s = (ms) => (ms == null ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const mb = (x) => (x == null ? '—' : x >= 1024 ? `${(x / 1024).toFixed(2)} GB` : `${Math.round(x)} MB`);
const k = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
const STAGES = ['load', 'schema', 'model', 'graph', 'rules', 'report', 'render'];
const LIKEC4 = 'LikeC4 (same model as .c4)';
const LIKEC4_BUILD = 'LikeC4 build (static site)'; // compared with `arch build` (scripts/compare-peers.mjs BUILD_PEER)

/** A peer's time: "2.30 s", or "out of memory after 133 s" / "> 600 s (timeout)" / "failed after …" (scripts/compare-peers.mjs). */
const peerTime = (x) =>
  x.outcome === 'timeout' ? `> ${x.timeoutS} s (timeout)` : x.outcome === 'out of memory' || x.outcome === 'failed' ? `${x.outcome} after ${s(x.ms)}` : s(x.ms);

function targets(r) {
  const at = (n) => r.results.find((x) => x.entities === n);
  const rows = [];
  const add = (what, goal, value, ok) => rows.push(`| ${what} | ${goal} | ${value} | ${ok == null ? 'not measured' : ok ? '✅ met' : '❌ missed'} |`);
  const v10 = at(10_000)?.validate;
  const v100 = at(100_000)?.validate;
  add('`arch validate`, 10k entities', '< 1 s', s(v10?.ms), v10 ? v10.ms < 1000 : null);
  add('`arch validate`, 100k entities', '< 8 s, peak < 1 GB', v100 ? `${s(v100.ms)}, ${mb(v100.maxRssMB)}` : '—', v100 ? v100.ms < 8000 && (v100.maxRssMB ?? 0) < 1024 : null);
  for (const cmd of ['arch --version', 'arch --help']) add(`\`${cmd}\``, '< 150 ms', s(r.startup[cmd]?.ms), r.startup[cmd] ? r.startup[cmd].ms < 150 : null);
  const ex = Object.entries(r.examples).find(([, e]) => e.elements && e.elements >= 40 && e.elements <= 200);
  add(`\`arch validate\` on an example (${ex ? `${ex[0]}, ${ex[1].elements} elements` : 'none'})`, '< 400 ms', s(ex?.[1].ms), ex ? ex[1].ms < 400 : null);
  const e = r.exponents.validate;
  add('growth of `arch validate` with N', 'linear (exponent ≈ 1)', e == null ? '—' : e.toFixed(2), e == null ? null : e < 1.15);
  if (r.peers) {
    for (const [n, peers] of Object.entries(r.peers.bySize)) {
      const ours = at(Number(n))?.validate.ms;
      const sp = peers['Spectral, 4-rule ruleset']?.ms;
      const ajv = peers['ajv-cli (schema only)']?.ms;
      const lc = peers[LIKEC4];
      if (ours && sp) add(`vs Spectral (4 rules), ${k(Number(n))}`, '≥ 4× faster', `${(sp / ours).toFixed(2)}×`, sp / ours >= 4);
      if (ours && lc && lc.outcome !== 'failed') {
        // A LikeC4 run stopped by the time or memory cap still took at least that long: the ratio is a lower bound.
        const ratio = lc.ms / ours;
        const capped = lc.outcome === 'timeout' || lc.outcome === 'out of memory';
        // 30× may ask for less time than Node itself takes to start: say so rather than hide the row.
        const start = r.startup['node -e 0 (baseline)']?.ms;
        const floor = start && lc.ms / 30 < start ? ` (30× would be ${s(lc.ms / 30)}, less than \`node -e 0\` alone, ${s(start)})` : '';
        add(`vs LikeC4 (same model), ${k(Number(n))}`, '≥ 30× faster', capped ? `≥ ${ratio.toFixed(1)}× (LikeC4: ${peerTime(lc)})` : `${ratio.toFixed(1)}×${floor}`, ratio >= 30 ? true : capped ? null : false);
      }
      if (ours && ajv) add(`vs ajv-cli (schema only), ${k(Number(n))}`, 'within 2×', `${(ours / ajv).toFixed(2)}× its time`, ours / ajv <= 2);
    }
  }
  return rows;
}

/** Issue #13's targets: every command a user runs, at 1k / 10k / 100k, from the "Every command" runs. */
/** Paired runs of one build against itself differ by up to this ratio here: a smaller one is not a regression. */
const NOISE = 1.05;
const LIMITS_13 = [
  [/^check/, [600, 1500, 15_000], 1536],
  [/^outline (md|html)$/, [600, 2000, 20_000]],
  [/^outline docx$/, [1000, 4000, 40_000]],
  [/^(export archimate|graph (dot|mermaid|graphml|json))$/, [500, 1500, 15_000]],
  [/^build$/, [5000, 15_000, 120_000], 2048],
];

function targets13(r) {
  const rows = [];
  const ns = [1000, 10_000, 100_000];
  const verdict = (misses, measured) => (measured === 0 ? 'not measured' : misses.length ? `❌ missed at ${misses.join(', ')}` : '✅ met');
  for (const [name, byN] of Object.entries(r.commands ?? {})) {
    const rule = LIMITS_13.find(([re]) => re.test(name));
    if (!rule) continue;
    const [, limits, memMB] = rule;
    const misses = [];
    let measured = 0;
    const cells = ns.map((n, i) => {
      const x = byN[n];
      if (!x) return '—';
      measured++;
      // A command that refuses an input on purpose (exit 2 with a limit, e.g. the Word outline above 25,000 elements) is not a time.
      if (x.codes.includes(2)) return `refused (exit 2) in ${s(x.ms)}`;
      const slow = x.timedOut || x.ms == null || x.ms > limits[i];
      const heavy = memMB && n === 100_000 && (x.maxRssMB ?? 0) > memMB;
      if (slow || heavy) misses.push(k(n));
      return `${x.timedOut ? '> 10 min' : s(x.ms)}${n === 100_000 && x.maxRssMB ? `, ${mb(x.maxRssMB)}` : ''}`;
    });
    // Why a time is missed, measured: every command loads and validates the repository first, so `arch validate` at
    // that size is its floor, of which the start-up imports are a fixed part; `arch check` then runs its rules, builds
    // the report model and renders it (the stages of the table "Synthetic architectures").
    const extra = /^check/.test(name) ? ['rules', 'report', 'render'] : [];
    const floors = misses
      .map((n) => r.results.find((x) => k(x.entities) === n))
      .filter(Boolean)
      .map((x) => `${k(x.entities)} ${s(x.validate.ms)}${extra.length && x.stages ? ` + ${extra.map((st) => `${st} ${s(x.stages[st])}`).join(', ')} (importing the pipeline's modules one by one, as this breakdown does: ${s(x.stages.import)}; the command loads them bundled)` : ''}`);
    const why = misses.length && floors.length ? ` — \`arch validate\` alone${extra.length ? ', then its stages' : ''}: ${floors.join('; ')}` : '';
    rows.push(`| \`arch ${name}\` | ≤ ${limits.map(s).join(' / ')}${memMB ? `, ≤ ${mb(memMB)} at 100k` : ''} | ${cells.join(' / ')} | ${verdict(misses, measured)}${why} |`);
  }
  const floorCells = [];
  const floorMiss = [];
  for (const x of r.results) {
    if (!x.jsonFloor?.ms) continue;
    const ratio = x.validate.ms / x.jsonFloor.ms;
    // The reason of a miss, measured: how much of validate is reading and parsing YAML (the load stage) against JSON.parse.
    floorCells.push(`${k(x.entities)}: ${ratio.toFixed(1)}× (${s(x.validate.ms)} / ${s(x.jsonFloor.ms)}; its load stage alone ${s(x.stages?.load)})`);
    if (ratio > 3) floorMiss.push(k(x.entities));
  }
  if (floorCells.length) rows.push(`| \`arch validate\` against the JSON floor (a process that reads the same data as JSON and parses it) | ≤ 3× | ${floorCells.join('; ')} | ${verdict(floorMiss, floorCells.length)} |`);
  // No regression: our validate against the baseline commit's, run in turn (scripts/bench/baseline.mjs); the reason
  // of a regression is the stages that grew, each measured in both builds.
  const based = r.results.filter((x) => x.baseline?.ms);
  if (based.length) {
    const miss = [];
    const cells = based.map((x) => {
      const b = x.baseline;
      if (b.ratio > NOISE) miss.push(k(x.entities));
      const grew = Object.keys(b.stages ?? {})
        .filter((st) => st !== 'import' && x.stages?.[st] != null && x.stages[st] - b.stages[st] >= 5) // our stage runs may import check's modules too
        .map((st) => `${st} +${s(x.stages[st] - b.stages[st])}`);
      const why = grew.length ? `; ${grew.join(', ')}` : b.ratio > NOISE ? '; no timed stage grew' : '';
      return `${k(x.entities)}: ${b.ratio.toFixed(2)}× (${s(x.validate.ms)} against ${s(b.ms)}${why})`;
    });
    rows.push(`| \`arch validate\` against the code before this work (${based[0].baseline.rev}, run in turn with it) | no regression (≤ ${NOISE}×, the spread of paired runs here) | ${cells.join('; ')} | ${verdict(miss, cells.length)} |`);
  }
  for (const [n, peers] of Object.entries(r.peers?.bySize ?? {})) {
    const ours = r.results.find((x) => x.entities === Number(n))?.validate.ms;
    const sp = peers['Spectral, 4-rule ruleset']?.ms;
    if (ours && sp) {
      // The reason of a miss, measured: the time 6× allows against the stages validate cannot skip.
      const st = r.results.find((x) => x.entities === Number(n))?.stages ?? {};
      const why = ` — 6× would allow ${s(sp / 6)}; validate's own stages: ${['load', 'model', 'graph'].map((x) => `${x} ${s(st[x])}`).join(', ')}, on top of starting Node (\`node -e 0\` alone: ${s(r.startup?.['node -e 0 (baseline)']?.ms)})`;
      rows.push(`| \`arch validate\` vs Spectral (4 rules), ${k(Number(n))} | ≥ 6× faster | ${(sp / ours).toFixed(2)}× | ${sp / ours >= 6 ? '✅ met' : `❌ missed${why}`} |`);
    }
    const site = peers[LIKEC4_BUILD];
    const build = r.commands?.build?.[n];
    if (site && build?.ms) rows.push(`| \`arch build\` beside LikeC4's static site (\`likec4 build\`, same model, a view per system), ${k(Number(n))} | the ratio (no target) | ${s(build.ms)} against ${peerTime(site)}: ${site.ok ? '' : '≥ '}${(site.ms / build.ms).toFixed(1)}× faster | — |`);
  }
  const stages = Object.entries(r.exponents).filter(([st]) => st !== 'validate' && r.exponents[st] != null);
  if (stages.length) {
    const over = stages.filter(([, e]) => e > 1.1).map(([st]) => st);
    const sizes = r.results.map((x) => x.entities);
    rows.push(`| growth exponent of every stage, ${k(Math.min(...sizes))} → ${k(Math.max(...sizes))} | ≤ 1.1 | ${stages.map(([st, e]) => `${st} ${e.toFixed(2)}`).join(', ')} | ${over.length ? `❌ missed: ${over.join(', ')}` : '✅ met'} |`);
  }
  return rows;
}

export function renderMarkdown(r) {
  const m = r.machine;
  const busy = m.loadAverage[0] > m.cores;
  const out = [
    '<!-- generated by arch scripts/bench.mjs (npm run bench); edit the script, not this file -->',
    '# Benchmarks',
    '',
    `Measured by \`npm run bench${r.quick ? ' -- --quick' : ''}\` on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.platform}, Node ${m.node}.`,
    `Load average when the run started: ${m.loadAverage.join(' / ')}${busy ? ' — **the machine was busy with other work, so these figures are pessimistic**' : ''}.`,
    'Wall times are medians of separate processes (`node bin/arch.js …`); CPU time (user + system, all threads) and peak memory',
    '(maximum resident set size) come from `/usr/bin/time`. On a busy machine CPU time is the steadier figure.',
    'Inputs are synthetic architectures from `node scripts/generate.mjs --entities N --out DIR --seed 1` (all 16 kinds, ~100 elements a file, ~900 bytes',
    'and ~5 references an element, valid: `arch validate` reports nothing). Reproduce with `npm run bench` (add `-- --peers` for the peers).',
    '',
    '## Targets (issue 7)',
    '',
    '| What | Target | Measured | |',
    '|---|---|---|---|',
    ...targets(r),
    '',
    '## Targets (issue 13): every command at national scale',
    '',
    'Each command as a user runs it (separate process; wall time, one run above 10k, peak memory at 100k), from the table "Every command" below.',
    '',
    '| What | Target (1k / 10k / 100k) | Measured (1k / 10k / 100k) | |',
    '|---|---|---|---|',
    ...targets13(r),
    '',
    '## Start-up and examples',
    '',
    '| Command | Median wall time | CPU time | Peak memory |',
    '|---|---|---|---|',
    ...Object.entries(r.startup).map(([cmd, x]) => `| \`${cmd}\` | ${s(x.ms)} | ${s(x.cpuMs)} | ${mb(x.maxRssMB)} |`),
    ...Object.entries(r.examples).map(([ex, x]) => `| \`arch validate examples/${ex}\` (${x.elements ?? '?'} elements, ${x.diagnostics ?? '?'} diagnostics) | ${s(x.ms)} | ${s(x.cpuMs)} | ${mb(x.maxRssMB)} |`),
    '',
    '## Synthetic architectures',
    '',
    `| N | files | MB | \`arch validate\` | CPU time | peak memory | ${STAGES.join(' | ')} | \`arch check\` |`,
    `|---|---|---|---|---|---|${STAGES.map(() => '---|').join('')}---|`,
    ...r.results.map((x) => `| ${k(x.entities)} | ${x.files} | ${x.megabytes.toFixed(1)} | **${s(x.validate.ms)}** | ${s(x.validate.cpuMs)} | ${mb(x.validate.maxRssMB)} | ${STAGES.map((st) => s(x.stages[st])).join(' | ')} | ${s(x.check?.ms)} |`),
    `| growth exponent | | | **${r.exponents.validate?.toFixed(2) ?? '—'}** | | | ${STAGES.map((st) => (r.exponents[st] == null ? '—' : r.exponents[st].toFixed(2))).join(' | ')} | |`,
    '',
    'Stages are timed in one cold process each (`scripts/bench/stages.mjs`, median over the runs): **load** = discover, read, then per file',
    'parse (fast tiers) and the element schema\'s yes/no (a worker thread above 20 M characters), **schema** = the manifest and the error details of',
    'rejected files (precompiled validators), **model** = catalogues + references, **graph** = cycles, isolation and layer findings on the model and the texts missing a declared language,',
    '**rules** = the sorted graph and the conformance rules with their evidence, **report** = the report model: the four-shortcomings figures',
    '(connected systems, service levels, national data, duplicate candidates) and every rule\'s status, **render** = the Markdown text of the',
    'conformance report. `arch validate` runs load → graph; `arch check` adds rules, report and render. The growth exponent is the',
    'least-squares slope of log(time) over log(N): 1.0 is linear; below 1, fixed costs (start-up, imports) still weigh at small N.',
    ...(r.results.some((x) => x.stageCpu) ? ['', 'CPU time per stage (same runs):', '', `| N | ${STAGES.join(' | ')} |`, `|---|${STAGES.map(() => '---|').join('')}`, ...r.results.map((x) => `| ${k(x.entities)} | ${STAGES.map((st) => s(x.stageCpu?.[st])).join(' | ')} |`)] : []),
    '',
  ];
  if (r.commands && Object.keys(r.commands).length) {
    const ns = [...new Set(Object.values(r.commands).flatMap((c) => Object.keys(c).map(Number)))].sort((a, b) => a - b);
    const cell = (x) => (!x ? '—' : x.timedOut ? `> 10 min (capped)` : x.ms == null ? `failed (exit ${x.codes.join('/')})` : `${s(x.ms)}${x.maxRssMB ? `, ${mb(x.maxRssMB)}` : ''}${x.codes.some((c) => c !== 0 && c !== 1) ? ` (exit ${x.codes.join('/')})` : ''}`);
    out.push(
      '## Every command',
      '',
      'Each command end to end on the same synthetic architectures (median of 3 runs up to 10k, one run above; wall time, peak memory).',
      '`portfolio` reads a synthetic national portfolio of the same total size (`node scripts/generate-portfolio.mjs`: 17 ministries and',
      '34 provinces, one architecture each); `lsp` is the median edit → diagnostics round trip in a real client (`scripts/bench/lsp-latency.mjs`).',
      'Exit 1 means the command ran and reported findings.',
      '',
      `| Command | ${ns.map((n) => k(n)).join(' | ')} |`,
      `|---|${ns.map(() => '---|').join('')}`,
      ...Object.entries(r.commands).map(([name, byN]) => `| \`arch ${name}\` | ${ns.map((n) => cell(byN[n])).join(' | ')} |`),
      '',
    );
  }
  if (r.peers) {
    out.push('## Peers on the same files', '', `Versions: ${Object.entries(r.peers.versions).map(([p, v]) => `${p} ${v}`).join(', ')} (installed by \`scripts/compare-peers.mjs\` from the npm registry).`, '');
    const names = [...new Set(Object.values(r.peers.bySize).flatMap((p) => Object.keys(p)))];
    out.push(`| N | \`arch validate\` | ${names.join(' | ')} |`, `|---|---|${names.map(() => '---|').join('')}`);
    for (const [n, p] of Object.entries(r.peers.bySize)) {
      const validate = r.results.find((x) => x.entities === Number(n))?.validate;
      out.push(`| ${k(Number(n))} | ${s(validate?.ms)}, ${mb(validate?.maxRssMB)} | ${names.map((name) => { const x = p[name]; if (!x) return '—'; const ours = name === LIKEC4_BUILD ? r.commands?.build?.[n] : validate; const capped = x.outcome === 'timeout' || x.outcome === 'out of memory'; const ratio = ours?.ms ? ` (${capped ? '≥ ' : ''}${(x.ms / ours.ms).toFixed(1)}×)` : ''; return `${peerTime(x)}, ${mb(x.maxRssMB)}${ratio}${x.ok || capped ? '' : ' ⚠ exit ≠ 0'}`; }).join(' | ')} |`);
    }
    out.push(
      '',
      `Ratios are peer time / \`arch validate\` time, except ${LIKEC4_BUILD}: peer time / \`arch build\` time (the static site, on the same model with`,
      'an index view and one view per information system, as `arch build` writes a page per system; run once, up to 10k). Spectral and ajv-cli check the element files only: no cross-file references, no',
      'catalogues, no graph findings, and ajv-cli gives no line:column. LikeC4 (`likec4 validate --ignore-layout`) reads the same model',
      'converted to .c4 files (`scripts/bench/to-likec4.mjs`: every element with its Vietnamese name and description, every reference as a',
      'relationship) and resolves the references, but checks none of the schema\'s fields. `arch validate` does all of that. Each peer run is',
      'capped by a 4 GB heap (about Node\'s default here) and a time limit; a capped run shows how long it ran, and its ratio is a lower bound.',
      '',
    );
  } else {
    out.push('## Peers', '', 'Not run here. `npm run bench -- --peers` (or `node scripts/compare-peers.mjs`) installs Spectral CLI, ajv-cli and LikeC4 from the', 'npm registry into `bench-results/peers/` and adds their figures on the same files.', '');
  }
  out.push(
    '## How `arch validate` gets there',
    '',
    '- **Three parsing tiers, one answer.** A line-based reader for the plain YAML subset architecture files use',
    '  (`src/load/simple-yaml.ts`, ~4× faster than js-yaml), then js-yaml\'s event parser with our own walk',
    '  (`src/load/fast-parse.ts`), then the precise, position-aware `yaml` parser (`src/load/yaml-safe.ts`). The fast tiers',
    '  resolve scalars with `yaml`\'s YAML 1.2 core-schema regexes and enforce every loader rule; on any doubt (anchor, tag,',
    '  escape, tab, duplicate key, limit, syntax error…) the file goes to the precise parser, so diagnostics and data are',
    '  identical whichever tier reads a file (property tests in `test/perf/fast-parse.test.ts`). Positions are computed',
    '  lazily, only for files with a finding (`src/load/locate.ts`).',
    '- **Precompiled validators.** `npm run build` writes ajv standalone code (`dist/schema/validators.generated.cjs`),',
    '  stamped with the schemas\' text; a run loads it instead of compiling the schemas, and does not load ajv at all. Build-time',
    '  rewrites keep ajv\'s answers and errors but make the valid path cheaper (each element checked by its own kind\'s',
    '  validator first; string lengths counted only when `length` cannot decide), and V8\'s code cache of the file, written',
    '  by the build after validating a sample, spares each run most of the compiling (`src/schema/load-generated.ts`).',
    '- **Both cores on large repositories.** Parsing a file and asking the element schema whether it accepts it are pure',
    '  functions of its text, so they run together per file (`src/per-file/`), and the schema stage only explains rejected',
    '  files. Handing parsed data from a worker to the main thread (serialise, deserialise) costs about as much as parsing',
    '  it again, so above 20 M characters the main thread parses every file while a worker parses the last 60 % again and',
    '  returns only the schema\'s verdicts. Below that size the worker saved nothing and stays off.',
    '- **Cheap lookups.** Element ids become compact one-byte strings (a parser\'s strings are two-byte slices of the',
    '  Vietnamese text), the graph findings of `arch validate` work on the model\'s references directly, and the sorted',
    '  graph is built only by the commands that read it.',
    '- **Lazy start-up.** The CLI entry, the command definitions and commander are bundled into one file at build',
    '  (`scripts/bundle-cli.mjs`, version baked in); implementations, `yaml`, ajv, graphology and handlebars load only',
    '  when a command needs them.',
    '',
    '## Before this work (issue 7, same machine class)',
    '',
    'For reference, the naive pipeline with `yaml` for every file took 1.0 s / 5.8 s / 46 s (1.3 GB) at 1k / 10k / 100k; js-yaml alone',
    'parsed at ~9 MB/s against ~2 MB/s for `yaml`; compiling the schemas cost ~90 ms per run.',
    '',
  );
  return out.join('\n');
}
