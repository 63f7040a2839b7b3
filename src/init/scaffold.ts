/**
 * `arch init`: the files of a new architecture repository for one ministry and framework profile, as a map of
 * repository-relative paths to contents (pure; the CLI writes them). Every YAML file starts with a
 * yaml-language-server modeline pointing at the self-contained schema bundles written beside them in
 * `schemas/`, so editors complete and check the files offline, with no network and no node_modules lookup.
 * The starter elements connect to the national platforms in force on the architecture's date, cite the
 * standards and laws in force then, and the result passes `arch validate` and `arch check` (assessed on that
 * date) with no finding: its procedure system is planned, delivered by a roadmap project, so it needs no
 * approval or assessment record yet. Texts a ministry must write itself are marked (cần hoàn thiện) in them.
 */
import { inForce, readDataFile, type CatalogueEntry, type Catalogues } from '../catalog/catalog.js';
import { getProfile } from '../catalog/profiles.js';
import { instrumentDocument, RULE_DATA, topicLawsInForce, type LegalDocument } from '../rules/data.js';
import type { Localized } from '../diagnostics/diagnostic.js';

export type Lang = 'vi' | 'en';

export interface ScaffoldOptions {
  ministry: CatalogueEntry;
  framework: string;
  date: string;
  lang: Lang;
  catalogues: Catalogues;
}

/** Where the schema bundles go inside the new repository, and the component-architecture folders. */
export const SCHEMA_DIR = 'schemas';
export const MANIFEST_BUNDLE = `${SCHEMA_DIR}/manifest.schema.json`;
export const ELEMENTS_BUNDLE = `${SCHEMA_DIR}/elements.schema.json`;

const q = (s: string): string => JSON.stringify(s);
const name = (t: Localized): string => `{vi: ${q(t.vi)}, en: ${q(t.en)}}`;
const modeline = (schema: string): string => `# yaml-language-server: $schema=${schema}\n`;

interface Folder {
  dir: string;
  file: string;
  title: Localized;
  body: string;
}

interface Ids {
  code: string;
  bo: string;
  it: string;
  lgsp: string;
}

function onlineLevelField(date: string): string {
  const regimes = (readDataFile('catalogues/service-levels.json') as { regimes: { id: string; validFrom?: string; validUntil?: string }[] }).regimes;
  const current = regimes.find((r) => inForce(r, date));
  return current?.id === 'nd43-2011' ? 'legacyLevel: 3' : 'onlineLevel: mot_phan\n    targetOnlineLevel: toan_trinh';
}

/** The legal bases to cite on `date`: the framework's instrument and, from 3.0, the security law(s) in force. */
function legalBases(o: ScaffoldOptions): LegalDocument[] {
  const docs = RULE_DATA.legalDocuments();
  const profile = getProfile(o.framework);
  const instrument = profile && instrumentDocument(docs, profile);
  const security = topicLawsInForce(docs, 'cybersecurity', o.date);
  return [...(instrument ? [instrument] : []), ...(['1.0', '2.0'].includes(o.framework) ? [] : security)];
}

/** All groups of requirements of TCVN 11930:2017 (data/catalogues/security-levels.json). */
const securityGroups = (): string[] => RULE_DATA.securityLevels().tcvn11930Groups.map((g) => g.id);

function refsInForce(o: ScaffoldOptions, ns: 'national' | 'std', ids: string[]): string[] {
  return ids.filter((id) => {
    const e = o.catalogues.get(ns, id);
    return e !== undefined && inForce(e, o.date);
  }).map((id) => `${ns}:${id}`);
}

