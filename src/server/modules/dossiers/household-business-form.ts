/**
 * Test fixture: the e-form of "Đăng ký thành lập hộ kinh doanh" (1.001612, demo catalog) filled in
 * correctly for an owner, as the tests of online submission, drafts, the data store, signatures
 * and the browser journeys send it. `changes` replace fields (a wrong value, another phone).
 */
export interface HouseholdOwner {
  name: string;
  idNumber: string;
  birthDate: string;
  gender: "nam" | "nu";
}

/** Lê Thị Bình, a level-2 demo e-ID account. */
export const BINH: HouseholdOwner = {
  name: "Lê Thị Bình",
  idNumber: "038192004567",
  birthDate: "1992-05-20",
  gender: "nu",
};

export const HAC_THANH_ADDRESS = { provinceCode: "38", communeCode: "38001", street: "Số 5 đường Lê Lợi" };

export function householdBusinessForm(
  owner: HouseholdOwner = BINH,
  businessName = "Hộ kinh doanh Phở Hạc Thành",
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    tenHoKinhDoanh: businessName,
    diaChiKinhDoanh: HAC_THANH_ADDRESS,
    dienThoai: "0912345678",
    nganhNghe: [{ tenNganh: "Nhà hàng và các dịch vụ ăn uống phục vụ lưu động", maNganh: "5610" }],
    vonKinhDoanh: 50_000_000,
    loaiChuHo: "ca_nhan",
    hoTenChuHo: owner.name,
    ngaySinhChuHo: owner.birthDate,
    gioiTinhChuHo: owner.gender,
    soDinhDanhChuHo: owner.idNumber,
    noiCuTruChuHo: HAC_THANH_ADDRESS,
    camDoan: true,
    ...changes,
  };
}
