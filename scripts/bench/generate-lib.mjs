/**
 * Deterministic synthetic architectures in arch's own format, for benchmarks and tests.
 * Same options → same bytes (seeded PRNG, no clock, no Math.random). Valid by default: every element
 * validates against its kind's schema, every reference resolves to an element of an allowed kind or to a
 * catalogue entry in force on the architecture date, dependency edges only point "backwards" (no cycle),
 * and edges follow data/layer-rules.json. `errors` and `cycles` inject known defects.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARCH_DATE = '2025-12-31';
const PER_FILE = 100;

/** mulberry32: small, fast, good enough for synthetic data; deterministic across platforms. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Share of each kind in an architecture (sums to 1); every kind gets at least one element.
const WEIGHTS = [
  ['org-unit', 0.08], ['user-group', 0.03], ['channel', 0.03], ['business-function', 0.1], ['public-service', 0.2],
  ['data-entity', 0.12], ['database', 0.06], ['information-system', 0.12], ['platform', 0.02], ['integration', 0.1],
  ['technology-component', 0.04], ['security-control', 0.04], ['principle', 0.01], ['standard', 0.02], ['gap', 0.015], ['project', 0.015],
];
const LAYER = {
  'org-unit': 'business', 'user-group': 'business', channel: 'business', 'business-function': 'business', 'public-service': 'business',
  'data-entity': 'data', database: 'data', 'information-system': 'application', platform: 'application', integration: 'application',
  'technology-component': 'technology', 'security-control': 'security', principle: 'governance', standard: 'governance', gap: 'governance', project: 'governance',
};
const PREFIX = {
  'org-unit': [['Cục', 'Department of'], ['Vụ', 'Division of'], ['Trung tâm', 'Centre for'], ['Sở', 'Provincial department of']],
  'user-group': [['Người dân sử dụng dịch vụ', 'Citizens using'], ['Doanh nghiệp trong lĩnh vực', 'Enterprises in'], ['Cán bộ, công chức phụ trách', 'Civil servants for']],
  channel: [['Cổng thông tin', 'Portal for'], ['Ứng dụng di động', 'Mobile app for'], ['Bộ phận một cửa', 'One-stop counter for']],
  'business-function': [['Quản lý nhà nước về', 'State management of'], ['Thanh tra, kiểm tra', 'Inspection of'], ['Cấp phép', 'Licensing of']],
  'public-service': [['Thủ tục cấp giấy phép', 'Licence procedure for'], ['Thủ tục đăng ký', 'Registration procedure for'], ['Thủ tục gia hạn', 'Renewal procedure for']],
  'data-entity': [['Hồ sơ', 'Records of'], ['Dữ liệu danh mục', 'Reference data on'], ['Thông tin báo cáo', 'Reports on']],
  database: [['Cơ sở dữ liệu', 'Database of'], ['Kho dữ liệu', 'Data warehouse of']],
  'information-system': [['Hệ thống thông tin quản lý', 'Management information system for'], ['Phần mềm một cửa điện tử về', 'Electronic one-stop software for'], ['Hệ thống báo cáo', 'Reporting system for']],
  platform: [['Nền tảng tích hợp, chia sẻ dữ liệu', 'Integration and data-sharing platform for'], ['Nền tảng dùng chung', 'Shared platform for']],
  integration: [['Kết nối, chia sẻ dữ liệu', 'Data exchange on'], ['Đồng bộ dữ liệu', 'Data synchronisation on']],
  'technology-component': [['Máy chủ ảo hóa', 'Virtualised servers for'], ['Hạ tầng lưu trữ', 'Storage for'], ['Mạng nội bộ', 'Local network for']],
  'security-control': [['Phương án bảo đảm an toàn hệ thống', 'Security plan for'], ['Giám sát an toàn thông tin', 'Security monitoring of']],
  principle: [['Nguyên tắc chia sẻ dữ liệu về', 'Data-sharing principle for'], ['Nguyên tắc một lần khai báo về', 'Once-only principle for']],
  standard: [['Áp dụng tiêu chuẩn kết nối cho', 'Connection standard applied to']],
  gap: [['Khoảng cách số hóa', 'Digitisation gap in'], ['Khoảng cách kết nối', 'Connectivity gap in']],
  project: [['Dự án nâng cấp', 'Project to upgrade'], ['Nhiệm vụ xây dựng', 'Task to build']],
};
const DOMAINS = [
  ['khám bệnh, chữa bệnh', 'medical examination and treatment'], ['dược phẩm', 'pharmaceuticals'], ['thiết bị y tế', 'medical devices'],
  ['an toàn thực phẩm', 'food safety'], ['y tế dự phòng', 'preventive medicine'], ['bảo hiểm y tế', 'health insurance'],
  ['dân số và phát triển', 'population and development'], ['hồ sơ sức khỏe điện tử', 'electronic health records'], ['tiêm chủng', 'vaccination'],
  ['hành nghề y', 'medical practice'], ['đào tạo nhân lực y tế', 'health workforce training'], ['kiểm nghiệm thuốc', 'drug testing'],
  ['y học cổ truyền', 'traditional medicine'], ['môi trường y tế', 'health environment'], ['phòng, chống HIV/AIDS', 'HIV/AIDS prevention'],
  ['sức khỏe bà mẹ, trẻ em', 'maternal and child health'], ['cấp cứu ngoại viện', 'pre-hospital emergency care'], ['giám định y khoa', 'medical assessment'],
];
const PLACES = ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Thành phố Hồ Chí Minh', 'Quảng Ninh', 'Nghệ An', 'Thanh Hóa', 'Lâm Đồng', 'Đắk Lắk', 'An Giang', 'Cà Mau', 'Lào Cai', 'Tuyên Quang', 'Điện Biên'];

const deaccent = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const slug = (s) => deaccent(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 5).join('-');

function catalogue(file) {
  const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/catalogues', file), 'utf8'));
  const list = Array.isArray(json) ? json : json.entries ?? Object.values(json).find(Array.isArray) ?? [];
  return list.filter((e) => (!e.validFrom || e.validFrom <= ARCH_DATE) && (!e.validUntil || ARCH_DATE < e.validUntil));
}

// ---- YAML emission (block style; strings plain when unambiguous, else double-quoted) ----
// Core-schema look-alikes, plus dates (YAML 1.1 tools such as ajv-cli's js-yaml read them as timestamps).
const TYPED = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const PLAIN_OK = /^[\p{L}\p{N}][\p{L}\p{N} ,.()/_:–-]*$/u;
function scalar(v) {
  if (typeof v !== 'string') return String(v);
  if (v !== '' && PLAIN_OK.test(v) && !TYPED.test(v) && !/: |:$| #/.test(v) && v.trim() === v) return v;
  return JSON.stringify(v);
}
function emit(value, indent, out) {
  const pad = ' '.repeat(indent);
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'string') && v.join(', ').length < 60) out.push(`${pad}${k}: [${v.map(scalar).join(', ')}]`);
      else {
        out.push(`${pad}${k}:`);
        for (const x of v) out.push(`${pad}  - ${scalar(x)}`);
      }
    } else if (v && typeof v === 'object') {
      if (v.__folded) out.push(`${pad}${k}: >-`, ...v.lines.map((l) => `${pad}  ${l}`));
      else {
        out.push(`${pad}${k}:`);
        emit(v, indent + 2, out);
      }
    } else out.push(`${pad}${k}: ${scalar(v)}`);
  }
}
function emitFile(elements, header) {
  const out = [`# ${header}`, 'elements:'];
  for (const el of elements) {
    const lines = [];
    emit(el, 4, lines);
    lines[0] = '  - ' + lines[0].slice(4);
    out.push(...lines);
  }
  return out.join('\n') + '\n';
}

/**
 * Generates an architecture of `entities` elements. Returns a map relative path → file content.
 * `owner` (default Bộ Y tế) writes another ministry or a province into arch.yaml.
 * @param {{entities: number, seed?: number, errors?: number, cycles?: number, owner?: {ns: 'ministry' | 'province', code: string, vi: string, en: string}}} opts
 */
