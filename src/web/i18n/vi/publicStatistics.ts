/** The public statistics page of the citizens' portal (RPT-6). */
export const publicStatistics = {
  publicStatistics: {
    nav: "Thống kê",
    title: "Thống kê tình hình giải quyết thủ tục hành chính",
    intro:
      "Số hồ sơ tiếp nhận, đã giải quyết và đang giải quyết của từng cơ quan trong kỳ, tính theo cùng quy ước với báo cáo Biểu II.06a. Chỉ có số liệu tổng hợp, không có thông tin cá nhân.",
    agency: "Cơ quan",
    province: "Toàn tỉnh",
    loading: "Đang tải số liệu…",
    loadError: "Không tải được số liệu thống kê.",
    empty: "Không có hồ sơ nào trong kỳ này.",
    heading: "{{period}} — {{unit}}",
    closed: "Số liệu đã chốt ngày {{date}}.",
    live: "Số liệu cập nhật đến thời điểm xem (có thể chậm vài phút).",
    columns: {
      agency: "Cơ quan",
      received: "Tiếp nhận",
      resolved: "Đã giải quyết",
      resolvedEarly: "Trước hạn",
      resolvedOnTime: "Đúng hạn",
      resolvedLate: "Quá hạn",
      onTimeRate: "Tỷ lệ đúng hạn",
      inProgress: "Đang giải quyết",
      inProgressOverdue: "Đang quá hạn",
    },
    totals: "Tổng cộng",
    chartTitle: "Hồ sơ đã giải quyết theo cơ quan",
    noRate: "—",
  },
} as const;
