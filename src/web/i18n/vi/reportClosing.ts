/** Biểu II.06a's period close (RPT-3, RPT-4) and the explanations of late dossiers (RPT-3, PRC-8). */
export const reportClosing = {
  periodClose: {
    open: "Số liệu tháng {{month}} chưa được chốt: báo cáo hiển thị số liệu hiện tại.",
    closed: "Số liệu tháng {{month}} đã chốt lúc {{date}}, người chốt: {{name}}.",
    close: "Chốt số liệu",
    closeTitle: "Chốt số liệu tháng {{month}}?",
    closeText:
      "Báo cáo tháng này sẽ giữ nguyên số liệu tại thời điểm chốt, kể cả khi hồ sơ thay đổi sau đó. Có thể mở lại kỳ nếu cần, kèm lý do.",
    reopen: "Mở lại",
    reopenTitle: "Mở lại kỳ báo cáo tháng {{month}}",
    reason: "Lý do mở lại",
    reasonHint: "Ít nhất 10 ký tự; lý do được ghi vào nhật ký.",
    reasonTooShort: "Lý do phải có ít nhất 10 ký tự.",
    cancel: "Hủy",
    failed: "Không thực hiện được",
  },
  lateExplanations: {
    title: "Giải trình hồ sơ quá hạn",
    intro:
      "Hồ sơ đã giải quyết quá hạn hoặc đang quá hạn trong kỳ, theo đơn vị, cùng lý do quá hạn đã ghi trên hồ sơ.",
    loading: "Đang tải danh sách hồ sơ quá hạn…",
    loadError: "Không tải được danh sách hồ sơ quá hạn.",
    empty: "Không có hồ sơ quá hạn trong kỳ.",
    counts: "Đã giải trình: {{explained}} · Chưa giải trình: {{unexplained}}",
    kinds: { resolved_late: "Đã giải quyết quá hạn", in_progress_overdue: "Đang quá hạn" },
    due: "Hạn giải quyết: {{date}}",
    missing: "Chưa giải trình",
    recorded: "{{name}}, {{date}}",
    explain: "Giải trình",
    explainTitle: "Giải trình hồ sơ {{code}}",
    reason: "Lý do quá hạn",
    save: "Ghi lý do quá hạn",
    finishedMissing: "Hồ sơ đã kết thúc nên không bổ sung lý do được nữa.",
  },
} as const;