function folders(o: ScaffoldOptions, ids: Ids): Folder[] {
  const { bo, it, lgsp } = ids;
  const v2 = o.framework !== '1.0';
  const brm = v2 ? '\n    refModel: BRM001' : '';
  const national = o.framework === '1.0' ? 'ngsp' : 'ndxp';
  // The LGSP reaches the national exchange platform, and the data coordination platform where it is in force on the date.
  const lgspLinks = [`national:${national}`, ...refsInForce(o, 'national', v2 ? ['ndc-coordination'] : [])];
  const uses = [lgsp, ...refsInForce(o, 'national', v2 ? ['cong-dvcqg', 'vneid', 'csdlqg-dan-cu'] : [])];
  const protocols = refsInForce(o, 'std', ['tt39-1.1-http-1.1', 'tt39-tls-1.2', 'tt39-utf-8', 'tt39-json']);
  const protocolsLine = protocols.length > 0 ? `\n    protocols: [${protocols.join(', ')}]` : '';
  const population = refsInForce(o, 'national', ['csdlqg-dan-cu'])[0];
  const citizenData = population
    ? `    authoritativeSource: ${population}\n    replica: true\n`
    : `    authoritativeSource: csdl-tthc\n`;
  return [
    {
      dir: 'nghiep-vu',
      file: 'nghiep-vu.yaml',
      title: { vi: 'Kiến trúc nghiệp vụ: tổ chức, người sử dụng, kênh, chức năng, dịch vụ công', en: 'Business architecture: organisation, users, channels, functions, public services' },
      body: `  - kind: org-unit
    id: ${bo}
    name: ${name(o.ministry.name)}
    status: current
    unitType: bo
  - kind: org-unit
    id: ${it}
    name: {vi: "Đơn vị chuyên trách công nghệ thông tin", en: "Dedicated IT unit"}
    status: current
    unitType: cuc
    parent: ${bo}
    owner: ${bo}
  - kind: user-group
    id: nguoi-dan
    name: {vi: "Người dân", en: "Citizens"}
    status: current
    owner: ${it}
    groupType: citizen
  - kind: channel
    id: kenh-cong-dvc
    name: {vi: "Cổng dịch vụ công của Bộ", en: "Ministry public-service portal"}
    status: current
    owner: ${it}
    channelType: web
    serves: [nguoi-dan]
    providedBy: he-thong-tthc
  - kind: business-function
    id: nv-quan-ly-nha-nuoc
    name: {vi: "Quản lý nhà nước chuyên ngành", en: "Sector regulation"}
    status: current
    owner: ${bo}${brm}
    performedBy: [${bo}]
  - kind: public-service
    id: dvc-mau
    name: {vi: "Thủ tục hành chính mẫu (thay bằng thủ tục thật)", en: "Sample procedure (replace with a real one)"}
    status: current
    owner: ${it}
    ${onlineLevelField(o.date)}
    processedBy: he-thong-tthc
    publishedOnNationalPortal: true
    function: nv-quan-ly-nha-nuoc
    users: [nguoi-dan]
    channels: [kenh-cong-dvc]
    dataEntities: [dl-cong-dan]
`,
    },
    {
      dir: 'du-lieu',
      file: 'du-lieu.yaml',
      title: { vi: 'Kiến trúc dữ liệu: thực thể dữ liệu, cơ sở dữ liệu', en: 'Data architecture: data entities, databases' },
      body: `  - kind: data-entity
    id: dl-cong-dan
    name: {vi: "Thông tin công dân", en: "Citizen data"}
    status: current
    owner: ${it}${v2 ? '\n    refModel: DRM001' : ''}
    personal: true
    classification: personal
${citizenData}    storedIn: [csdl-tthc]
  - kind: database
    id: csdl-tthc
    name: {vi: "CSDL giải quyết thủ tục hành chính", en: "Procedure-processing database"}
    status: current
    owner: ${it}${v2 ? '\n    refModel: DRM002' : ''}
    dbKind: noi_bo
    openData: false
    stores: [dl-cong-dan]
    managedBy: he-thong-tthc
`,
    },
    {
      dir: 'ung-dung',
      file: 'ung-dung.yaml',
      title: { vi: 'Kiến trúc ứng dụng: hệ thống thông tin, nền tảng, kết nối', en: 'Application architecture: information systems, platforms, integrations' },
      body: `  - kind: platform
    id: ${lgsp}
    name: {vi: "Nền tảng tích hợp, chia sẻ dữ liệu cấp Bộ (LGSP)", en: "Ministry integration platform (LGSP)"}
    status: planned
    owner: ${it}${v2 ? '\n    refModel: ARM001' : ''}
    platformType: lgsp
    level: ministry
    connectsTo: [${lgspLinks.join(', ')}]
    hostedOn: ttdl
    securityLevel: 3
    securityLevelStatus: proposed
  - kind: information-system
    id: he-thong-tthc
    name: {vi: "Hệ thống thông tin giải quyết thủ tục hành chính", en: "Procedure-processing system"}
    status: planned
    owner: ${bo}
    operator: ${it}${v2 ? '\n    refModel: ARM002' : ''}
    systemType: citizen_business_services
    role: tthc_system
    informationClasses: [personal, private]
    securityLevel: 3
    securityLevelStatus: proposed
    users: [nguoi-dan]
    uses: [${uses.join(', ')}]
    databases: [csdl-tthc]
    satisfies: [nt-tuan-thu-khung]
    personalDataProtection:
      basis: {vi: "Giải quyết thủ tục hành chính theo quy định của pháp luật (cần hoàn thiện)", en: "Processing administrative procedures as the law provides (to be completed)"}
      impactAssessment: "Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân (cần lập trước khi vận hành)"
  - kind: integration
    id: kn-lgsp-${national}
    name: {vi: "Kết nối LGSP với nền tảng tích hợp quốc gia", en: "LGSP to the national integration platform"}
    status: planned
    owner: ${it}
    from: ${lgsp}
    to: national:${national}
    direction: two_way
    method: api_rest${protocolsLine}
`,
    },
    {
      dir: 'cong-nghe',
      file: 'cong-nghe.yaml',
      title: { vi: 'Kiến trúc công nghệ: hạ tầng kỹ thuật', en: 'Technology architecture: technical infrastructure' },
      body: `  - kind: technology-component
    id: ttdl
    name: {vi: "Trung tâm dữ liệu của Bộ", en: "Ministry data centre"}
    status: current
    owner: ${it}${v2 ? '\n    refModel: TRM001' : ''}
    techType: data_center
`,
    },
    {
      dir: 'an-toan-thong-tin',
      file: 'an-toan-thong-tin.yaml',
      title: { vi: 'Kiến trúc an toàn thông tin: phương án bảo đảm ATTT theo cấp độ', en: 'Security architecture: protection plans by security level' },
      body: `  - kind: security-control
    id: pa-attt-cap-do-3
    name: {vi: "Phương án bảo đảm an toàn thông tin cấp độ 3", en: "Level-3 protection plan"}
    status: planned
    owner: ${it}${v2 ? '\n    refModel: SRM001' : ''}
    controlType: plan
    forLevel: 3
    covers: [he-thong-tthc, ${lgsp}]
    tcvn11930Groups: [${securityGroups().join(', ')}]
    monitoringConnected: true
    fourLayerModel: {onsite: true, professionalMonitoring: true, independentAudit: true, nationalConnection: true}
`,
    },
    {
      dir: 'trien-khai',
      file: 'trien-khai.yaml',
      title: { vi: 'Nguyên tắc, khoảng cách và lộ trình triển khai', en: 'Principles, gaps and roadmap' },
      body: `  - kind: principle
    id: nt-tuan-thu-khung
    name: {vi: "Tuân thủ Khung Kiến trúc quốc gia", en: "Conform to the national framework"}
    status: current
    owner: ${it}
    category: general
    statement: {vi: "Kiến trúc của Bộ tuân thủ Khung Kiến trúc phiên bản ${o.framework}.", en: "The ministry architecture follows framework ${o.framework}."}
  - kind: gap
    id: kc-he-thong-tthc
    name: {vi: "Chưa có hệ thống giải quyết thủ tục hành chính dùng chung của Bộ", en: "No shared procedure-processing system yet"}
    status: current
    owner: ${it}
    to: he-thong-tthc
    gapType: new
    priority: high
  - kind: project
    id: da-he-thong-tthc
    name: {vi: "Xây dựng Hệ thống thông tin giải quyết thủ tục hành chính (cần hoàn thiện)", en: "Build the procedure-processing system (to be completed)"}
    status: planned
    owner: ${it}
    leadUnit: ${it}
    addresses: [kc-he-thong-tthc]
    delivers: [he-thong-tthc, ${lgsp}, kn-lgsp-${national}, pa-attt-cap-do-3]
`,
    },
  ];
}