export function generateArchitecture(opts) {
  const files = new Map();
  files.set('arch.yaml', manifest(opts.owner));
  for (const { kind, part, elements } of elementFiles(generateElements(opts))) {
    files.set(`elements/${LAYER[kind]}/${kind}-${part}.yaml`, emitFile(elements, `${kind}: generated by arch scripts/generate.mjs (synthetic, seed ${opts.seed ?? 1})`));
  }
  return files;
}

/**
 * How the elements are split into files: by kind, in generation order, `PER_FILE` a file; `part` is the
 * file's 4-digit number within its kind. Other formats of the same architecture (scripts/bench/to-likec4.mjs)
 * split the same way.
 */
export function elementFiles(elements) {
  const byKind = new Map();
  for (const el of elements) {
    if (!byKind.has(el.kind)) byKind.set(el.kind, []);
    byKind.get(el.kind).push(el);
  }
  const out = [];
  for (const [kind, list] of byKind) {
    for (let f = 0; f * PER_FILE < list.length; f++) {
      out.push({ kind, layer: LAYER[kind], part: String(f + 1).padStart(4, '0'), elements: list.slice(f * PER_FILE, (f + 1) * PER_FILE) });
    }
  }
  return out;
}

/**
 * The elements of the architecture `generateArchitecture` writes, as plain objects (one per element, fields as
 * in the YAML; a folded description is `{__folded: true, lines}`).
 * @param {{entities: number, seed?: number, errors?: number, cycles?: number}} opts
 */
