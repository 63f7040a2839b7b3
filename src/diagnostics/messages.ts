import type { Diagnostic, Localized, Location, RelatedLocation, Severity } from './diagnostic.js';
import { formatDate } from './format-date.js';

/**
 * Every diagnostic code of the load, yaml, schema and model stages, with its default severity,
 * a message template in Vietnamese and English ({name} placeholders) and a hint saying how to fix it.
 * Conformance rules (`rule/Cxx`) carry their own messages in their rule modules.
 */
export interface CodeInfo {
  severity: Severity;
  message: Localized;
  hint: Localized;
}

const t = (vi: string, en: string): Localized => ({ vi, en });

export const CODES = {
  // ----- discovery and reading -------------------------------------------------------------
  'load/no-manifest': {
    severity: 'error',
    message: t('{dir} không phải kho kiến trúc: không có tệp kê khai arch.yaml ở thư mục này hay thư mục cha nào', '{dir} is not an architecture repository: no arch.yaml manifest here or in any parent folder'),
    hint: t('Chạy `arch init {dir} --ministry <mã bộ>` để tạo kho kiến trúc mới, hoặc chỉ đúng thư mục chứa arch.yaml.', 'Run `arch init {dir} --ministry <code>` to scaffold a repository, or point at the folder that holds arch.yaml.'),
  },
  'load/symlink': {
    severity: 'error',
    message: t('{path} là liên kết tượng trưng (symlink); arch không đọc qua symlink', '{path} is a symbolic link; arch does not follow symlinks'),
    hint: t('Thay symlink bằng tệp thật nằm trong kho.', 'Replace the symlink with a real file inside the repository.'),
  },
  'load/not-regular-file': {
    severity: 'error',
    message: t('{path} không phải tệp thông thường ({type})', '{path} is not a regular file ({type})'),
    hint: t('Chỉ các tệp YAML thông thường được đọc; xóa hoặc đổi tên mục này.', 'Only regular YAML files are read; remove or rename this entry.'),
  },
  'load/file-too-large': {
    severity: 'error',
    message: t('Tệp lớn {size} byte, vượt giới hạn {limit} byte', 'File is {size} bytes, over the {limit}-byte limit'),
    hint: t('Tách tệp thành nhiều tệp nhỏ hơn.', 'Split the file into smaller files.'),
  },
  'load/too-many-files': {
    severity: 'error',
    message: t('Kho có hơn {limit} tệp YAML được khai báo', 'The repository includes more than {limit} YAML files'),
    hint: t('Thu hẹp mẫu `include` trong arch.yaml.', 'Narrow the `include` patterns in arch.yaml.'),
  },
  'load/total-too-large': {
    severity: 'error',
    message: t('Tổng dung lượng các tệp vượt {limit} byte', 'The included files exceed {limit} bytes in total'),
    hint: t('Thu hẹp mẫu `include` trong arch.yaml.', 'Narrow the `include` patterns in arch.yaml.'),
  },
  'load/read-error': {
    severity: 'error',
    message: t('Không đọc được {path}: {reason}', 'Cannot read {path}: {reason}'),
    hint: t('Kiểm tra quyền truy cập và đường dẫn của tệp.', 'Check the file permissions and path.'),
  },
  'load/bad-encoding': {
    severity: 'error',
    message: t('Tệp không phải UTF-8 hợp lệ: {detail}', 'The file is not valid UTF-8: {detail}'),
    hint: t('Lưu lại tệp với bảng mã UTF-8 (không BOM UTF-16).', 'Save the file as UTF-8.'),
  },
  'load/bad-char': {
    severity: 'error',
    message: t('Ký tự điều khiển không được phép {char}', 'Control character {char} is not allowed'),
    hint: t('Xóa ký tự này; tệp nhị phân không phải YAML.', 'Remove the character; binary files are not YAML.'),
  },
  'load/include-invalid': {
    severity: 'error',
    message: t('Mẫu include "{pattern}" không hợp lệ: {reason}', 'Include pattern "{pattern}" is not allowed: {reason}'),
    hint: t('Dùng đường dẫn tương đối trong kho, phân tách bằng "/", không có "..".', 'Use a relative path inside the repository with "/" separators and no "..".'),
  },
  'load/include-no-match': {
    severity: 'warning',
    message: t('Mẫu include "{pattern}" không khớp tệp nào', 'Include pattern "{pattern}" matches no file'),
    hint: t('Sửa mẫu hoặc xóa nó khỏi arch.yaml.', 'Fix the pattern or remove it from arch.yaml.'),
  },
  'load/case-collision': {
    severity: 'warning',
    message: t('Tên tệp {path} chỉ khác {other} ở chữ hoa/thường hoặc chuẩn Unicode', '{path} differs from {other} only by case or Unicode normalisation'),
    hint: t('Đổi tên một trong hai tệp để kho dùng được trên Windows và macOS.', 'Rename one of them so the repository works on Windows and macOS.'),
  },
  'load/not-included': {
    severity: 'warning',
    message: t('Tệp {path} có phần tử kiến trúc nhưng không thuộc mẫu include của arch.yaml', '{path} holds elements but no include pattern of arch.yaml matches it'),
    hint: t('Thêm tệp vào `include` trong arch.yaml hoặc chuyển nó ra khỏi kho.', 'Add it to `include` in arch.yaml or move it out of the repository.'),
  },
  // ----- YAML -----------------------------------------------------------------------------
  'yaml/syntax': {
    severity: 'error',
    message: t('Lỗi cú pháp YAML: {detail}', 'YAML syntax error: {detail}'),
    hint: t('Sửa cú pháp tại vị trí này (thụt lề bằng dấu cách, đóng ngoặc và dấu nháy).', 'Fix the syntax here (indent with spaces, close brackets and quotes).'),
  },
  'yaml/empty': {
    severity: 'error',
    message: t('Tệp rỗng hoặc chỉ có chú thích', 'The file is empty or holds only comments'),
    hint: t('Thêm nội dung hoặc xóa tệp.', 'Add content or delete the file.'),
  },
  'yaml/multiple-docs': {
    severity: 'error',
    message: t('Tệp chứa nhiều tài liệu YAML (---); mỗi tệp chỉ được một tài liệu', 'The file holds several YAML documents (---); one document per file'),
    hint: t('Tách mỗi tài liệu ra một tệp riêng.', 'Move each document to its own file.'),
  },
  'yaml/version': {
    severity: 'error',
    message: t('Chỉ thị %YAML {version} không được hỗ trợ; arch dùng YAML 1.2', '%YAML {version} is not supported; arch reads YAML 1.2'),
    hint: t('Xóa dòng chỉ thị %YAML.', 'Remove the %YAML directive.'),
  },
  'yaml/too-deep': {
    severity: 'error',
    message: t('Cấu trúc lồng nhau quá {limit} cấp', 'Nesting is deeper than {limit} levels'),
    hint: t('Làm phẳng cấu trúc; kiến trúc không cần lồng sâu như vậy.', 'Flatten the structure; an architecture never needs this depth.'),
  },
  'yaml/too-many-entries': {
    severity: 'error',
    message: t('Một tập hợp có hơn {limit} mục', 'A collection has more than {limit} entries'),
    hint: t('Tách dữ liệu ra nhiều tệp.', 'Split the data over several files.'),
  },
  'yaml/too-many-nodes': {
    severity: 'error',
    message: t('Tệp có hơn {limit} nút YAML', 'The file has more than {limit} YAML nodes'),
    hint: t('Tách dữ liệu ra nhiều tệp.', 'Split the data over several files.'),
  },
  'yaml/duplicate-key': {
    severity: 'error',
    message: t('Khóa "{key}" bị lặp (đã khai báo ở dòng {line})', 'Duplicate key "{key}" (first declared at line {line})'),
    hint: t('Xóa một trong hai khóa; YAML không cho phép khóa trùng.', 'Remove one of the two keys; YAML forbids duplicates.'),
  },
  'yaml/non-string-key': {
    severity: 'error',
    message: t('Khóa phải là chuỗi, không phải tập hợp', 'Keys must be strings, not collections'),
    hint: t('Dùng khóa là chuỗi đơn giản.', 'Use a plain string key.'),
  },
  'yaml/forbidden-key': {
    severity: 'error',
    message: t('Khóa "{key}" bị cấm', 'The key "{key}" is forbidden'),
    hint: t('Đổi tên khóa; "__proto__", "constructor" và "prototype" không được dùng.', 'Rename it; "__proto__", "constructor" and "prototype" are reserved.'),
  },
  'yaml/merge-key': {
    severity: 'error',
    message: t('Khóa gộp "<<" không được hỗ trợ', 'Merge keys ("<<") are not supported'),
    hint: t('Viết đầy đủ các trường thay cho "<<".', 'Write the fields out instead of merging them.'),
  },
  'yaml/alias': {
    severity: 'error',
    message: t('Bí danh YAML (*{name}) không được phép', 'YAML aliases (*{name}) are not allowed'),
    hint: t('Viết lại giá trị thay vì tham chiếu bí danh.', 'Repeat the value instead of referring to an alias.'),
  },
  'yaml/anchor': {
    severity: 'error',
    message: t('Neo YAML (&{name}) không được phép', 'YAML anchors (&{name}) are not allowed'),
    hint: t('Xóa neo; tham chiếu giữa phần tử dùng id.', 'Remove the anchor; elements refer to each other by id.'),
  },
  'yaml/tag': {
    severity: 'error',
    message: t('Thẻ YAML {tag} không được phép', 'YAML tag {tag} is not allowed'),
    hint: t('Xóa thẻ; arch chỉ đọc chuỗi, số, boolean, danh sách và ánh xạ.', 'Remove the tag; arch reads plain strings, numbers, booleans, lists and maps.'),
  },
  'yaml/bad-number': {
    severity: 'error',
    message: t('Số {value} không biểu diễn chính xác được', 'The number {value} cannot be represented exactly'),
    hint: t('Đặt giá trị trong dấu nháy nếu là mã, hoặc dùng số hữu hạn nhỏ hơn 2^53.', 'Quote it if it is a code, or use a finite number below 2^53.'),
  },
  'yaml/scalar-too-long': {
    severity: 'error',
    message: t('Chuỗi dài {length} ký tự, vượt giới hạn {limit}', 'The string is {length} characters long, over the {limit} limit'),
    hint: t('Rút gọn nội dung hoặc đưa tài liệu dài ra ngoài kho YAML.', 'Shorten it or keep long documents outside the YAML.'),
  },
  'yaml/bad-char': {
    severity: 'error',
    message: t('Giá trị chứa ký tự điều khiển hoặc surrogate lẻ {char}', 'The value contains a control character or lone surrogate {char}'),
    hint: t('Xóa chuỗi thoát (\\e, \\0, \\x1b, \\ud800…) khỏi giá trị.', 'Remove the escape (\\e, \\0, \\x1b, \\ud800…) from the value.'),
  },
  'yaml/bidi': {
    severity: 'warning',
    message: t('Giá trị chứa ký tự điều hướng văn bản hoặc ký tự ẩn {char}', 'The value contains a bidirectional or invisible character {char}'),
    hint: t('Xóa ký tự ẩn; nó có thể làm văn bản hiển thị khác với nội dung thật.', 'Remove it; it can make text display differently from what it is.'),
  },
  // ----- JSON Schema ------------------------------------------------------------------------
  'schema/required': {
    severity: 'error',
    message: t('Thiếu trường bắt buộc "{property}"', 'Missing required property "{property}"'),
    hint: t('Thêm trường "{property}" vào {where}.', 'Add "{property}" to {where}.'),
  },
  'schema/unknown-property': {
    severity: 'error',
    message: t('Trường "{property}" không được định nghĩa cho {where}', 'Unknown property "{property}" in {where}'),
    hint: t('Kiểm tra lỗi chính tả{suggestion}.', 'Check the spelling{suggestion}.'),
  },
  'schema/type': {
    severity: 'error',
    message: t('Giá trị phải có kiểu {expected} (đang là {actual})', 'The value must be {expected} (got {actual})'),
    hint: t('Sửa giá trị cho đúng kiểu.{yamlHint}', 'Change the value to the right type.{yamlHint}'),
  },
  'schema/enum': {
    severity: 'error',
    message: t('Giá trị "{value}" không hợp lệ; cho phép: {allowed}', 'Value "{value}" is not allowed; expected one of: {allowed}'),
    hint: t('Chọn một giá trị trong danh sách{suggestion}.', 'Pick one of the listed values{suggestion}.'),
  },
  'schema/pattern': {
    severity: 'error',
    message: t('Giá trị "{value}" không đúng định dạng {what}{meaning}{suggestion}', 'Value "{value}" does not match the format of {what}{meaningEn}{suggestion}'),
    hint: t('Định dạng yêu cầu: {pattern}', 'Required format: {pattern}'),
  },
  'schema/format': {
    severity: 'error',
    message: t('Giá trị "{value}" không phải {format} hợp lệ', 'Value "{value}" is not a valid {format}'),
    hint: t('Ngày viết theo dạng YYYY-MM-DD, ví dụ 2025-03-25.', 'Write dates as YYYY-MM-DD, for example 2025-03-25.'),
  },
  'schema/range': {
    severity: 'error',
    message: t('{field} {detail}{meaning}', '{fieldEn} {detailEn}{meaningEn}'),
    hint: t('Sửa giá trị nằm trong giới hạn cho phép.', 'Bring the value within the allowed bounds.'),
  },
  'schema/invalid': {
    severity: 'error',
    message: t('Giá trị không hợp lệ: {detail}', 'Invalid value: {detail}'),
    hint: t('Xem lược đồ JSON của loại phần tử (arch schema).', 'See the JSON Schema of this kind (`arch schema`).'),
  },
  'schema/too-many-errors': {
    severity: 'info',
    message: t('Còn {count} lỗi lược đồ khác trong tệp này không được liệt kê', '{count} more schema errors in this file are not listed'),
    hint: t('Sửa các lỗi trên rồi chạy lại.', 'Fix the errors above and run again.'),
  },
  'output/truncated': {
    severity: 'info',
    message: t('Còn {count} phát hiện khác trong tệp này không được hiển thị', '{count} more findings in this file are not shown'),
    hint: t('Sửa các phát hiện trên, hoặc dùng --format json hay sarif để xem đầy đủ.', 'Fix the findings above, or use --format json or sarif to see them all.'),
  },
  // ----- model: ids and references -----------------------------------------------------------
  'model/duplicate-id': {
    severity: 'error',
    message: t('Mã định danh "{id}" bị trùng (đã dùng tại {other})', 'Duplicate id "{id}" (also used at {other})'),
    hint: t('Mỗi phần tử cần một id duy nhất trong toàn kho; đổi một trong hai id.', 'Ids are unique across the repository; rename one of them.'),
  },
  'model/unresolved-ref': {
    severity: 'error',
    message: t('Tham chiếu "{ref}" không trỏ tới phần tử nào{suggestion}', 'Reference "{ref}" does not match any element{suggestionEn}'),
    hint: t('Sửa id, hoặc khai báo phần tử "{ref}".', 'Fix the id, or declare an element "{ref}".'),
  },
  'model/wrong-kind': {
    severity: 'error',
    message: t('"{ref}" thuộc loại {actual}; trường {field} cần {expected}', '"{ref}" has kind {actualEn}; {field} expects {expectedEn}'),
    hint: t('Trỏ tới phần tử đúng loại.', 'Refer to an element of the right kind.'),
  },
  'model/unknown-catalogue': {
    severity: 'error',
    message: t('Mục danh mục "{ref}" không tồn tại{suggestion}', 'Catalogue entry "{ref}" does not exist{suggestionEn}'),
    hint: t('Xem danh mục bằng `arch catalog {namespace}`.', 'List the catalogue with `arch catalog {namespace}`.'),
  },
  'model/catalogue-not-in-force': {
    severity: 'warning',
    message: t('Mục danh mục "{ref}" không còn hiệu lực vào ngày {date} ({detail})', 'Catalogue entry "{ref}" is not in force on {date} ({detailEn})'),
    hint: t('Dùng mục thay thế{replacement}.', 'Use the current entry{replacement}.'),
  },
  'model/unknown-ministry': {
    severity: 'error',
    message: t('Mã bộ "{code}" không có trong danh mục bộ, cơ quan ngang bộ', 'Ministry code "{code}" is not in the ministry catalogue'),
    hint: t('Dùng một mã trong `arch catalog ministry`{suggestion}.', 'Use a code from `arch catalog ministry`{suggestion}.'),
  },
  'model/unknown-province': {
    severity: 'error',
    message: t('Mã tỉnh "{code}" không có trong danh mục tỉnh, thành phố', 'Province id "{code}" is not in the province catalogue'),
    hint: t('Dùng một mã trong `arch catalog province`{suggestion}.', 'Use an id from `arch catalog province`{suggestion}.'),
  },
  'model/no-owner': {
    severity: 'error',
    message: t('arch.yaml không khai báo cơ quan sở hữu kiến trúc (ministry hoặc province)', 'arch.yaml names no owner of the architecture (ministry or province)'),
    hint: t('Thêm `ministry: {code: BYT, name: {vi: "Bộ Y tế"}}` cho kiến trúc cấp bộ, hoặc `province: {code: da-nang, name: {vi: "Thành phố Đà Nẵng"}}` cho kiến trúc cấp tỉnh.', 'Add `ministry: {code: BYT, name: {vi: "Bộ Y tế"}}` for a ministry architecture, or `province: {code: da-nang, name: {vi: "Thành phố Đà Nẵng"}}` for a provincial one.'),
  },
  'model/two-owners': {
    severity: 'error',
    message: t('arch.yaml khai báo cả ministry và province; một kiến trúc chỉ có một cơ quan sở hữu', 'arch.yaml names both a ministry and a province; an architecture has one owner'),
    hint: t('Giữ một trong hai khóa; kiến trúc của cơ quan khác là một kho riêng (xem `arch portfolio`).', "Keep one of the two keys; another agency's architecture is a repository of its own (see `arch portfolio`)."),
  },
  'model/self-reference': {
    severity: 'error',
    message: t('Phần tử "{id}" tham chiếu tới chính nó trong trường {field}', 'Element "{id}" refers to itself in {field}'),
    hint: t('Xóa tham chiếu vòng này.', 'Remove the self-reference.'),
  },
  'model/missing-language': {
    severity: 'info',
    message: t('{what} chưa có bản tiếng Anh của: {fields}', '{what} has no English text for: {fields}'),
    hint: t(
      'Thêm `en:` bên cạnh `vi:` (ví dụ name: {vi: "…", en: "…"}). arch.yaml khai báo languages gồm en: tài liệu tiếng Anh sẽ hiện văn bản tiếng Việt ở chỗ thiếu. Bỏ en khỏi languages nếu không làm tài liệu tiếng Anh.',
      'Add `en:` beside `vi:` (for example name: {vi: "…", en: "…"}). arch.yaml declares en among its languages: an English document shows the Vietnamese text where the English is missing. Remove en from languages if no English document is made.',
    ),
  },
  // ----- graph findings (src/graph/graph-diagnostics.ts) ------------------------------------------
  'graph/cycle': {
    severity: 'warning',
    message: t('Vòng phụ thuộc giữa {count} phần tử: {cycle}', 'Dependency cycle between {count} elements: {cycle}'),
    hint: t('Bỏ một trong các tham chiếu phụ thuộc của vòng (xem các vị trí liên quan), hoặc tách phần dùng chung thành một phần tử riêng.', 'Remove one of the dependency references in the cycle (see the related locations), or move the shared part into an element of its own.'),
  },
  'graph/isolated': {
    severity: 'warning',
    message: t('{kind} "{id}" không kết nối với phần tử nào: không có gì tham chiếu tới nó và nó không tham chiếu tới gì', '{kind} "{id}" is not connected: nothing refers to it and it refers to nothing'),
    hint: t('Khai báo các kết nối của nó (uses, dependsOn, databases, connectsTo, hoặc một integration), hoặc đánh dấu status: retiring nếu sắp loại bỏ.', 'Declare its connections (uses, dependsOn, databases, connectsTo, or an integration), or mark it status: retiring if it is being phased out.'),
  },
  'graph/bypasses-integration-platform': {
    severity: 'warning',
    message: t('Kết nối "{id}" với bên ngoài Bộ ({external}) không đi qua nền tảng tích hợp (via: {via})', 'Integration "{id}" with a party outside the ministry ({external}) does not pass through an integration platform (via: {via})'),
    hint: t('Thêm nền tảng LGSP của Bộ{lgsp} hoặc national:ndxp / national:ndc-coordination vào trường via. Căn cứ: {source}.', 'Add the ministry LGSP{lgsp} or national:ndxp / national:ndc-coordination to via. Source: {source}.'),
  },
  'graph/layer-violation': {
    severity: 'warning',
    message: t('Tham chiếu {field} từ "{from}" ({fromLayer}) tới "{to}" ({toLayer}) vi phạm quy tắc phân lớp: {reason}', 'Reference {field} from "{from}" ({fromLayer}) to "{to}" ({toLayer}) breaks a layer rule: {reason}'),
    hint: t('Sửa tham chiếu cho đúng hướng phân lớp (lớp trên dùng lớp dưới) hoặc đi qua phần tử trung gian. Căn cứ: {source}.', 'Point the reference the way the layers go (upper layers use lower ones) or go through an intermediate element. Source: {source}.'),
  },
  // ----- conformance check (src/check) --------------------------------------------------------
  'check/unknown-rule': {
    severity: 'error',
    message: t('Quy tắc "{rule}" không tồn tại{suggestion}', 'Rule "{rule}" does not exist{suggestionEn}'),
    hint: t('Xem danh sách quy tắc bằng `arch rules`; phát hiện đồ thị được cấu hình theo mã `graph/…` (docs/graph.md).', 'List the rules with `arch rules`; graph findings are configured by their `graph/…` code (docs/graph.md).'),
  },
  'check/bad-rule-option': {
    severity: 'error',
    message: t('Tùy chọn "{option}" không có trong quy tắc {rule}', 'Rule {rule} has no option "{option}"'),
    hint: t('Các tùy chọn của quy tắc: {options}.', 'The rule options are: {options}.'),
  },
  'check/bad-rule-option-value': {
    severity: 'error',
    message: t('Tùy chọn "{option}" của quy tắc {rule} ({meaning}) phải là {expected}: giá trị đã ghi {problem}', 'Option "{option}" of rule {rule} ({meaningEn}) must be {expected}: the value given {problem}'),
    hint: t('Sửa giá trị, hoặc bỏ tùy chọn; trong khi chờ, quy tắc dùng giá trị mặc định {fallback}.', 'Fix the value, or drop the option; meanwhile the rule uses the default {fallback}.'),
  },
  'check/waiver-unknown-rule': {
    severity: 'error',
    message: t('Miễn trừ cho quy tắc "{rule}" không tồn tại{suggestion}', 'Waiver names rule "{rule}", which does not exist{suggestionEn}'),
    hint: t('Sửa mã quy tắc (xem `arch rules`) hoặc mã phát hiện đồ thị `graph/…`, hoặc xóa miễn trừ.', 'Fix the rule id (see `arch rules`) or the `graph/…` code, or remove the waiver.'),
  },
  'check/waiver-expired': {
    severity: 'error',
    message: t('Miễn trừ quy tắc {rule} đã hết hạn ngày {expires} (ngày kiểm tra {today})', 'The waiver of rule {rule} expired on {expires} (checked on {today})'),
    hint: t('Khắc phục phát hiện, hoặc xin phê duyệt lại và cập nhật `expires`.', 'Fix the findings, or have the waiver approved again and update `expires`.'),
  },
  'check/rule-failed': {
    severity: 'error',
    message: t('Quy tắc {rule} gặp lỗi nội bộ và không kiểm tra được: {detail}', 'Rule {rule} failed internally and could not check the model: {detail}'),
    hint: t('Đây là lỗi của arch; vui lòng báo lỗi kèm kho kiến trúc. Có thể tắt quy tắc bằng `rules: {{rule}: off}`.', 'This is a bug in arch; please report it with the repository. The rule can be turned off with `rules: {{rule}: off}`.'),
  },
  'check/waiver-unused': {
    severity: 'info',
    message: t('Miễn trừ quy tắc {rule} cho "{element}" không khớp phát hiện nào', 'The waiver of rule {rule} for "{element}" matches no finding'),
    hint: t('Xóa phần tử khỏi miễn trừ nếu đã khắc phục.', 'Remove the element from the waiver if the finding was fixed.'),
  },
  // ----- portfolio (arch portfolio) -----------------------------------------------------------
  'portfolio/bad-list-line': {
    severity: 'error',
    message: t('Dòng không hợp lệ trong danh sách kho: {detail}', 'Bad line in the repository list: {detail}'),
    hint: t('Mỗi dòng là đường dẫn tới một thư mục có arch.yaml (tương đối với tệp danh sách); dòng bắt đầu bằng # là chú thích.', 'Each line is the path of a folder with arch.yaml (relative to the list file); lines starting with # are comments.'),
  },
  'portfolio/no-repository': {
    severity: 'error',
    message: t('{path} không phải kho kiến trúc (không có arch.yaml)', '{path} is not an architecture repository (no arch.yaml)'),
    hint: t('Chỉ đúng thư mục chứa arch.yaml, hoặc tạo kho bằng `arch init`.', 'Point at the folder that holds arch.yaml, or create one with `arch init`.'),
  },
  'portfolio/repository-failed': {
    severity: 'error',
    message: t('Kho {repo} không dựng được mô hình ({errors} lỗi); kho được tính là lỗi trong tổng hợp', 'Repository {repo} could not be read into a model ({errors} errors); it is counted as failed in the roll-up'),
    hint: t('Chạy `arch validate {repo}` để xem và sửa lỗi.', 'Run `arch validate {repo}` to see and fix the errors.'),
  },
  'portfolio/duplicate-agency': {
    severity: 'error',
    message: t('Cơ quan {agency} có nhiều kho: {repos}', 'Agency {agency} has several repositories: {repos}'),
    hint: t('Mỗi cơ quan chỉ có một kho kiến trúc trong tổng hợp; bỏ bản trùng khỏi danh sách.', 'Each agency has one architecture repository in the roll-up; remove the duplicate from the list.'),
  },
  'portfolio/agency-not-in-portfolio': {
    severity: 'warning',
    message: t('Tham chiếu {ref}: cơ quan {agency} không có kho trong tổng hợp', 'Reference {ref}: agency {agency} has no repository in the portfolio'),
    hint: t('Thêm kho kiến trúc của {agency} vào danh sách để kiểm tra tham chiếu.', 'Add the architecture repository of {agency} to the list so the reference can be checked.'),
  },
  'portfolio/unresolved-agency-ref': {
    severity: 'error',
    message: t('Tham chiếu {ref}: kiến trúc của {agency} không có phần tử "{element}"{suggestion}', 'Reference {ref}: the architecture of {agency} has no element "{element}"{suggestionEn}'),
    hint: t('Sửa mã phần tử theo kho của cơ quan đó.', "Correct the element id to the one in that agency's repository."),
  },
} satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Fills `{name}` from data; in Vietnamese an ISO date value is written dd/mm/yyyy (a month mm/yyyy), as Vietnamese prose writes dates. */
export function format(template: string, data: Record<string, string | number>, lang: keyof Localized = 'en'): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (m, k: string) => {
    if (!(k in data)) return m;
    const v = String(data[k]);
    return lang === 'vi' && ISO_DATE.test(v) ? formatDate(v, 'vi') : v;
  });
}

function localize(l: Localized, data: Record<string, string | number>): Localized {
  return { vi: format(l.vi, data, 'vi'), en: format(l.en, data) };
}

export interface DiagOptions {
  severity?: Severity;
  related?: RelatedLocation[];
  /** The did-you-mean replacement for the located text, when there is one. */
  fix?: string;
}

/** Build a diagnostic from the code table. */
export function diag(code: Code, data: Record<string, string | number>, location?: Location, opts: DiagOptions = {}): Diagnostic {
  const info: CodeInfo = CODES[code];
  const d: Diagnostic = {
    code,
    severity: opts.severity ?? info.severity,
    message: localize(info.message, data),
    hint: localize(info.hint, data),
  };
  if (location) d.location = location;
  if (opts.related?.length) d.related = opts.related;
  if (opts.fix !== undefined) d.fix = { replacement: opts.fix };
  return d;
}
