/** The one-stop's tracking book of dossiers (Mẫu 06). */
export const trackingBook = {
  trackingBook: {
    title: "Sổ theo dõi hồ sơ (Mẫu 06)",
    intro:
      "Sổ theo dõi các hồ sơ cơ quan đã tiếp nhận trong một khoảng thời gian (tối đa 366 ngày): xem, in bản PDF hoặc tải bảng tính Excel.",
    homeSummary: "In hoặc tải sổ theo dõi hồ sơ theo kỳ (PDF, Excel).",
    agency: "Cơ quan tiếp nhận",
    from: "Từ ngày",
    to: "Đến ngày",
    volume: "Quyển số",
    volumeHint: "Để trống: theo năm tiếp nhận",
    openPdf: "Xem và in sổ (PDF)",
    downloadXlsx: "Tải bảng tính (Excel)",
    periodMissing: "Vui lòng chọn đủ ngày bắt đầu và ngày kết thúc.",
    periodOrder: "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.",
    periodTooLong: "Mỗi lần chỉ in được tối đa 366 ngày; vui lòng chọn kỳ ngắn hơn.",
  },
} as const;
