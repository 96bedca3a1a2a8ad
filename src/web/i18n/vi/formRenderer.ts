/** The shared e-form renderer (src/web/forms): the portal's online submission, the editor's preview, the counter. */
export const formRenderer = {
  formRenderer: {
    choose: "— Chọn —",
    required: "bắt buộc",
    province: "Tỉnh, thành phố",
    commune: "Xã, phường, đặc khu",
    street: "Số nhà, đường, tổ dân phố, thôn, xóm",
    streetPlaceholder: "Ví dụ: 25 Lê Lợi, tổ dân phố 3",
    chooseProvince: "— Chọn tỉnh, thành phố —",
    chooseCommune: "— Chọn xã, phường —",
    chooseProvinceFirst: "— Chọn tỉnh, thành phố trước —",
    loadingList: "Đang tải danh sách…",
    addressesFailed:
      "Không tải được danh mục tỉnh, xã. Địa chỉ chỉ được kiểm tra về hình thức; vui lòng tải lại trang.",
    item: "Mục",
    itemTitle: "{{item}} {{n}}",
    noItems: "Chưa có mục nào.",
    addItem: "+ Thêm {{item}}",
    removeItem: "Xoá",
    removeItemLabel: "Xoá {{item}} {{n}}",
    maxItems_one: "Tối đa {{count}} mục.",
    maxItems_other: "Tối đa {{count}} mục.",
    summaryTitle_one: "Có {{count}} nội dung cần sửa",
    summaryTitle_other: "Có {{count}} nội dung cần sửa",
  },
} as const;
