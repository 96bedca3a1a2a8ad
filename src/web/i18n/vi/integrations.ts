/** The integrations' delivery health (`/quan-tri/ket-noi`, issue 12). */
export const integrations = {
  integrations: {
    title: "Tình trạng kết nối, gửi tin",
    intro:
      "Mỗi kết nối (thư điện tử cho người dân, Cổng Dịch vụ công quốc gia…) gửi tin theo thứ tự của từng hồ sơ, thử lại khi lỗi. Tin lỗi sau lần thử cuối bị tạm dừng; các tin sau của cùng hồ sơ chờ đến khi tin đó được gửi lại hoặc hủy.",
    refresh: "Làm mới",
    loadFailed: "Không tải được tình trạng kết nối",
    names: {
      email: "Thư điện tử cho người dân",
      "national-portal": "Cổng Dịch vụ công quốc gia",
    },
    columns: {
      destination: "Kết nối",
      queued: "Đang chờ",
      delivered: "Đã gửi",
      failing: "Đang lỗi, sẽ thử lại",
      parked: "Tạm dừng",
      blocked: "Chờ sau tin tạm dừng",
      oldest: "Tin chờ lâu nhất",
      lastError: "Lỗi gần nhất",
      key: "Hồ sơ (khoá thứ tự)",
      attempts: "Số lần thử",
      parkedAt: "Tạm dừng lúc",
      followers: "Tin chờ phía sau",
    },
    age: {
      seconds: "{{count}} giây",
      minutes: "{{count}} phút",
      hours: "{{hours}} giờ {{minutes}} phút",
    },
    parkedTitle: "Tin tạm dừng",
    parkedIntro:
      "Gửi lại: tin được đưa lại vào hàng đợi với số lần thử mới. Hủy: tin không bao giờ được gửi, các tin sau của hồ sơ được gửi tiếp; cần nêu lý do. Mọi thao tác đều được ghi nhật ký.",
    noParked: "Không có tin nào bị tạm dừng.",
    retry: "Gửi lại",
    discard: "Hủy tin",
    retried: "Đã đưa tin vào hàng đợi gửi lại.",
    discarded: "Đã hủy tin; các tin sau của hồ sơ sẽ được gửi tiếp.",
    discardTitle: "Hủy tin tạm dừng",
    discardWarning:
      "Tin này sẽ không được gửi nữa. Hãy chắc chắn nội dung đã được xử lý cách khác (ví dụ cập nhật tay trên Cổng).",
    reason: "Lý do hủy",
    reasonHint: "Ít nhất 5 ký tự; được ghi vào nhật ký hệ thống.",
    portalSubmissions: {
      title: "Hồ sơ nhận từ Cổng DVCQG chờ xử lý",
      intro:
        "Hồ sơ người dân nộp trên Cổng Dịch vụ công quốc gia nhưng chưa thành hồ sơ trong hệ thống (thủ tục hoặc cơ quan không có, dữ liệu sai, tệp không hợp lệ hoặc không tải được). Tiếp nhận lại sau khi đã khắc phục nguyên nhân, hoặc hủy có nêu lý do. Mọi thao tác đều được ghi nhật ký.",
      none: "Không có hồ sơ nào từ Cổng DVCQG đang chờ xử lý.",
      nationalCode: "Mã hồ sơ quốc gia",
      procedure: "Thủ tục · cơ quan",
      receivedAt: "Nhận lúc",
      reason: "Lý do tạm dừng",
      pending: "Đang tiếp nhận",
      retry: "Tiếp nhận lại",
      discard: "Hủy hồ sơ",
      received: "Đã tiếp nhận thành hồ sơ {{code}}.",
      parkedAgain: "Chưa tiếp nhận được: {{reason}}",
      discarded: "Đã hủy hồ sơ nhận từ Cổng DVCQG.",
      discardTitle: "Hủy hồ sơ nhận từ Cổng DVCQG",
      discardWarning:
        "Hồ sơ này sẽ không bao giờ được tiếp nhận, kể cả khi Cổng gửi lại. Hãy chắc chắn người nộp đã được thông báo.",
    },
  },
} as const;
