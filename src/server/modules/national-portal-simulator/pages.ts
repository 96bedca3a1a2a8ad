import { formatVietnamInstant } from "../../../domain/calendar/dates.ts";
import { NATIONAL_STATUS_NAMES, type NationalStatusCode } from "../../../domain/dossier/national-status.ts";
import { escapeHtml } from "../eid-simulator/pages.ts";
import type { HoSoNopTrucTuyen, ThuTucQuocGia } from "../national-portal/wire.ts";
import { FAULT_NAMES, type PortalFault } from "./faults.ts";
import type { CoQuanQuocGia } from "./national-catalog.ts";
import type { PortalDossierView } from "./portal-simulator.ts";

/**
 * The simulator's pages: plain server-rendered HTML in Vietnamese, no script and no inline style
 * (the stylesheet is a route), so they pass a strict Content-Security-Policy. Forms POST and
 * redirect. Every value written into the HTML goes through `escapeHtml`.
 */

/** Headers of every page: no caching, no framing, styles from the simulator's own stylesheet. */
export const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "content-security-policy":
    "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;font-family:"Segoe UI",Roboto,Arial,sans-serif;background:#f3f5f8;color:#1f2328;line-height:1.5}
header{background:#b3261e;color:#fff;padding:12px 20px}
header a{color:#fff;margin-right:16px}
header strong{display:block;font-size:18px}
.test{background:#fff3cd;color:#664d03;padding:6px 20px;font-size:14px}
main{max-width:1100px;margin:20px auto;background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:20px 24px}
h1{font-size:22px;margin:0 0 12px;color:#8c1d18}
h2{font-size:18px;margin:20px 0 8px}
table{width:100%;border-collapse:collapse;font-size:14px}
th,td{text-align:left;padding:6px;border-bottom:1px solid #e3e6ea;vertical-align:top}
label{display:block;font-weight:600;margin:12px 0 4px}
input,select{width:100%;max-width:640px;padding:8px 10px;font-size:15px;border:1px solid #c4c8cf;border-radius:6px}
input[type=checkbox]{width:auto;margin-right:6px}
label.inline{font-weight:400;display:flex;align-items:center}
button{margin:12px 8px 0 0;padding:9px 16px;font-size:15px;font-weight:600;border:0;border-radius:6px;background:#b3261e;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#8c1d18;border:1px solid #b3261e}
.notice{background:#e6f4ea;color:#1e4620;border-radius:6px;padding:8px 12px;margin:8px 0}
.error{background:#fdecea;color:#8c1d18;border-radius:6px;padding:8px 12px;margin:8px 0}
.muted{color:#57606a;font-size:14px}
form.inline{display:inline}
dl{display:grid;grid-template-columns:220px 1fr;gap:4px 12px}
dt{font-weight:600}
`;

/** One line of the list: a dossier synced by motcua, a submission, or both (same MaHoSoQG). */
export interface DossierRow {
  readonly code: string;
  readonly nationalCode: string;
  readonly procedureCode: string;
  readonly status: NationalStatusCode;
  readonly history: readonly NationalStatusCode[];
  readonly at: number;
}

function layout(base: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Cổng DVCQG (giả lập)</title>
<link rel="stylesheet" href="${base}/style.css">
</head>
<body>
<header><strong>Cổng Dịch vụ công quốc gia — bản giả lập</strong>
<nav aria-label="Trang của bộ giả lập"><a href="${base}/">Hồ sơ đã nhận</a><a href="${base}/nop">Nộp hồ sơ trên Cổng DVCQG</a><a href="${base}/loi">Giả lập sự cố</a></nav></header>
<div class="test" role="note">Môi trường thử nghiệm: đây không phải Cổng DVCQG thật (dichvucong.gov.vn).</div>
<main>
${body}
</main>
</body>
</html>`;
}

export function statusText(code: NationalStatusCode): string {
  return `${code} – ${NATIONAL_STATUS_NAMES[code]}`;
}

export function listPage(
  base: string,
  rows: readonly DossierRow[],
  catalog: ReadonlyMap<string, ThuTucQuocGia>,
  submitted?: string,
): string {
  const notice = submitted
    ? `<p class="notice" role="status">Đã nộp hồ sơ ${escapeHtml(submitted)} trên Cổng DVCQG.</p>`
    : "";
  const lines = rows.map((row) => {
    const key = row.code || row.nationalCode;
    return `<tr>
<td>${escapeHtml(row.code || "—")}</td>
<td>${escapeHtml(row.nationalCode || "—")}</td>
<td>${escapeHtml(procedureName(catalog, row.procedureCode))}</td>
<td>${escapeHtml(statusText(row.status))}</td>
<td>${escapeHtml(row.history.join(" → "))}</td>
<td>${escapeHtml(formatVietnamInstant(row.at).replace("T", " "))}</td>
<td><a href="${base}/ho-so/${encodeURIComponent(key)}">Xem hồ sơ ${escapeHtml(key)}</a></td>
</tr>`;
  });
  const table = rows.length
    ? `<table aria-label="Hồ sơ đã nhận">
<thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Mã hồ sơ quốc gia</th><th scope="col">Thủ tục</th><th scope="col">Trạng thái</th><th scope="col">Lịch sử trạng thái</th><th scope="col">Cập nhật</th><th scope="col">Chi tiết</th></tr></thead>
<tbody>
${lines.join("\n")}
</tbody>
</table>`
    : `<p class="muted">Chưa có hồ sơ nào.</p>`;
  return layout(
    base,
    "Hồ sơ đã nhận",
    `<h1>Hồ sơ đã nhận</h1>
${notice}
<p class="muted">Hồ sơ công dân nộp trên Cổng và hồ sơ motcua đồng bộ lên (DongBoHoSoMC), với trạng thái theo mã của Cổng DVCQG.</p>
${table}`,
  );
}

export interface SubmitFormValues {
  readonly procedureCode: string;
  readonly agencyCode: string;
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
  readonly email: string;
  readonly verified: boolean;
  readonly resultDelivery: string;
}

const DELIVERY = [
  ["3", "Nhận kết quả điện tử"],
  ["1", "Nhận tại bộ phận một cửa"],
  ["2", "Nhận qua bưu chính công ích"],
] as const;

export function submitPage(
  base: string,
  catalog: readonly ThuTucQuocGia[],
  agencies: readonly CoQuanQuocGia[],
  values: SubmitFormValues,
  error?: string,
): string {
  const option = (value: string, label: string, selected: string) =>
    `<option value="${escapeHtml(value)}"${value === selected ? " selected" : ""}>${escapeHtml(label)}</option>`;
  const procedures = catalog.map((p) => option(p.MaTTHC, `${p.MaTTHC} — ${p.TenTTHC}`, values.procedureCode));
  const offered = new Set(catalog.flatMap((p) => p.MaCoQuanThucHien));
  const agencyOptions = agencies
    .filter((a) => offered.has(a.MaCoQuan))
    .map((a) => option(a.MaCoQuan, `${a.TenCoQuan} (${a.MaCoQuan})`, values.agencyCode));
  const field = (name: keyof SubmitFormValues, label: string, extra = "") =>
    `<label for="${name}">${label}</label><input id="${name}" name="${name}" value="${escapeHtml(String(values[name]))}"${extra}>`;
  return layout(
    base,
    "Nộp hồ sơ trên Cổng DVCQG",
    `<h1>Nộp hồ sơ trên Cổng DVCQG</h1>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<p class="muted">Hồ sơ được nộp kèm một tệp PDF mẫu cho mỗi thành phần bắt buộc và dữ liệu biểu mẫu điện tử điền sẵn (khi thủ tục có biểu mẫu), rồi được đẩy sang motcua.</p>
<form method="post" action="${base}/nop">
<label for="procedureCode">Thủ tục hành chính</label>
<select id="procedureCode" name="procedureCode">${procedures.join("")}</select>
<label for="agencyCode">Cơ quan tiếp nhận</label>
<select id="agencyCode" name="agencyCode">${option("", "Cơ quan đầu tiên thực hiện thủ tục", values.agencyCode)}${agencyOptions.join("")}</select>
${field("name", "Họ và tên người nộp", ' required maxlength="100"')}
${field("idNumber", "Số định danh cá nhân", ' required inputmode="numeric" pattern="[0-9]{12}" maxlength="12"')}
${field("phone", "Số điện thoại", ' maxlength="20"')}
${field("email", "Thư điện tử", ' type="email" maxlength="254"')}
<label class="inline" for="verified"><input type="checkbox" id="verified" name="verified" value="1"${values.verified ? " checked" : ""}>Tài khoản đã xác thực với VNeID</label>
<label for="resultDelivery">Hình thức nhận kết quả</label>
<select id="resultDelivery" name="resultDelivery">${DELIVERY.map(([v, l]) => option(v, l, values.resultDelivery)).join("")}</select>
<button type="submit">Nộp hồ sơ</button>
</form>`,
  );
}

export function detailPage(
  base: string,
  key: string,
  dossier: PortalDossierView | undefined,
  submission: HoSoNopTrucTuyen | undefined,
  catalog: ReadonlyMap<string, ThuTucQuocGia>,
): string {
  const rows: [string, string][] = [];
  if (submission) {
    rows.push(
      ["Mã hồ sơ quốc gia", submission.MaHoSoQG],
      ["Số thứ tự", String(submission.SoThuTu)],
      ["Thủ tục", `${submission.MaTTHC} — ${procedureName(catalog, submission.MaTTHC)}`],
      ["Cơ quan tiếp nhận", submission.MaCoQuan],
      ["Người nộp", `${submission.ChuHoSo} (${submission.SoGiayToChuHoSo})`],
      ["Xác thực VNeID", submission.TaiKhoanDuocXacThucVoiVNeID ? "Có" : "Không"],
      ["Ngày nộp", submission.NgayNopHoSo],
    );
  }
  if (dossier) {
    rows.push(
      ["Mã hồ sơ (motcua)", dossier.record.MaHoSo],
      ["Trạng thái", statusText(dossier.record.TrangThaiHoSo)],
      ["Lịch sử trạng thái", dossier.statusHistory.map((s) => statusText(s.code)).join(" → ")],
      ["Nguồn cập nhật cuối", dossier.source === "dong_bo" ? "Đồng bộ từ motcua" : "Cổng DVCQG"],
      ["Ngày hẹn trả", dossier.record.NgayHenTra || "—"],
    );
  }
  const files = submission?.TaiLieuNop.length
    ? `<h2>Tài liệu nộp</h2><ul>${submission.TaiLieuNop.map(
        (f) =>
          `<li><a href="${escapeHtml(f.DuongDanTaiTepTin)}">${escapeHtml(f.TenTepDinhKem)}</a> (thành phần ${escapeHtml(f.MaThanhPhanHoSo)}, ${f.KichThuoc} byte)</li>`,
      ).join("")}</ul>`
    : "";
  const progress = dossier?.progress.length
    ? `<h2>Tiến độ xử lý</h2><table aria-label="Tiến độ xử lý"><thead><tr><th scope="col">Thời điểm</th><th scope="col">Người xử lý</th><th scope="col">Nội dung</th><th scope="col">Trạng thái</th></tr></thead><tbody>${dossier.progress
        .map(
          (p) =>
            `<tr><td>${escapeHtml(p.ThoiDiemXuLy)}</td><td>${escapeHtml(p.NguoiXuLy)}</td><td>${escapeHtml(p.NoiDungXuLy ?? "")}</td><td>${escapeHtml(statusText(p.TrangThai))}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : "";
  const body =
    rows.length === 0
      ? `<p class="error" role="alert">Không có hồ sơ ${escapeHtml(key)} trên Cổng DVCQG.</p>`
      : `<dl>${rows.map(([dt, dd]) => `<dt>${escapeHtml(dt)}</dt><dd>${escapeHtml(dd)}</dd>`).join("")}</dl>${files}${progress}`;
  return layout(
    base,
    `Hồ sơ ${key}`,
    `<h1>Hồ sơ ${escapeHtml(key)}</h1>${body}<p><a href="${base}/">Về danh sách hồ sơ</a></p>`,
  );
}

/** The buttons of the fault page: value of `fault`, label. */
export const FAULT_BUTTONS = [
  ["refuse", `${FAULT_NAMES.refuse} (30 giây)`],
  ["error500", FAULT_NAMES.error500],
  ["timeout", FAULT_NAMES.timeout],
  ["slow", `${FAULT_NAMES.slow} (5 giây)`],
  ["drop-before", `${FAULT_NAMES.drop}, trước khi xử lý`],
  ["drop-after", `${FAULT_NAMES.drop}, sau khi xử lý`],
  ["none", "Hoạt động bình thường"],
] as const;

export function faultPage(base: string, fault: PortalFault | null): string {
  const current = fault ? FAULT_NAMES[fault.kind] : "Không có sự cố: Cổng hoạt động bình thường";
  const buttons = FAULT_BUTTONS.map(
    ([value, label]) =>
      `<form class="inline" method="post" action="${base}/loi"><input type="hidden" name="fault" value="${value}"><button type="submit"${value === "none" ? ' class="secondary"' : ""}>${escapeHtml(label)}</button></form>`,
  );
  return layout(
    base,
    "Giả lập sự cố",
    `<h1>Giả lập sự cố của Cổng DVCQG</h1>
<p role="status">Hiện tại: <strong>${escapeHtml(current)}</strong></p>
<p class="muted">Sự cố chỉ áp dụng cho điểm kết nối API (motcua gọi Cổng); các trang này vẫn dùng được, trừ khi bộ giả lập chạy riêng và đang từ chối kết nối.</p>
${buttons.join("\n")}`,
  );
}

export function errorPage(base: string, title: string, message: string): string {
  return layout(
    base,
    title,
    `<h1>${escapeHtml(title)}</h1><p class="error" role="alert">${escapeHtml(message)}</p>`,
  );
}

function procedureName(catalog: ReadonlyMap<string, ThuTucQuocGia>, code: string): string {
  return catalog.get(code)?.TenTTHC ?? code;
}