function manifest(o: ScaffoldOptions, ids: Ids, dirs: string[]): string {
  const c = o.lang === 'en';
  const year = Number(o.date.slice(0, 4)) + 5;
  return `${modeline(MANIFEST_BUNDLE)}# ${c ? `Architecture of ${o.ministry.name.en} — scaffolded by arch init; edit freely.` : `Kiến trúc ${o.ministry.name.vi} — khung do arch init tạo; hãy chỉnh sửa, bổ sung.`}
# ${c ? 'Check it with: arch validate' : 'Kiểm tra bằng lệnh: arch validate'}
ministry:
  code: ${ids.code}
  name: ${name(o.ministry.name)}
framework: ${q(o.framework)}
architecture:
  version: "1.0"
  date: ${o.date}
  status: draft
  horizon: ${year}
include:
${dirs.map((d) => `  - ${q(`${d}/*.yaml`)}`).join('\n')}
languages: [vi, en]
contents:
  legalBases:
${legalBases(o).map((d) => `    - {number: ${q(d.number)}, title: ${name(d.title ?? { vi: d.number, en: d.number })}}`).join('\n')}
  vision:
    vi: "Tầm nhìn của Bộ đến năm ${year} (cần hoàn thiện)."
    en: "The ministry's vision to ${year} (to be completed)."
  scope:
    vi: "Cơ quan Bộ và các đơn vị trực thuộc (cần hoàn thiện)."
    en: "The ministry and its affiliated units (to be completed)."
  objectives:
    - id: mt-1
      text: {vi: "Mục tiêu cụ thể (cần hoàn thiện)", en: "A specific objective (to be completed)"}
  implementation:
    responsibilities:
      - unit: ${ids.it}
        text: {vi: "Chủ trì xây dựng, duy trì, cập nhật Kiến trúc.", en: "Leads building, maintaining and updating the architecture."}
`;
}

