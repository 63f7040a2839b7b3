import { ALL_PROFILES, createRule } from './create-rule.js';
import { deadlineDate } from './data.js';
import { lgspIds, linkedTo } from './helpers.js';

/**
 * C58: under NĐ 278/2025/NĐ-CP (mandatory data connection and sharing across the political system) the shared data
 * of the databases of ministries and localities, and the data that serves administrative procedures, are
 * connected, shared and synchronised with the national aggregated database (CSDL tổng hợp quốc gia) through the
 * national data sharing and coordination platform, for the Ministry of Public Security to coordinate; mandatory
 * sharing is in place by the deadline of legal-documents.json (31/12/2026). A shared database (`dbKind:
 * dung_chung`) and the procedure-processing system (`role: tthc_system`) are each linked, themselves or through
 * the system that manages the database, to `national:ndc-coordination` or the aggregated warehouse
 * `national:kho-du-lieu-tong-hop`, directly or through the owner's LGSP when that is linked to them. Read from press
 * summaries of the decree, not its articles: the rule informs.
 */
const DEADLINE = { doc: 'nd-278-2025', id: 'master-data-sharing' };
const TARGETS = ['national:ndc-coordination', 'national:kho-du-lieu-tong-hop'];

export default createRule(
  {
    id: 'C58',
    slug: 'national-aggregated-data',
    title: {
      vi: 'Dữ liệu dùng chung và dữ liệu phục vụ TTHC được đồng bộ với CSDL tổng hợp quốc gia',
      en: 'Shared data and the data of administrative procedures are synchronised with the national aggregated database',
    },
    hint: {
      vi: 'Khai báo integration từ CSDL (hoặc hệ thống quản lý nó) hay hệ thống giải quyết TTHC tới `national:ndc-coordination` (hoặc `via` nền tảng đó), hoặc thêm nó vào `uses`.',
      en: 'Declare an integration from the database (or its managing system) or the procedure-processing system to `national:ndc-coordination` (or `via` that platform), or add it to `uses`.',
    },
    messages: {
      shared: {
        vi: 'CSDL dùng chung "{id}" chưa kết nối, đồng bộ với CSDL tổng hợp quốc gia qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia (hạn {deadline})',
        en: 'Shared database "{id}" is not connected or synchronised with the national aggregated database through the national data coordination platform (deadline {deadline})',
      },
      'shared-overdue': {
        vi: 'CSDL dùng chung "{id}" vẫn chưa kết nối, đồng bộ với CSDL tổng hợp quốc gia qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia, đã quá hạn {deadline}',
        en: 'Shared database "{id}" is still not connected or synchronised with the national aggregated database through the national data coordination platform, past the deadline {deadline}',
      },
      tthc: {
        vi: 'Hệ thống giải quyết TTHC "{id}" chưa kết nối, đồng bộ dữ liệu với CSDL tổng hợp quốc gia qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia (hạn {deadline})',
        en: 'Procedure-processing system "{id}" does not connect or synchronise its data with the national aggregated database through the national data coordination platform (deadline {deadline})',
      },
      'tthc-overdue': {
        vi: 'Hệ thống giải quyết TTHC "{id}" vẫn chưa kết nối, đồng bộ dữ liệu với CSDL tổng hợp quốc gia qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia, đã quá hạn {deadline}',
        en: 'Procedure-processing system "{id}" still does not connect or synchronise its data with the national aggregated database through the national data coordination platform, past the deadline {deadline}',
      },
    },
    profiles: ALL_PROFILES,
    // legal-documents.json records no effective date for NĐ 278/2025: the rule applies from the day it was issued.
    validFrom: { issued: 'nd-278-2025' },
    sources: [{ doc: 'nd-278-2025', article: 'Dữ liệu chủ, dữ liệu dùng chung và dữ liệu phục vụ giải quyết TTHC kết nối, chia sẻ, đồng bộ với CSDL tổng hợp quốc gia qua Nền tảng chia sẻ, điều phối dữ liệu' }],
    confidence: 'unverified',
    confidenceNote: {
      vi: 'Theo bản tóm tắt Nghị định trên báo (vietnamnet.vn/...2460015.html; baochinhphu.vn qua vietnam.vn: hạn 31/12/2026); điều khoản chưa đối chiếu',
      en: 'From press summaries of the decree (vietnamnet.vn/...2460015.html; baochinhphu.vn via vietnam.vn: deadline 31/12/2026); the articles are unchecked',
    },
    category: 'data',
    defaultSeverity: 'info',
  },
  (ctx) => {
    const deadline = deadlineDate(ctx.data.legalDocuments(), DEADLINE, 'C58');
    const overdue = ctx.asOf > deadline;
    // The owner's LGSPs that reach the coordination platform: an element linked to one of them reaches it too.
    const hubs = [...TARGETS, ...lgspIds(ctx.model).filter((id) => linkedTo(ctx.model, id, TARGETS))];
    for (const db of ctx.elements('database')) {
      if (db.dbKind !== 'dung_chung' || db.status === 'retiring' || db.replicaOf) continue;
      const ends = [db.id, ...(db.managedBy ? [db.managedBy] : [])];
      if (ends.some((id) => linkedTo(ctx.model, id, hubs))) continue;
      ctx.report({ messageId: overdue ? ('shared-overdue' as const) : ('shared' as const), data: { id: db.id, deadline }, element: db.id });
    }
    for (const sys of ctx.elements('information-system')) {
      if (sys.role !== 'tthc_system' || sys.status === 'retiring' || linkedTo(ctx.model, sys.id, hubs)) continue;
      ctx.report({ messageId: overdue ? ('tthc-overdue' as const) : ('tthc' as const), data: { id: sys.id, deadline }, element: sys.id });
    }
  },
);
