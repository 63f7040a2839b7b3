import { ALL_PROFILES, createRule } from './create-rule.js';

const LAYERS = ['onsite', 'professionalMonitoring', 'independentAudit', 'nationalConnection'] as const;

/** C17 [M]: the security architecture connects to national monitoring and follows the four-layer model. */
export default createRule(
  {
    id: 'C17',
    slug: 'security-monitoring',
    title: { vi: 'Kết nối giám sát ATTT quốc gia và mô hình 4 lớp', en: 'Connection to national security monitoring and the four-layer model' },
    hint: {
      vi: 'Khai báo security-control loại monitoring với `monitoringConnected: true` và `fourLayerModel` đủ 4 lớp.',
      en: 'Declare a monitoring security-control with `monitoringConnected: true` and all four `fourLayerModel` layers.',
    },
    messages: {
      'no-monitoring': { vi: 'Chưa có biện pháp kết nối hệ thống giám sát an toàn thông tin quốc gia', en: 'No control connects to national security monitoring' },
      'incomplete-model': { vi: 'Mô hình 4 lớp của "{id}" còn thiếu: {missing}', en: 'The four-layer model of "{id}" lacks: {missing}' },
    },
    profiles: ALL_PROFILES,
    // CV 235/CATTT is an official letter with no effective date of its own: it applies from the day it was issued.
    validFrom: { issued: 'cv-235-2020' },
    sources: [
      { doc: 'cv-235-2020', article: 'Mô hình 4 lớp' },
      { doc: 'tt-31-2017', article: 'Giám sát an toàn hệ thống thông tin' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Nội dung mô hình 4 lớp chưa đối chiếu [M]', en: 'The four-layer model content is unchecked [M]' },
    category: 'security',
    defaultSeverity: 'info',
  },
  (ctx) => {
    const controls = ctx.elements('security-control');
    const monitoring = controls.filter((c) => c.monitoringConnected === true);
    if (monitoring.length === 0) {
      ctx.report({ messageId: 'no-monitoring', ...(controls[0] ? { element: controls[0].id } : { manifest: [] }) });
      return;
    }
    const withModel = controls.filter((c) => c.fourLayerModel);
    const complete = withModel.some((c) => LAYERS.every((l) => c.fourLayerModel?.[l] === true));
    if (complete) return;
    const target = withModel[0] ?? monitoring[0]!;
    const model = target.fourLayerModel ?? {};
    ctx.report({ messageId: 'incomplete-model', data: { id: target.id, missing: LAYERS.filter((l) => model[l] !== true).join(', ') }, element: target.id, ...(target.fourLayerModel ? { field: 'fourLayerModel' } : {}) });
  },
);