function readme(o: ScaffoldOptions, dirs: Folder[]): string {
  const c = o.lang === 'en';
  const rows = dirs.map((f) => `- \`${f.dir}/\` — ${f.title[o.lang]}`).join('\n');
  return c
    ? `# Architecture of ${o.ministry.name.en}\n\nFramework ${o.framework}, dated ${o.date}. Layout:\n\n- \`arch.yaml\` — the manifest (ministry, framework, version, date, contents)\n${rows}\n- \`${SCHEMA_DIR}/\` — self-contained JSON Schemas for editors (regenerate with \`arch schema manifest --bundle -o ${MANIFEST_BUNDLE} --force\` and \`arch schema elements --bundle -o ${ELEMENTS_BUNDLE} --force\`)\n\nRun \`arch validate\` after every change.\n`
    : `# Kiến trúc ${o.ministry.name.vi}\n\nKhung Kiến trúc phiên bản ${o.framework}, ngày ${o.date}. Cấu trúc thư mục:\n\n- \`arch.yaml\` — tệp khai báo (bộ, khung kiến trúc, phiên bản, ngày, nội dung chung)\n${rows}\n- \`${SCHEMA_DIR}/\` — lược đồ JSON độc lập cho trình soạn thảo (tạo lại bằng \`arch schema manifest --bundle -o ${MANIFEST_BUNDLE} --force\` và \`arch schema elements --bundle -o ${ELEMENTS_BUNDLE} --force\`)\n\nChạy \`arch validate\` sau mỗi lần chỉnh sửa.\n`;
}

/** The repository files (YAML and README); the schema bundles are added by the caller. */
export function scaffoldFiles(o: ScaffoldOptions): Map<string, string> {
  const code = o.ministry.id.toUpperCase();
  const slug = code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const ids: Ids = { code, bo: `bo-${slug}`, it: 'don-vi-cntt', lgsp: `lgsp-${slug}` };
  const list = folders(o, ids);
  const files = new Map<string, string>();
  files.set('arch.yaml', manifest(o, ids, list.map((f) => f.dir)));
  for (const f of list) {
    files.set(`${f.dir}/${f.file}`, `${modeline(`../${ELEMENTS_BUNDLE}`)}# ${f.title[o.lang]}\nelements:\n${f.body}`);
  }
  files.set('README.md', readme(o, list));
  return files;
}
