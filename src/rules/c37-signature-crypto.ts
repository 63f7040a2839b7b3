import { ALL_PROFILES, createRule } from './create-rule.js';
import { hasAny, standardIds } from './helpers.js';

const ASYMMETRIC = ['tt15-rsa-2048', 'tt15-ecdsa-256'];
const HASH = ['tt15-sha-2', 'tt15-sha-3'];
const AES = ['tt15-aes-tcvn-7816', 'tt15-aes-fips-197'];
/** Tags that mark a digital-signature component. */
const TAGS = ['digital-signature', 'chu-ky-so'];

/** C37: digital-signature components use the algorithms of TT 15/2025/TT-BKHCN. */
export default createRule(
  {
    id: 'C37',
    slug: 'signature-crypto',
    title: { vi: 'Thành phần chữ ký số dùng thuật toán theo TT 15/2025/TT-BKHCN', en: 'Digital-signature components use the algorithms of TT 15/2025/TT-BKHCN' },
    hint: {
      vi: 'Với phần tử có nhãn digital-signature, thêm vào `standards`: std:tt15-rsa-2048 hoặc std:tt15-ecdsa-256; std:tt15-sha-2 hoặc std:tt15-sha-3; std:tt15-aes-tcvn-7816 hoặc std:tt15-aes-fips-197.',
      en: 'On elements tagged digital-signature, add to `standards`: std:tt15-rsa-2048 or std:tt15-ecdsa-256; std:tt15-sha-2 or std:tt15-sha-3; std:tt15-aes-tcvn-7816 or std:tt15-aes-fips-197.',
    },
    messages: {
      'no-asymmetric': { vi: '"{id}" chưa khai báo RSA ≥ 2048 bit hoặc ECDSA ≥ 256 bit', en: '"{id}" declares neither RSA ≥ 2048 bits nor ECDSA ≥ 256 bits' },
      'no-hash': { vi: '"{id}" chưa khai báo hàm băm SHA-2 hoặc SHA-3', en: '"{id}" declares no SHA-2 or SHA-3 hash' },
      'no-aes': { vi: '"{id}" chưa khai báo AES (TCVN 7816:2007 hoặc FIPS 197)', en: '"{id}" declares no AES (TCVN 7816:2007 or FIPS 197)' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-15-2025-bkhcn', article: 'Yêu cầu kỹ thuật phần mềm ký số, kiểm tra chữ ký số' }],
    confidence: 'verified',
    category: 'security',
    defaultSeverity: 'error',
  },
  (ctx) => {
    for (const el of ctx.elements('technology-component', 'security-control')) {
      if (!(el.tags ?? []).some((t) => TAGS.includes(t))) continue;
      const ids = standardIds(ctx.model, el.standards ?? []);
      const at = { element: el.id, data: { id: el.id }, ...(el.standards ? { field: 'standards' } : {}) };
      if (!hasAny(ids, ASYMMETRIC)) ctx.report({ messageId: 'no-asymmetric', ...at });
      if (!hasAny(ids, HASH)) ctx.report({ messageId: 'no-hash', ...at });
      if (!hasAny(ids, AES)) ctx.report({ messageId: 'no-aes', ...at });
    }
  },
);
