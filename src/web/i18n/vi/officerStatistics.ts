/** RPT-1: statistics by field, unit, status, step and officer; usage per officer (seed 001 Art. 5.1.d). */
export const officerStatistics = {
  officerStatistics: {
    title: "Thống kê giải quyết hồ sơ",
    intro:
      "Số hồ sơ tiếp nhận, đã giải quyết và đang giải quyết trong kỳ theo lĩnh vực, đơn vị, trạng thái, bước xử lý hoặc cán bộ, tính như Biểu II.06a. Bấm vào một con số để xem danh sách hồ sơ tương ứng.",
    homeLink: "Thống kê theo lĩnh vực, bước xử lý, cán bộ",
    homeSummary:
      "Thống kê hồ sơ theo lĩnh vực, đơn vị, trạng thái, bước xử lý, cán bộ; hiệu suất của từng cán bộ.",
    tabs: { figures: "Thống kê hồ sơ", officers: "Hiệu suất cán bộ" },
    grouping: "Thống kê theo",
    groupings: {
      field: "Lĩnh vực",
      unit: "Đơn vị",
      status: "Trạng thái hiện tại",
      step: "Bước xử lý hiện tại",
      officer: "Cán bộ",
    },
    noRow: {
      field: "Không có lĩnh vực",
      unit: "Không có đơn vị",
      status: "Không có trạng thái",
      step: "Không ở bước xử lý nào (chờ phê duyệt, trả kết quả, đã giải quyết)",
      officer: "Chưa phân công cán bộ",
    },
    columns: {
      received: "Tiếp nhận",
      resolved: "Đã giải quyết",
      resolvedLate: "Giải quyết quá hạn",
      inProgress: "Đang giải quyết",
      inProgressOverdue: "Đang giải quyết quá hạn",
    },
    totals: "Tổng cộng",
    heading: "{{period}} — {{unit}}",
    loading: "Đang tính số liệu…",
    loadError: "Không tải được số liệu thống kê.",
    empty: "Không có hồ sơ nào trong kỳ.",
    figureLink: "{{count}} hồ sơ {{column}} — {{row}}: xem danh sách",
    drillTitle: "{{column}} — {{row}}",
    officerNote:
      "Hồ sơ đang ở một bước xử lý được tính cho cán bộ được phân công bước đó; hồ sơ đã giải quyết hoặc đã qua các bước xử lý được tính cho cán bộ hoàn thành bước xử lý cuối cùng.",
    usage: {
      officer: "Cán bộ",
      steps: "Bước đã hoàn thành",
      dossiers: "Hồ sơ đã xử lý",
      median: "Thời gian mỗi bước (trung vị)",
      mean: "Thời gian mỗi bước (trung bình)",
      late: "Tỷ lệ trễ hạn",
      lateSteps: "{{late}}/{{total}} bước trễ hạn",
      lateDossiers: "{{late}}/{{total}} hồ sơ giải quyết quá hạn",
      load: "Đang được giao",
      empty: "Không có cán bộ nào hoàn thành bước xử lý trong kỳ hoặc đang được giao hồ sơ.",
      note: "Thời gian tính theo giờ làm việc, không kể thời gian tạm dừng. Không tính hồ sơ đã hủy và hồ sơ thử nghiệm.",
    },
  },
};