export function generateElements(opts) {
  const n = Math.max(16, Math.floor(opts.entities));
  const rnd = prng(opts.seed ?? 1);
  const int = (k) => Math.floor(rnd() * k);
  const pick = (list) => list[int(list.length)];
  const national = catalogue('national.json');
  const nationalOf = (cat) => national.filter((e) => e.category === cat).map((e) => `national:${e.id}`);
  const nationalDbs = nationalOf('database');
  const standards = catalogue('standards.json').map((e) => `std:${e.id}`);
  const provinces = catalogue('provinces.json').map((e) => `province:${e.id}`);

  // Counts per kind (largest remainder, at least one each), then ids in a stable order.
  const counts = Object.fromEntries(WEIGHTS.map(([k, w]) => [k, Math.max(1, Math.floor(w * n))]));
  let left = n - Object.values(counts).reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % WEIGHTS.length, left--) counts[WEIGHTS[i][0]]++;
  const ids = {};
  const used = new Set();
  const names = {};
  for (const [kind] of WEIGHTS) {
    ids[kind] = [];
    for (let i = 0; i < counts[kind]; i++) {
      const [pvi, pen] = pick(PREFIX[kind]);
      const [dvi, den] = pick(DOMAINS);
      const place = pick(PLACES);
      const vi = `${pvi} ${dvi} tại ${place}`;
      const en = `${pen} ${den} in ${deaccent(place)}`;
      let id = slug(`${pvi} ${dvi}`);
      id = `${id}-${i + 1}`;
      if (used.has(id)) id = `${id}-${kind.split('-')[0]}`;
      used.add(id);
      ids[kind].push(id);
      names[id] = { vi, en };
    }
  }
  const some = (list, max, below) => {
    const pool = below === undefined ? list : list.slice(0, below);
    if (pool.length === 0) return undefined;
    const k = 1 + int(Math.min(max, pool.length));
    const out = new Set();
    for (let i = 0; i < k; i++) out.add(pick(pool));
    return [...out];
  };
  const status = () => pick(['current', 'current', 'current', 'target', 'planned', 'retiring']);
  const refModel = (kind) => ({ business: 'BRM', data: 'DRM', application: 'ARM', technology: 'TRM', security: 'SRM' })[LAYER[kind]];
  const description = (id) => {
    const { vi, en } = names[id];
    return rnd() < 0.3
      ? { vi: { __folded: true, lines: [`${vi}: phục vụ công tác quản lý, chỉ đạo, điều hành và cung cấp dịch vụ công`, 'trực tuyến cho người dân, doanh nghiệp theo quy định hiện hành.'] }, en: `${en}: supports management and online public services.` }
      : { vi: `${vi}: phục vụ quản lý, điều hành và cung cấp dịch vụ công trực tuyến.`, en: `${en}: supports management and online public services.` };
  };
  const ous = ids['org-unit'];
  const P = ids.principle;
  const elements = [];
  for (const [kind] of WEIGHTS) {
    ids[kind].forEach((id, i) => {
      const el = { kind, id, name: names[id], description: description(id), status: status() };
      if (kind !== 'org-unit') el.owner = ous[i % ous.length];
      if (refModel(kind)) el.refModel = `${refModel(kind)}00${1 + (i % 3)}.00${1 + (i % 7)}`;
      if (rnd() < 0.5) el.satisfies = some(P, 2);
      if (rnd() < 0.4) el.legalBasis = [pick(['Nghị định 47/2020/NĐ-CP', 'Nghị định 85/2016/NĐ-CP', 'Quyết định 06/QĐ-TTg', 'Luật Giao dịch điện tử 2023'])];
      el.tags = [LAYER[kind], pick(['uu-tien', 'chuyen-doi-so', 'dung-chung', 'noi-bo'])];
      const sys = ids['information-system'];
      const dbs = ids.database;
      const plats = ids.platform;
      switch (kind) {
        case 'org-unit':
          el.unitType = i === 0 ? 'bo' : pick(['cuc', 'vu', 'don_vi_su_nghiep']);
          if (i > 0) el.parent = ous[int(i)];
          el.code = `DV${String(i + 1).padStart(4, '0')}`;
          if (rnd() < 0.3) el.province = pick(provinces);
          break;
        case 'user-group':
          el.groupType = pick(['citizen', 'enterprise', 'civil_servant', 'agency', 'foreign']);
          el.size = 1000 * (1 + int(5000));
          break;
        case 'channel':
          el.channelType = pick(['web', 'mobile_app', 'kiosk', 'one_stop_counter', 'call_center']);
          el.serves = some(ids['user-group'], 2);
          el.providedBy = rnd() < 0.8 ? sys[i % sys.length] : 'national:cong-dvcqg';
          break;
        case 'business-function':
          if (i > 0 && rnd() < 0.7) el.parent = ids['business-function'][int(i)];
          el.performedBy = some(ous, 2);
          break;
        case 'public-service':
          el.tthcCode = `${1 + int(9)}.${String(int(1000000)).padStart(6, '0')}`;
          el.onlineLevel = pick(['toan_trinh', 'mot_phan', 'none']);
          el.processedBy = sys[i % sys.length];
          el.function = pick(ids['business-function']);
          el.users = some(ids['user-group'], 2);
          el.channels = some(ids.channel, 2);
          el.dataEntities = some(ids['data-entity'], 3);
          el.annualCases = int(200000);
          break;
        case 'data-entity':
          el.masterData = rnd() < 0.3;
          el.personal = rnd() < 0.5;
          el.classification = el.personal ? 'personal' : pick(['public', 'private']);
          el.authoritativeSource = rnd() < 0.3 ? pick(nationalDbs) : dbs[i % dbs.length];
          el.storedIn = some(dbs, 2);
          break;
        case 'database':
          el.dbKind = pick(['chuyen_nganh', 'dung_chung', 'noi_bo']);
          if (rnd() < 0.2) el.nationalRef = pick(nationalDbs);
          el.openData = rnd() < 0.2;
          el.dbms = pick(ids['technology-component']);
          el.stores = some(ids['data-entity'], 3);
          break;
        case 'information-system':
          el.systemType = pick(['internal_operations', 'citizen_business_services']);
          el.securityLevel = 1 + int(4);
          el.operator = ous[i % ous.length];
          el.users = some(ids['user-group'], 2);
          el.uses = [plats[i % plats.length], ...(rnd() < 0.3 ? ['national:ndxp'] : [])];
          if (i > 0) el.dependsOn = some(sys, 2, i);
          el.databases = [...new Set([dbs[i % dbs.length], ...(some(dbs, 1) ?? [])])];
          el.internetFacing = rnd() < 0.4;
          break;
        case 'platform':
          el.platformType = i === 0 ? 'lgsp' : pick(['lgsp', 'identity', 'payment']);
          el.level = 'ministry';
          el.connectsTo = [...(i > 0 ? some(plats, 1, i) : []), ...some(dbs, 2), 'national:ndxp'];
          el.hostedOn = pick(ids['technology-component']);
          el.securityLevel = 3; // a platform is an information system (NĐ 85/2016)
          break;
        case 'integration': {
          const a = int(sys.length);
          el.from = sys[a];
          el.to = sys[(a + 1 + int(Math.max(1, sys.length - 1))) % sys.length];
          if (el.to === el.from) el.to = 'national:ndxp';
          el.via = [plats[0]];
          el.direction = pick(['one_way', 'two_way']);
          el.method = pick(['api_rest', 'api_soap', 'file']);
          el.protocols = some(standards, 2);
          el.dataEntities = some(ids['data-entity'], 2);
          el.frequency = pick(['realtime', 'hourly', 'daily']);
          el.carriesPersonalData = rnd() < 0.4;
          el.encryption = pick(['tls_1_2', 'tls_1_3']);
          break;
        }
        case 'technology-component':
          el.techType = pick(['server', 'storage', 'network_lan', 'middleware', 'dbms', 'os']);
          el.internetFacing = false;
          el.ipv6 = rnd() < 0.7;
          if (i > 0) el.hostedIn = ids['technology-component'][int(i)];
          el.standards = some(standards, 2);
          el.capacity = `${2 + int(60)} rack`;
          break;
        case 'security-control':
          el.controlType = pick(['plan', 'management', 'technical']);
          el.covers = some(sys, 3);
          el.forLevel = 1 + int(4);
          el.monitoringConnected = rnd() < 0.7;
          el.standards = some(standards, 1);
          break;
        case 'principle':
          el.statement = { vi: `Dữ liệu về ${pick(DOMAINS)[0]} được thu thập một lần và chia sẻ qua nền tảng tích hợp.`, en: 'Data is collected once and shared through the integration platform.' };
          el.category = pick(['general', 'specific']);
          break;
        case 'standard':
          el.catalogueRef = standards[i % standards.length];
          el.adoption = pick(['bat_buoc', 'khuyen_nghi']);
          el.appliesTo = some(sys, 3);
          break;
        case 'gap':
          el.from = pick(sys);
          el.to = pick(sys);
          el.gapType = pick(['new', 'replace', 'upgrade']);
          el.priority = pick(['high', 'medium', 'low']);
          break;
        case 'project':
          el.start = `${2025 + int(3)}-0${1 + int(9)}-1${int(10)}`;
          el.end = `2030-12-31`;
          el.budgetSource = pick(['nsnn_trung_uong', 'oda']);
          el.budgetMillionVnd = 500 * (1 + int(400));
          el.addresses = some(ids.gap, 2);
          el.delivers = some(sys, 2);
          if (i > 0) el.dependsOn = some(ids.project, 1, i);
          el.leadUnit = pick(ous);
          break;
      }
      elements.push(el);
    });
  }
  injectDefects(elements, ids, opts, rnd);
  return elements;
}

