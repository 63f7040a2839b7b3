import { ALL_PROFILES, createRule } from './create-rule.js';
import { ofKind } from '../model/types.js';
import { ancestorsOf } from './helpers.js';

/** C28: online public services are published on the National Public Service Portal and processed by the ministry's procedure system. */
export default createRule(
  {
    id: 'C28',
    slug: 'service-published',
    title: { vi: 'DVC trực tuyến được công khai trên Cổng DVC quốc gia và xử lý trên HTTT giải quyết TTHC', en: 'Online services are on the National Public Service Portal and processed by the procedure system' },
    hint: { vi: 'Đặt `publishedOnNationalPortal: true` và `processedBy` là hệ thống `role: tthc_system`.', en: 'Set `publishedOnNationalPortal: true` and `processedBy` to the system with `role: tthc_system`.' },
    messages: {
      'not-published': { vi: 'Dịch vụ công trực tuyến "{id}" chưa công khai trên Cổng Dịch vụ công quốc gia', en: 'Online service "{id}" is not published on the National Public Service Portal' },
      'publication-not-stated': { vi: 'Dịch vụ công trực tuyến "{id}" chưa nêu đã công khai trên Cổng Dịch vụ công quốc gia hay chưa', en: 'Online service "{id}" does not state whether it is published on the National Public Service Portal' },
      'processor-not-stated': { vi: 'Dịch vụ công trực tuyến "{id}" chưa nêu hệ thống xử lý', en: 'Online service "{id}" does not state the system that processes it' },
      'not-tthc-system': { vi: 'Dịch vụ công trực tuyến "{id}" không được xử lý trên HTTT giải quyết TTHC của bộ', en: 'Online service "{id}" is not processed by the ministry procedure-processing system' },
    },
    profiles: ALL_PROFILES,
    // legal-documents.json records no effective date for QĐ 274/QĐ-TTg: the rule applies from the day it was signed.
    validFrom: { issued: 'qd-274-2019' },
    sources: [
      { doc: 'qd-274-2019', article: 'Đề án Cổng Dịch vụ công quốc gia' },
      { doc: 'nd-42-2022', article: 'Điều 11' },
      { doc: 'nd-118-2025' },
      { doc: 'tt-21-2023', article: 'Chức năng HTTT giải quyết TTHC cấp bộ, cấp tỉnh' },
    ],
    confidence: 'verified',
    category: 'business',
    defaultSeverity: 'error',
  },
  (ctx) => {
    for (const svc of ctx.elements('public-service')) {
      if (svc.onlineLevel !== 'toan_trinh' && svc.onlineLevel !== 'mot_phan') continue;
      // Absent and declared-wrong are different findings: "not stated" asks for the fact, "not published" reports it.
      if (svc.publishedOnNationalPortal === undefined) ctx.report({ messageId: 'publication-not-stated', data: { id: svc.id }, element: svc.id });
      else if (!svc.publishedOnNationalPortal) ctx.report({ messageId: 'not-published', data: { id: svc.id }, element: svc.id, field: 'publishedOnNationalPortal' });
      const sysId = svc.processedBy;
      if (sysId === undefined) {
        ctx.report({ messageId: 'processor-not-stated', data: { id: svc.id }, element: svc.id });
        continue;
      }
      const family = [sysId, ...ancestorsOf(ctx.model, sysId)];
      if (!family.some((id) => ofKind(ctx.model.byId.get(id), 'information-system')?.role === 'tthc_system')) ctx.report({ messageId: 'not-tthc-system', data: { id: svc.id }, element: svc.id, field: 'processedBy' });
    }
  },
);
