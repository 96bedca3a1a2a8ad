/** What the administration pages share: the list of areas, the "no permission" page, common buttons. */
export const admin = {
  admin: {
    forbiddenTitle: "Không có quyền truy cập",
    forbidden: "Chức năng này dành cho: {{roles}}. Tài khoản của bạn chưa được phân quyền này.",
    backToOfficer: "Về trang cán bộ",
    cancel: "Hủy",
    close: "Đóng",
    retry: "Thử lại",
    readOnly: "Bạn có quyền xem; chỉ Quản trị hệ thống được thay đổi.",
    areas: {
      calendar: {
        title: "Lịch làm việc, ngày nghỉ lễ, Tết",
        summary: "Ngày, giờ làm việc dùng để tính thời hạn giải quyết hồ sơ.",
      },
      accounts: {
        title: "Tài khoản cán bộ",
        summary: "Cấp, khoá, thu hồi tài khoản; phân vai trò; điều chuyển cán bộ.",
      },
      agencies: {
        title: "Cơ cấu tổ chức",
        summary: "Cây cơ quan, đơn vị; mã định danh; cán bộ trực Bộ phận Một cửa.",
      },
      audit: {
        title: "Nhật ký hệ thống",
        summary: "Ai đã làm gì, khi nào, kết quả ra sao.",
      },
      integrations: {
        title: "Tình trạng kết nối, gửi tin",
        summary: "Tin gửi đi theo từng kết nối: đang chờ, lỗi, tạm dừng; gửi lại hoặc hủy.",
      },
      reconciliation: {
        title: "Đối soát hồ sơ với Cổng DVCQG",
        summary: "Hồ sơ có trạng thái khác nhau, thiếu ở một bên; số liệu theo cơ quan, tháng.",
      },
      procedureSync: {
        title: "Đồng bộ thủ tục từ CSDL quốc gia",
        summary: "Thủ tục mới, sửa đổi lấy từ Cổng DVCQG; hạn công bố 5 ngày làm việc.",
      },
      catalog: {
        title: "Danh mục thủ tục hành chính",
        summary: "Công bố, sửa đổi thủ tục; nhập, xuất từ CSDL quốc gia về TTHC.",
      },
      forms: {
        title: "Biểu mẫu điện tử",
        summary: "Soạn tờ khai điện tử của thủ tục, xem trước, công bố.",
      },
      workflows: {
        title: "Quy trình điện tử",
        summary: "Các bước, người thực hiện, thời gian; trình và phê duyệt quy trình.",
      },
    },
    agencyPicker: {
      nothingFound: "Không tìm thấy cơ quan, đơn vị phù hợp.",
    },
    pagination: "Phân trang",
  },
} as const;