function manifest(owner = { ns: 'ministry', code: 'BYT', vi: 'Bộ Y tế', en: 'Ministry of Health' }) {
  return [
    '# Synthetic architecture: generated by arch scripts/generate.mjs',
    `${owner.ns}:`,
    `  code: ${owner.code}`,
    `  name: {vi: ${JSON.stringify(owner.vi)}, en: ${JSON.stringify(owner.en)}}`,
    'framework: "4.0"',
    'architecture:',
    '  version: "1.0"',
    `  date: ${ARCH_DATE}`,
    '  status: draft',
    'languages: [vi, en]',
    '',
  ].join('\n');
}

/** Known defects: `errors` rotate through five codes; `cycles` add dependsOn back-edges between systems. */
function injectDefects(elements, ids, opts, rnd) {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const sys = ids['information-system'];
  for (let c = 0; c < (opts.cycles ?? 0) && 2 * c + 1 < sys.length; c++) {
    const a = byId.get(sys[2 * c]);
    const b = byId.get(sys[2 * c + 1]);
    b.dependsOn = [...new Set([...(b.dependsOn ?? []), a.id])];
    a.dependsOn = [...new Set([...(a.dependsOn ?? []), b.id])];
  }
  const k = opts.errors ?? 0;
  for (let e = 0; e < k; e++) {
    const el = elements[Math.floor(((e + 0.5) / k) * elements.length)];
    switch (e % 5) {
      case 0: el.owner = `${el.owner ?? 'don-vi'}-khong-ton-tai`; break; // model/unresolved-ref
      case 1: el.status = 'dang-van-hanh'; break; // schema/enum
      case 2: el.ghiChu = 'thuộc tính không có trong lược đồ'; break; // schema/unknown-property
      case 3: el.id = elements[0].id; break; // model/duplicate-id
      case 4: el.name = { en: el.name.en }; break; // schema/required (name.vi)
    }
  }
  void rnd;
}

