import { DEMO_EID_ACCOUNTS, DEMO_EID_PASSWORD, fullNameOf } from "../../db/seed/demo-citizens.ts";

/**
 * The simulator's own pages, plain server-rendered HTML in Vietnamese, looking (simply) like the
 * national e-ID's sign-in. Every value written into the HTML goes through `escapeHtml`.
 */

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Headers of every simulator page: no caching, no framing, no scripts. */
export const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;background:#f4f5f7;color:#1f2328;line-height:1.5}
.bar{background:#b71c1c;color:#fff;padding:12px 16px}
.brand{max-width:560px;margin:0 auto;display:flex;gap:12px;align-items:center}
.logo{font-weight:800;font-size:22px;background:#fff;color:#b71c1c;border-radius:8px;padding:2px 10px}
.brand small{display:block;opacity:.9}
.test{background:#fff3cd;color:#664d03;text-align:center;padding:6px 12px;font-size:14px}
main{max-width:560px;margin:24px auto;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:24px}
h1{font-size:20px;margin:0 0 12px;color:#8e1414}
label{display:block;font-weight:600;margin:14px 0 4px}
input{width:100%;padding:10px 12px;font-size:16px;border:1px solid #c4c8cf;border-radius:8px}
button{margin-top:18px;width:100%;padding:11px;font-size:16px;font-weight:600;border:0;border-radius:8px;background:#b71c1c;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#8e1414;border:1px solid #b71c1c;margin-top:10px}
.error{background:#fdecea;color:#8e1414;border-radius:8px;padding:10px 12px;margin:12px 0}
.note{font-size:14px;color:#57606a}
table{width:100%;border-collapse:collapse;font-size:14px;margin-top:8px}
th,td{text-align:left;padding:6px 4px;border-bottom:1px solid #e5e7eb}
details{margin-top:24px}
footer{text-align:center;font-size:13px;color:#57606a;margin:0 0 24px}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — VNeID (thử nghiệm)</title>
<style>${STYLE}</style>
</head>
<body>
<header class="bar"><div class="brand"><span class="logo">VNeID</span><div><strong>Hệ thống định danh và xác thực điện tử</strong><small>Bộ Công an — bản giả lập</small></div></div></header>
<div class="test" role="note">Môi trường thử nghiệm: đây không phải VNeID thật, chỉ dùng các tài khoản thử nghiệm.</div>
<main>
${body}
</main>
<footer>Trình giả lập VNeID của motcua, dùng để phát triển và kiểm thử.</footer>
</body>
</html>`;
}

export interface LoginPage {
  uid: string;
  clientName: string;
  error?: string;
  identityNumber?: string;
}

export function loginPage({ uid, clientName, error, identityNumber }: LoginPage): string {
  const action = `/eid/interaction/${encodeURIComponent(uid)}`;
  const accounts = DEMO_EID_ACCOUNTS.map(
    (a) =>
      `<tr><td>${escapeHtml(a.identityNumber)}</td><td>${escapeHtml(fullNameOf(a))}${
        a.organization ? `<br><small>Đại diện ${escapeHtml(a.organization.name)}</small>` : ""
      }</td><td>Mức ${a.identityLevel}</td></tr>`,
  ).join("");
  return layout(
    "Đăng nhập",
    `<h1>Đăng nhập bằng tài khoản định danh điện tử VNeID (môi trường thử nghiệm)</h1>
<p>Để sử dụng dịch vụ của <strong>${escapeHtml(clientName)}</strong>.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="${action}/login">
<label for="identityNumber">Số định danh cá nhân</label>
<input id="identityNumber" name="identityNumber" inputmode="numeric" autocomplete="username" maxlength="12" pattern="[0-9]{12}" title="12 chữ số" required autofocus value="${escapeHtml(identityNumber ?? "")}">
<label for="password">Mật khẩu</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button>
</form>
<form method="post" action="${action}/abort"><button type="submit" class="secondary">Huỷ và quay lại</button></form>
<details open>
<summary>Tài khoản thử nghiệm (mật khẩu chung: <code>${escapeHtml(DEMO_EID_PASSWORD)}</code>)</summary>
<table><thead><tr><th>Số định danh</th><th>Họ và tên</th><th>Định danh</th></tr></thead><tbody>${accounts}</tbody></table>
</details>`,
  );
}

/** What each scope shares, in words a citizen understands. */
const SCOPE_LABELS: Record<string, string> = {
  openid: "Mã định danh tài khoản của bạn",
  profile: "Họ và tên, ngày sinh, giới tính",
  email: "Địa chỉ thư điện tử",
  phone: "Số điện thoại",
  address: "Địa chỉ nơi cư trú",
  identity: "Số định danh cá nhân, mức độ định danh và tổ chức bạn đại diện (nếu có)",
};

export interface ConsentPage {
  uid: string;
  clientName: string;
  accountName: string;
  scopes: string[];
}

export function consentPage({ uid, clientName, accountName, scopes }: ConsentPage): string {
  const action = `/eid/interaction/${encodeURIComponent(uid)}`;
  const items = scopes.map((s) => `<li>${escapeHtml(SCOPE_LABELS[s] ?? s)}</li>`).join("");
  return layout(
    "Cho phép chia sẻ thông tin",
    `<h1>Cho phép chia sẻ thông tin</h1>
<p>Xin chào <strong>${escapeHtml(accountName)}</strong>. <strong>${escapeHtml(clientName)}</strong> đề nghị được nhận các thông tin sau từ tài khoản định danh điện tử của bạn:</p>
<ul>${items}</ul>
<p class="note">Thông tin chỉ được dùng để giải quyết thủ tục hành chính của bạn, theo quy định về bảo vệ dữ liệu cá nhân.</p>
<form method="post" action="${action}/consent"><button type="submit">Đồng ý</button></form>
<form method="post" action="${action}/abort"><button type="submit" class="secondary">Từ chối</button></form>`,
  );
}

export function errorPage(title: string, message: string, technical?: string): string {
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p class="error" role="alert">${escapeHtml(message)}</p>
${technical ? `<p class="note">Mã lỗi: <code>${escapeHtml(technical)}</code></p>` : ""}
<p>Hãy quay lại trang dịch vụ công và đăng nhập lại.</p>`,
  );
}
