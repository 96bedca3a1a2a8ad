/** Shared by every page: the site's frame, languages, roles, dates, generic errors. */
export const common = {
  site: {
    systemName: "Hệ thống thông tin giải quyết thủ tục hành chính",
    /** Before the deployment's facts have loaded, and in the generic `<title>` of index.html. */
    portalName: "Dịch vụ công trực tuyến",
    emblemLabel: "Trang chủ Hệ thống thông tin giải quyết thủ tục hành chính {{province}}",
    emblemLabelGeneric: "Trang chủ Hệ thống thông tin giải quyết thủ tục hành chính",
    skipToContent: "Bỏ qua, đến nội dung chính",
  },
  nav: {
    label: "Điều hướng chính",
    home: "Trang chủ",
    officerSignIn: "Đăng nhập cán bộ",
    officerArea: "Tài khoản cán bộ: {{name}}",
  },
  language: {
    label: "Ngôn ngữ",
    vi: "Tiếng Việt",
    en: "English",
  },
  footer: {
    operator: "Cơ quan chủ quản: {{operator}}",
    hotlineLabel: "Đường dây nóng hỗ trợ",
    hours: "Giờ làm việc: {{hours}} (trừ ngày nghỉ lễ, Tết).",
    openSource: "Phần mềm nguồn mở motcua.",
  },
  roles: {
    one_stop_officer: "Cán bộ một cửa",
    specialist: "Chuyên viên",
    unit_head: "Lãnh đạo phòng",
    agency_leader: "Lãnh đạo cơ quan",
    procedure_control: "Văn phòng UBND / KSTTHC",
    system_admin: "Quản trị hệ thống",
    operator: "Đơn vị vận hành",
  },
  calendarText: {
    /** "09:00 Thứ Hai 02/03/2026". */
    dateTime: "{{time}} {{weekday}} {{date}}",
    /** "Thứ Hai 02/03/2026". */
    weekdayDate: "{{weekday}} {{date}}",
    weekdays: {
      mon: "Thứ Hai",
      tue: "Thứ Ba",
      wed: "Thứ Tư",
      thu: "Thứ Năm",
      fri: "Thứ Sáu",
      sat: "Thứ Bảy",
      sun: "Chủ Nhật",
    },
    weekdaysShort: { mon: "T2", tue: "T3", wed: "T4", thu: "T5", fri: "T6", sat: "T7", sun: "CN" },
    months: {
      m1: "Tháng 1",
      m2: "Tháng 2",
      m3: "Tháng 3",
      m4: "Tháng 4",
      m5: "Tháng 5",
      m6: "Tháng 6",
      m7: "Tháng 7",
      m8: "Tháng 8",
      m9: "Tháng 9",
      m10: "Tháng 10",
      m11: "Tháng 11",
      m12: "Tháng 12",
    },
  },
  errors: {
    network: "Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.",
    unexpected: "Hệ thống đang gặp sự cố. Vui lòng thử lại sau.",
    pageLoadFailed: "Không tải được trang. Vui lòng tải lại trang.",
    reload: "Tải lại trang",
  },
  loading: "Đang tải…",
  notFound: {
    title: "Không tìm thấy trang",
    body: "Địa chỉ bạn truy cập không tồn tại hoặc đã được thay đổi.",
    backHome: "Về trang chủ",
  },
} as const;
