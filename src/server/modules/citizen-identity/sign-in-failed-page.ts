import type { AppError } from "../../http/problem.ts";
import { escapeHtml, PAGE_HEADERS } from "../eid-simulator/pages.ts";

export { PAGE_HEADERS };

/**
 * A failed sign-in shown to a person in a browser (the callback is a page load, not an API call):
 * the Vietnamese reason, its code, and the way back. API clients get the same as problem+json.
 */
export function signInFailedPage(error: AppError, retryPath: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập không thành công — Cổng dịch vụ công</title>
<style>
body{margin:0;font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;background:#f4f5f7;color:#1f2328;line-height:1.5}
main{max-width:560px;margin:48px auto;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:24px}
h1{font-size:20px;margin:0 0 12px}
.error{background:#fdecea;color:#8e1414;border-radius:8px;padding:10px 12px}
.code{font-size:13px;color:#57606a}
a{display:inline-block;margin:16px 16px 0 0;color:#0b57d0;font-weight:600}
</style>
</head>
<body>
<main>
<h1>Đăng nhập không thành công</h1>
<p class="error" role="alert">${escapeHtml(error.detail)}</p>
<p class="code">Mã lỗi: <code>${escapeHtml(error.code)}</code></p>
<a href="${escapeHtml(retryPath)}">Đăng nhập lại bằng VNeID</a>
<a href="/">Về trang chủ</a>
</main>
</body>
</html>`;
}
