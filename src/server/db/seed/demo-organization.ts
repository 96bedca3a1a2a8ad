import type { AgencyLevel, Role } from "../schema.ts";

/**
 * Vietnamese demo data: Thanh Hóa province after the 2025 reorganisation (province → departments
 * and communes/wards, no district level), with agency identifiers in the QCVN 102:2016 style.
 * Names and addresses are real places; people and phone numbers are invented.
 */
export interface DemoAgency {
  code: string;
  parentCode: string | null;
  name: string;
  level: AgencyLevel;
  address: string;
  dutyOfficerName?: string;
  dutyOfficerPhone?: string;
}

export interface DemoOfficer {
  username: string;
  fullName: string;
  agencyCode: string;
  roles: { role: Role; scopeCode: string }[];
}

export const DEMO_PASSWORD = "Motcua@2026";

const P = "000.00.00.H56";

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    code: P,
    parentCode: null,
    name: "UBND tỉnh Thanh Hóa",
    level: "province",
    address: "35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
  },
  {
    code: "000.00.01.H56",
    parentCode: P,
    name: "Văn phòng UBND tỉnh",
    level: "department",
    address: "35 Đại lộ Lê Lợi, phường Hạc Thành",
    dutyOfficerName: "Lê Thị Thu Hà",
    dutyOfficerPhone: "0237 3852 111",
  },
  {
    code: "000.00.40.H56",
    parentCode: P,
    name: "Trung tâm Phục vụ hành chính công tỉnh",
    level: "department",
    address: "28 Đại lộ Lê Lợi, phường Hạc Thành",
    dutyOfficerName: "Nguyễn Thị Lan",
    dutyOfficerPhone: "0237 3721 888",
  },
  {
    code: "000.00.06.H56",
    parentCode: P,
    name: "Sở Tư pháp",
    level: "department",
    address: "24 Hạc Thành, phường Hạc Thành",
    dutyOfficerName: "Trần Văn Minh",
    dutyOfficerPhone: "0237 3852 466",
  },
  {
    code: "000.01.06.H56",
    parentCode: "000.00.06.H56",
    name: "Phòng Hành chính tư pháp",
    level: "unit",
    address: "24 Hạc Thành, phường Hạc Thành",
  },
  {
    code: "000.02.06.H56",
    parentCode: "000.00.06.H56",
    name: "Phòng Bổ trợ tư pháp",
    level: "unit",
    address: "24 Hạc Thành, phường Hạc Thành",
  },
  {
    code: "000.00.07.H56",
    parentCode: P,
    name: "Sở Xây dựng",
    level: "department",
    address: "36 Đại lộ Lê Lợi, phường Hạc Thành",
    dutyOfficerName: "Phạm Quốc Huy",
    dutyOfficerPhone: "0237 3852 542",
  },
  {
    code: "000.01.07.H56",
    parentCode: "000.00.07.H56",
    name: "Phòng Quản lý hoạt động xây dựng",
    level: "unit",
    address: "36 Đại lộ Lê Lợi, phường Hạc Thành",
  },
  {
    code: "000.00.08.H56",
    parentCode: P,
    name: "Sở Tài chính",
    level: "department",
    address: "45 Đại lộ Lê Lợi, phường Hạc Thành",
    dutyOfficerName: "Hoàng Minh Tuấn",
    dutyOfficerPhone: "0237 3852 366",
  },
  {
    code: "000.01.08.H56",
    parentCode: "000.00.08.H56",
    name: "Phòng Đăng ký kinh doanh",
    level: "unit",
    address: "45 Đại lộ Lê Lợi, phường Hạc Thành",
  },
  {
    code: "000.00.09.H56",
    parentCode: P,
    name: "Sở Nông nghiệp và Môi trường",
    level: "department",
    address: "14 Hạc Thành, phường Hạc Thành",
    dutyOfficerName: "Đỗ Thị Mai",
    dutyOfficerPhone: "0237 3852 209",
  },
  {
    code: "000.01.09.H56",
    parentCode: "000.00.09.H56",
    name: "Văn phòng Đăng ký đất đai",
    level: "unit",
    address: "14 Hạc Thành, phường Hạc Thành",
  },
  {
    code: "000.00.10.H56",
    parentCode: P,
    name: "Sở Y tế",
    level: "department",
    address: "101 Nguyễn Trãi, phường Hạc Thành",
    dutyOfficerName: "Vũ Thị Hằng",
    dutyOfficerPhone: "0237 3852 428",
  },
  {
    code: "000.00.51.H56",
    parentCode: P,
    name: "UBND phường Hạc Thành",
    level: "commune",
    address: "2 Trần Phú, phường Hạc Thành",
    dutyOfficerName: "Lê Văn Dũng",
    dutyOfficerPhone: "0237 3751 234",
  },
  {
    code: "000.01.51.H56",
    parentCode: "000.00.51.H56",
    name: "Trung tâm Phục vụ hành chính công phường Hạc Thành",
    level: "unit",
    address: "2 Trần Phú, phường Hạc Thành",
  },
  {
    code: "000.02.51.H56",
    parentCode: "000.00.51.H56",
    name: "Phòng Văn hóa - Xã hội",
    level: "unit",
    address: "2 Trần Phú, phường Hạc Thành",
  },
  {
    code: "000.03.51.H56",
    parentCode: "000.00.51.H56",
    name: "Phòng Kinh tế, Hạ tầng và Đô thị",
    level: "unit",
    address: "2 Trần Phú, phường Hạc Thành",
  },
  {
    code: "000.00.52.H56",
    parentCode: P,
    name: "UBND phường Sầm Sơn",
    level: "commune",
    address: "Đường Nguyễn Du, phường Sầm Sơn",
    dutyOfficerName: "Nguyễn Thị Hoa",
    dutyOfficerPhone: "0237 3821 567",
  },
  {
    code: "000.01.52.H56",
    parentCode: "000.00.52.H56",
    name: "Trung tâm Phục vụ hành chính công phường Sầm Sơn",
    level: "unit",
    address: "Đường Nguyễn Du, phường Sầm Sơn",
  },
  {
    code: "000.00.53.H56",
    parentCode: P,
    name: "UBND phường Bỉm Sơn",
    level: "commune",
    address: "Đường Trần Phú, phường Bỉm Sơn",
    dutyOfficerName: "Trịnh Văn Long",
    dutyOfficerPhone: "0237 3824 210",
  },
  {
    code: "000.00.54.H56",
    parentCode: P,
    name: "UBND xã Thọ Xuân",
    level: "commune",
    address: "Khu phố 3, xã Thọ Xuân",
    dutyOfficerName: "Lê Thị Ngọc",
    dutyOfficerPhone: "0237 3834 115",
  },
  {
    code: "000.00.55.H56",
    parentCode: P,
    name: "UBND xã Hoằng Hóa",
    level: "commune",
    address: "Khu phố Bút Sơn, xã Hoằng Hóa",
    dutyOfficerName: "Nguyễn Văn Thành",
    dutyOfficerPhone: "0237 3865 302",
  },
];

