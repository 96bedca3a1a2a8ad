import { escapeHtml } from "../eid-simulator/pages.ts";
import type { CallbackFault, SimTransaction } from "./payment-simulator.ts";

/** The simulator's pages (Vietnamese), usable at 360 px; every value goes through `escapeHtml`. */

const STYLE = `body{font-family:system-ui,sans-serif;max-width:32rem;margin:1rem auto;padding:0 1rem;color:#1a1b1e}
h1{font-size:1.3rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.3rem .8rem}dt{color:#555}
button{font-size:1rem;padding:.6rem 1.2rem;margin:.3rem .5rem .3rem 0;border-radius:6px;border:1px solid #888}
.pay{background:#1c7ed6;color:#fff;border-color:#1c7ed6}input{font-size:1rem;padding:.4rem;width:100%;box-sizing:border-box}
.note{background:#fff3bf;padding:.5rem;border-radius:6px;font-size:.9rem}`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} — Nền tảng thanh toán (giả lập)</title><style>${STYLE}</style></head><body>
<p class="note">Nền tảng thanh toán trực tuyến <strong>giả lập</strong>, chỉ dùng để phát triển và kiểm thử: không có tiền thật.</p>
${body}</body></html>`;
}

const money = (amount: number) => `${amount.toLocaleString("vi-VN")} đồng`;

export function payPage(transaction: SimTransaction, fault: CallbackFault): string {
  const { order } = transaction;
  const settled = transaction.status !== "pending";
  const form = settled
    ? `<p>Giao dịch đã ${transaction.status === "paid" ? "thanh toán" : "hủy"}.</p>`
    : `<form method="post">
<label>Họ tên người nộp <input name="payerName" maxlength="300" required></label>
<p><button class="pay" name="action" value="pay">Thanh toán</button><button name="action" value="cancel" formnovalidate>Hủy</button></p>
</form>`;
  return layout(
    "Thanh toán phí, lệ phí",
    `<h1>Thanh toán phí, lệ phí</h1>
<dl><dt>Mã hồ sơ</dt><dd>${escapeHtml(order.dossierCode)}</dd>
<dt>Nội dung</dt><dd>${escapeHtml(order.description)}</dd>
<dt>Số tiền</dt><dd><strong>${escapeHtml(money(order.amount))}</strong></dd>
<dt>Mã giao dịch</dt><dd>${escapeHtml(transaction.transactionRef)}</dd></dl>
${form}
<p><small>Lỗi giả lập đang bật: ${escapeHtml(fault)}</small></p>`,
  );
}

export function messagePage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}
