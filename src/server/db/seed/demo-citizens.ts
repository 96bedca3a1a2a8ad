/**
 * Demo accounts of the embedded e-ID simulator, which stands in for the national e-ID (VNeID) in
 * development and tests. They live in the simulator, not in motcua's tables: a `citizen` row is
 * created the first time one of them signs in (ACC-3). People, numbers and addresses are invented;
 * the ID numbers follow the CCCD layout (province 038 = Thanh Hóa, gender/century digit, year).
 */
export interface DemoEidAccount {
  /** The provider's stable subject identifier (`sub`). */
  subject: string;
  /** 12-digit personal identification number (số định danh cá nhân / CCCD): the login name. */
  identityNumber: string;
  identityLevel: 1 | 2;
  familyName: string;
  givenName: string;
  birthDate: string;
  gender: "male" | "female";
  address: {
    streetAddress: string;
    locality: string;
    region: string;
  };
  phoneNumber: string;
  email: string;
  /** Present for an organization account: the organization the person represents. */
  organization?: { taxCode: string; name: string };
}

/** Every demo e-ID account has this password. */
export const DEMO_EID_PASSWORD = "Vneid@2026";

export const DEMO_EID_ACCOUNTS: readonly DemoEidAccount[] = [
  {
    subject: "vneid-sim-6f2d1a0c-0001",
    identityNumber: "038085012345",
    identityLevel: 2,
    familyName: "Nguyễn Văn",
    givenName: "An",
    birthDate: "1985-04-12",
    gender: "male",
    address: {
      streetAddress: "Số 12 phố Trần Phú",
      locality: "Phường Hạc Thành",
      region: "Tỉnh Thanh Hóa",
    },
    phoneNumber: "+84912345678",
    email: "nguyenvanan@example.vn",
  },
  {
    subject: "vneid-sim-6f2d1a0c-0002",
    identityNumber: "038192004567",
    identityLevel: 2,
    familyName: "Lê Thị",
    givenName: "Bình",
    birthDate: "1992-09-03",
    gender: "female",
    address: {
      streetAddress: "Thôn Yên Bái",
      locality: "Xã Yên Định",
      region: "Tỉnh Thanh Hóa",
    },
    phoneNumber: "+84987654321",
    email: "lethibinh@example.vn",
  },
  {
    subject: "vneid-sim-6f2d1a0c-0003",
    identityNumber: "038201007890",
    identityLevel: 1,
    familyName: "Trần Văn",
    givenName: "Cường",
    birthDate: "2001-01-20",
    gender: "male",
    address: {
      streetAddress: "Số 5 đường Lê Hoàn",
      locality: "Phường Hạc Thành",
      region: "Tỉnh Thanh Hóa",
    },
    phoneNumber: "+84904112233",
    email: "tranvancuong@example.vn",
  },
  {
    subject: "vneid-sim-6f2d1a0c-0004",
    identityNumber: "038178003456",
    identityLevel: 2,
    familyName: "Phạm Thị",
    givenName: "Dung",
    birthDate: "1978-11-15",
    gender: "female",
    address: {
      streetAddress: "Số 88 Đại lộ Lê Lợi",
      locality: "Phường Hạc Thành",
      region: "Tỉnh Thanh Hóa",
    },
    phoneNumber: "+84913456789",
    email: "phamthidung@example.vn",
    organization: {
      taxCode: "2801234567",
      name: "Công ty TNHH Thương mại và Dịch vụ Hạc Thành",
    },
  },
];

export function fullNameOf(account: DemoEidAccount): string {
  return `${account.familyName} ${account.givenName}`;
}