/**
 * A synthetic national portfolio: one architecture per ministry and province in force on the architecture
 * date (17 + 34 = 51 from the catalogues), `entities` elements in all, split evenly. Names come from the same
 * word lists in every agency, so agencies overlap (similar systems, databases) as a roll-up must find; each
 * agency has its own seed. Returns folder name → files.
 * @param {{entities: number, seed?: number}} opts
 */
export function generatePortfolio(opts) {
  const inForce = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, 'data/catalogues', file), 'utf8')).entries.filter((e) => !e.validUntil || e.validUntil > ARCH_DATE);
  const owners = [
    ...inForce('ministries.json').map((e) => ({ ns: 'ministry', code: e.code, vi: e.name.vi, en: e.name.en })),
    ...inForce('provinces.json').map((e) => ({ ns: 'province', code: e.id, vi: e.name.vi, en: e.name.en })),
  ];
  const each = Math.max(16, Math.floor(opts.entities / owners.length));
  const out = new Map();
  owners.forEach((owner, i) => out.set(`${owner.ns}-${owner.code.toLowerCase()}`, generateArchitecture({ entities: each, seed: (opts.seed ?? 1) * 1000 + i, owner })));
  return out;
}

/** Writes a generated architecture below `dir` (created; must be empty or absent). */
export function writeArchitecture(dir, files) {
  let bytes = 0;
  for (const [rel, content] of files) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
    bytes += Buffer.byteLength(content);
  }
  return bytes;
}