export const DEMO_OFFICERS: DemoOfficer[] = [
  {
    username: "admin",
    fullName: "Nguyễn Quản Trị",
    agencyCode: P,
    roles: [{ role: "system_admin", scopeCode: P }],
  },
  {
    username: "vanhanh",
    fullName: "Trần Văn Hành",
    agencyCode: P,
    roles: [{ role: "operator", scopeCode: P }],
  },
  {
    username: "kstthc",
    fullName: "Lê Thị Kiểm",
    agencyCode: "000.00.01.H56",
    roles: [{ role: "procedure_control", scopeCode: P }],
  },
  {
    username: "tthcc.motcua",
    fullName: "Nguyễn Thị Lan",
    agencyCode: "000.00.40.H56",
    roles: [{ role: "one_stop_officer", scopeCode: P }],
  },
  {
    username: "tuphap.chuyenvien",
    fullName: "Phạm Thị Thanh",
    agencyCode: "000.01.06.H56",
    roles: [{ role: "specialist", scopeCode: "000.01.06.H56" }],
  },
  {
    username: "tuphap.truongphong",
    fullName: "Đặng Văn Bình",
    agencyCode: "000.01.06.H56",
    roles: [{ role: "unit_head", scopeCode: "000.01.06.H56" }],
  },
  {
    username: "tuphap.giamdoc",
    fullName: "Trần Văn Minh",
    agencyCode: "000.00.06.H56",
    roles: [{ role: "agency_leader", scopeCode: "000.00.06.H56" }],
  },
  {
    username: "botro.chuyenvien",
    fullName: "Lê Thị Thảo",
    agencyCode: "000.02.06.H56",
    roles: [{ role: "specialist", scopeCode: "000.02.06.H56" }],
  },
  {
    username: "botro.truongphong",
    fullName: "Nguyễn Đức Thắng",
    agencyCode: "000.02.06.H56",
    roles: [{ role: "unit_head", scopeCode: "000.02.06.H56" }],
  },
  {
    username: "xaydung.chuyenvien",
    fullName: "Bùi Đức Anh",
    agencyCode: "000.01.07.H56",
    roles: [{ role: "specialist", scopeCode: "000.01.07.H56" }],
  },
  {
    username: "xaydung.truongphong",
    fullName: "Ngô Thị Phương",
    agencyCode: "000.01.07.H56",
    roles: [{ role: "unit_head", scopeCode: "000.01.07.H56" }],
  },
  {
    username: "xaydung.giamdoc",
    fullName: "Phạm Quốc Huy",
    agencyCode: "000.00.07.H56",
    roles: [{ role: "agency_leader", scopeCode: "000.00.07.H56" }],
  },
  {
    username: "hacthanh.motcua",
    fullName: "Lê Văn Dũng",
    agencyCode: "000.01.51.H56",
    roles: [{ role: "one_stop_officer", scopeCode: "000.00.51.H56" }],
  },
  {
    username: "hacthanh.congchuc",
    fullName: "Vũ Thị Hương",
    agencyCode: "000.02.51.H56",
    roles: [{ role: "specialist", scopeCode: "000.02.51.H56" }],
  },
  {
    username: "hacthanh.diachinh",
    fullName: "Trịnh Văn Hải",
    agencyCode: "000.03.51.H56",
    roles: [{ role: "specialist", scopeCode: "000.03.51.H56" }],
  },
  {
    username: "hacthanh.truongphong",
    fullName: "Lê Minh Tuấn",
    agencyCode: "000.03.51.H56",
    roles: [{ role: "unit_head", scopeCode: "000.03.51.H56" }],
  },
  {
    username: "hacthanh.chutich",
    fullName: "Hoàng Văn Sơn",
    agencyCode: "000.00.51.H56",
    roles: [{ role: "agency_leader", scopeCode: "000.00.51.H56" }],
  },
  {
    username: "nnmt.chuyenvien",
    fullName: "Hà Thị Thu",
    agencyCode: "000.01.09.H56",
    roles: [{ role: "specialist", scopeCode: "000.01.09.H56" }],
  },
  {
    username: "nnmt.truongphong",
    fullName: "Nguyễn Văn Quang",
    agencyCode: "000.01.09.H56",
    roles: [{ role: "unit_head", scopeCode: "000.01.09.H56" }],
  },
  {
    username: "nnmt.giamdoc",
    fullName: "Mai Xuân Trường",
    agencyCode: "000.00.09.H56",
    roles: [{ role: "agency_leader", scopeCode: "000.00.09.H56" }],
  },
  {
    username: "samson.motcua",
    fullName: "Nguyễn Thị Hoa",
    agencyCode: "000.01.52.H56",
    roles: [{ role: "one_stop_officer", scopeCode: "000.00.52.H56" }],
  },
];
