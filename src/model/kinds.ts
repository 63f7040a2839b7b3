/**
 * The element kinds of an architecture repository and the component-architecture layer
 * each kind belongs to (DOMAIN.md §2.2, §10). Schemas live in `schemas/kinds/<kind>.schema.json`.
 */

export const KINDS = [
  'org-unit',
  'user-group',
  'channel',
  'business-function',
  'public-service',
  'data-entity',
  'database',
  'information-system',
  'platform',
  'integration',
  'technology-component',
  'security-control',
  'principle',
  'standard',
  'gap',
  'project',
] as const;

export type Kind = (typeof KINDS)[number];

export type Layer = 'business' | 'data' | 'application' | 'technology' | 'security' | 'governance';

export type ReferenceModel = 'BRM' | 'DRM' | 'ARM' | 'TRM' | 'SRM';

export interface KindInfo {
  readonly label: { readonly vi: string; readonly en: string };
  readonly layer: Layer;
  readonly referenceModel?: ReferenceModel;
  /** `$id` of the kind's JSON Schema. */
  readonly schema: string;
}

const SCHEMA_BASE = 'https://arch.vn/schemas/v1/kinds/';
const schemaOf = (kind: Kind): string => `${SCHEMA_BASE}${kind}.schema.json`;

export const KIND_INFO: Readonly<Record<Kind, KindInfo>> = {
  'org-unit': { label: { vi: 'Đơn vị tổ chức', en: 'Organisation unit' }, layer: 'business', schema: schemaOf('org-unit') },
  'user-group': { label: { vi: 'Nhóm người sử dụng', en: 'User group' }, layer: 'business', schema: schemaOf('user-group') },
  channel: { label: { vi: 'Kênh giao tiếp', en: 'Channel' }, layer: 'business', schema: schemaOf('channel') },
  'business-function': { label: { vi: 'Chức năng nghiệp vụ', en: 'Business function' }, layer: 'business', referenceModel: 'BRM', schema: schemaOf('business-function') },
  'public-service': { label: { vi: 'Dịch vụ công, thủ tục hành chính', en: 'Public service / administrative procedure' }, layer: 'business', referenceModel: 'BRM', schema: schemaOf('public-service') },
  'data-entity': { label: { vi: 'Thực thể dữ liệu', en: 'Data entity' }, layer: 'data', referenceModel: 'DRM', schema: schemaOf('data-entity') },
  database: { label: { vi: 'Cơ sở dữ liệu', en: 'Database' }, layer: 'data', referenceModel: 'DRM', schema: schemaOf('database') },
  'information-system': { label: { vi: 'Hệ thống thông tin', en: 'Information system' }, layer: 'application', referenceModel: 'ARM', schema: schemaOf('information-system') },
  platform: { label: { vi: 'Nền tảng dùng chung', en: 'Shared platform' }, layer: 'application', referenceModel: 'ARM', schema: schemaOf('platform') },
  integration: { label: { vi: 'Kết nối, tích hợp', en: 'Integration (interface)' }, layer: 'application', referenceModel: 'ARM', schema: schemaOf('integration') },
  'technology-component': { label: { vi: 'Thành phần công nghệ', en: 'Technology component' }, layer: 'technology', referenceModel: 'TRM', schema: schemaOf('technology-component') },
  'security-control': { label: { vi: 'Biện pháp, phương án bảo đảm an toàn thông tin', en: 'Security control / plan' }, layer: 'security', referenceModel: 'SRM', schema: schemaOf('security-control') },
  principle: { label: { vi: 'Nguyên tắc', en: 'Principle' }, layer: 'governance', schema: schemaOf('principle') },
  standard: { label: { vi: 'Tiêu chuẩn kỹ thuật áp dụng', en: 'Adopted technical standard' }, layer: 'governance', schema: schemaOf('standard') },
  gap: { label: { vi: 'Khoảng cách', en: 'Gap' }, layer: 'governance', schema: schemaOf('gap') },
  project: { label: { vi: 'Nhiệm vụ, dự án', en: 'Project / roadmap item' }, layer: 'governance', schema: schemaOf('project') },
};

const KIND_SET: ReadonlySet<string> = new Set(KINDS);

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && KIND_SET.has(value);
}
