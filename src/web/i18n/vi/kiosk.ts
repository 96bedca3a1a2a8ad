/** Lookup by QR and the one-stop hall's kiosk (LKP-1, CODE-3). */
export const kiosk = {
  qrLookup: {
    scan: "Quét mã QR",
    stop: "Tắt camera",
    photo: "Chọn ảnh mã QR",
    preview: "Hình ảnh từ camera để quét mã QR",
    aim: "Đưa mã QR trên giấy tiếp nhận vào giữa khung hình.",
    problems: {
      noCamera:
        "Thiết bị này không có camera dùng được. Hãy bấm “Chọn ảnh mã QR” để chụp hoặc chọn ảnh mã QR.",
      denied:
        "Chưa được cho phép dùng camera. Hãy cho phép trong cài đặt trình duyệt, hoặc bấm “Chọn ảnh mã QR” để chụp hoặc chọn ảnh.",
      cameraError: "Không mở được camera. Hãy bấm “Chọn ảnh mã QR” để chụp hoặc chọn ảnh mã QR.",
      notLookup:
        "Mã QR này không phải mã tra cứu hồ sơ. Hãy quét mã QR in trên giấy tiếp nhận và hẹn trả kết quả.",
      noQrInPhoto: "Không đọc được mã QR trong ảnh. Hãy chụp lại rõ nét, đủ sáng và thẳng mã QR.",
    },
  },
  kiosk: {
    pageTitle: "Tra cứu tại quầy",
    heading: "Tra cứu hồ sơ tại quầy",
    intro: "Chạm các phím để nhập mã hồ sơ in trên giấy tiếp nhận, hoặc quét mã QR trên giấy.",
    codeLabel: "Mã hồ sơ",
    keypad: "Bàn phím nhập mã hồ sơ",
    backspace: "Xóa một ký tự",
    clear: "Xóa hết",
    search: "Tra cứu",
    startOver: "Tra cứu hồ sơ khác",
    badCode: "Mã hồ sơ chưa đúng. Mã có dạng 000.00.06.H56-260213-0001.",
    countdown: "Màn hình sẽ trở về trang đầu sau {{seconds}} giây.",
    stay: "Tiếp tục",
    letters: "Chữ cái",
    digits: "Chữ số",
  },
} as const;
