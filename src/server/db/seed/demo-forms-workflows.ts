import type { Duration } from "../../../domain/deadline/duration.ts";
import type { AdministrativeUnit, CommuneUnit } from "../../../domain/forms/address.ts";
import type { FormDefinitionInput } from "../../../domain/forms/definition.ts";
import type { WorkflowDefinitionInput, WorkflowRole } from "../../../domain/workflow/definition.ts";
import { createFormDraft } from "../../modules/forms/create-form-draft.ts";
import { publishFormVersion } from "../../modules/forms/publish-form-version.ts";
import { approveWorkflowVersion } from "../../modules/workflows/approve-workflow-version.ts";
import { createWorkflowDraft } from "../../modules/workflows/create-workflow-draft.ts";
import { submitWorkflowVersion } from "../../modules/workflows/submit-workflow-version.ts";
import type { Db } from "../database.ts";

/**
 * Demo e-forms (CFG-2) and electronic workflows (PRC-1, PRC-4) for the demo catalog
 * (demo-procedures.ts) and agencies (demo-organization.ts), and the directory of administrative
 * units that address fields use.
 *
 * They are created through the same use cases as the API (a draft, then publish; a draft,
 * submit, then approval by another officer), so the demo data obeys the same rules. Idempotent:
 * a procedure that already has a form, or a workflow at an agency, is left as it is; a procedure
 * missing from the catalog is skipped.
 */

// ----------------------------------------------------------------- administrative units

/**
 * The 34 provincial units from 12/6/2025 (Nghị quyết 202/2025/QH15), with the codes of the
 * national list of administrative units. Communes: only those of the demo, with illustrative
 * codes (mã minh họa); a deployment loads the full official list (about 3,300 communes).
 */
const DEMO_PROVINCES: AdministrativeUnit[] = [
  { code: "01", name: "Thành phố Hà Nội" },
  { code: "04", name: "Tỉnh Cao Bằng" },
  { code: "08", name: "Tỉnh Tuyên Quang" },
  { code: "11", name: "Tỉnh Điện Biên" },
  { code: "12", name: "Tỉnh Lai Châu" },
  { code: "14", name: "Tỉnh Sơn La" },
  { code: "15", name: "Tỉnh Lào Cai" },
  { code: "19", name: "Tỉnh Thái Nguyên" },
  { code: "20", name: "Tỉnh Lạng Sơn" },
  { code: "22", name: "Tỉnh Quảng Ninh" },
  { code: "24", name: "Tỉnh Bắc Ninh" },
  { code: "25", name: "Tỉnh Phú Thọ" },
  { code: "31", name: "Thành phố Hải Phòng" },
  { code: "33", name: "Tỉnh Hưng Yên" },
  { code: "37", name: "Tỉnh Ninh Bình" },
  { code: "38", name: "Tỉnh Thanh Hóa" },
  { code: "40", name: "Tỉnh Nghệ An" },
  { code: "42", name: "Tỉnh Hà Tĩnh" },
  { code: "44", name: "Tỉnh Quảng Trị" },
  { code: "46", name: "Thành phố Huế" },
  { code: "48", name: "Thành phố Đà Nẵng" },
  { code: "51", name: "Tỉnh Quảng Ngãi" },
  { code: "52", name: "Tỉnh Gia Lai" },
  { code: "56", name: "Tỉnh Khánh Hòa" },
  { code: "66", name: "Tỉnh Đắk Lắk" },
  { code: "68", name: "Tỉnh Lâm Đồng" },
  { code: "75", name: "Tỉnh Đồng Nai" },
  { code: "79", name: "Thành phố Hồ Chí Minh" },
  { code: "80", name: "Tỉnh Tây Ninh" },
  { code: "82", name: "Tỉnh Đồng Tháp" },
  { code: "86", name: "Tỉnh Vĩnh Long" },
  { code: "91", name: "Tỉnh An Giang" },
  { code: "92", name: "Thành phố Cần Thơ" },
  { code: "96", name: "Tỉnh Cà Mau" },
];

const DEMO_COMMUNES: CommuneUnit[] = [
  { code: "38001", name: "Phường Hạc Thành", provinceCode: "38" },
  { code: "38002", name: "Phường Sầm Sơn", provinceCode: "38" },
  { code: "38003", name: "Phường Bỉm Sơn", provinceCode: "38" },
  { code: "38004", name: "Xã Thọ Xuân", provinceCode: "38" },
  { code: "38005", name: "Xã Hoằng Hóa", provinceCode: "38" },
  { code: "01001", name: "Phường Hoàn Kiếm", provinceCode: "01" },
  { code: "01002", name: "Phường Ba Đình", provinceCode: "01" },
  { code: "01003", name: "Phường Cầu Giấy", provinceCode: "01" },
  { code: "79001", name: "Phường Sài Gòn", provinceCode: "79" },
  { code: "79002", name: "Phường Bến Thành", provinceCode: "79" },
];

async function loadAdministrativeUnits(db: Db): Promise<void> {
  await db
    .insertInto("administrative_unit")
    .values(
      DEMO_PROVINCES.map((p) => ({
        code: p.code,
        name: p.name,
        level: "province" as const,
        province_code: null,
      })),
    )
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();
  await db
    .insertInto("administrative_unit")
    .values(
      DEMO_COMMUNES.map((c) => ({
        code: c.code,
        name: c.name,
        level: "commune" as const,
        province_code: c.provinceCode,
      })),
    )
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();
}

// ---------------------------------------------------------------------------------- forms

type Field = FormDefinitionInput["sections"][number]["fields"][number];
/** Any field but a group: what a repeatable group may hold. */
type Leaf = Exclude<Field, { type: "group" }>;
type Option = { value: string; label: string };

const options = (...labels: string[]): Option[] => labels.map((label) => ({ value: label, label }));
const choice = (value: string, label: string): Option => ({ value, label });

/** The 54 ethnic groups of Viet Nam (Danh mục các dân tộc Việt Nam). */
const ETHNIC_GROUPS = options(
  "Kinh",
  "Tày",
  "Thái",
  "Hoa",
  "Khơ-me",
  "Mường",
  "Nùng",
  "Mông",
  "Dao",
  "Gia-rai",
  "Ngái",
  "Ê-đê",
  "Ba Na",
  "Xơ Đăng",
  "Sán Chay",
  "Cơ-ho",
  "Chăm",
  "Sán Dìu",
  "Hrê",
  "Mnông",
  "Ra-glai",
  "Xtiêng",
  "Bru-Vân Kiều",
  "Thổ",
  "Giáy",
  "Cơ-tu",
  "Giẻ-Triêng",
  "Mạ",
  "Khơ-mú",
  "Co",
  "Tà-ôi",
  "Chơ-ro",
  "Kháng",
  "Xinh-mun",
  "Hà Nhì",
  "Chu-ru",
  "Lào",
  "La Chí",
  "La Ha",
  "Phù Lá",
  "La Hủ",
  "Lự",
  "Lô Lô",
  "Chứt",
  "Mảng",
  "Pà Thẻn",
  "Cơ Lao",
  "Cống",
  "Bố Y",
  "Si La",
  "Pu Péo",
  "Brâu",
  "Ơ Đu",
  "Rơ-măm",
);
const SEX = [choice("nam", "Nam"), choice("nu", "Nữ")];
const DECLARATION =
  "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.";

const text = (key: string, label: string, extra: Partial<Leaf> = {}): Leaf =>
  ({ key, type: "text", label, maxLength: 200, ...extra }) as Leaf;
const date = (key: string, label: string, extra: Partial<Leaf> = {}): Leaf =>
  ({ key, type: "date", label, max: "today", ...extra }) as Leaf;
const address = (key: string, label: string, extra: Partial<Leaf> = {}): Leaf =>
  ({ key, type: "address", label, ...extra }) as Leaf;
const idNumber = (key: string, label: string, extra: Partial<Leaf> = {}): Leaf =>
  ({ key, type: "idNumber", label, accept: ["cccd", "cmnd"], ...extra }) as Leaf;
const declaration = (): Field => ({ key: "camDoan", type: "checkbox", label: DECLARATION, required: true });

/** The person who submits (người yêu cầu), pre-filled from the e-ID when they consent (REC-5). */
function requesterSection(title = "Người yêu cầu"): FormDefinitionInput["sections"][number] {
  return {
    key: "nguoiYeuCau",
    title,
    fields: [
      text("hoTenNguoiYeuCau", "Họ, chữ đệm và tên", { required: true, prefill: "fullName", width: "half" }),
      idNumber("soDinhDanhNguoiYeuCau", "Số định danh cá nhân", {
        required: true,
        prefill: "identityNumber",
        width: "half",
      }),
      address("noiCuTruNguoiYeuCau", "Nơi cư trú", { required: true }),
      {
        key: "dienThoaiNguoiYeuCau",
        type: "phone",
        label: "Số điện thoại",
        required: true,
        prefill: "phone",
        width: "half",
      },
      { key: "emailNguoiYeuCau", type: "email", label: "Thư điện tử", prefill: "email", width: "half" },
    ],
  };
}

/** One person of a civil-status form (người được khai sinh, vợ, chồng…). */
function personFields(
  prefix: string,
  person: { minAge?: number; required?: boolean; visibleWhen?: Field["visibleWhen"] } = {},
): Field[] {
  const shared = {
    ...(person.required ? { required: true } : {}),
    ...(person.visibleWhen ? { visibleWhen: person.visibleWhen } : {}),
  };
  return [
    text(`hoTen${prefix}`, "Họ, chữ đệm và tên", { ...shared, maxLength: 100, width: "half" }),
    date(`ngaySinh${prefix}`, "Ngày, tháng, năm sinh", {
      ...shared,
      width: "half",
      ...(person.minAge ? { max: `today-${person.minAge}y` } : {}),
    }),
    {
      key: `danToc${prefix}`,
      type: "select",
      label: "Dân tộc",
      options: ETHNIC_GROUPS,
      width: "half",
      ...shared,
    },
    {
      key: `quocTich${prefix}`,
      type: "select",
      label: "Quốc tịch",
      options: options("Việt Nam", "Khác"),
      width: "half",
      ...shared,
    },
    idNumber(`soDinhDanh${prefix}`, "Số định danh cá nhân", {
      ...shared,
      birthDateField: `ngaySinh${prefix}`,
    }),
    address(`noiCuTru${prefix}`, "Nơi cư trú", shared),
  ];
}

const BIRTH_REGISTRATION: FormDefinitionInput = {
  schemaVersion: 1,
  title: "Tờ khai đăng ký khai sinh",
  description: "Mẫu tờ khai ban hành kèm theo Thông tư của Bộ Tư pháp; khai trực tuyến thay cho bản giấy.",
  sections: [
    requesterSection(),
    {
      key: "nguoiDuocKhaiSinh",
      title: "Người được khai sinh",
      fields: [
        text("hoTenTre", "Họ, chữ đệm và tên", { required: true, maxLength: 100, width: "half" }),
        { key: "gioiTinh", type: "radio", label: "Giới tính", options: SEX, required: true, width: "half" },
        date("ngaySinhTre", "Ngày, tháng, năm sinh", { required: true, width: "half" }),
        {
          key: "danTocTre",
          type: "select",
          label: "Dân tộc",
          options: ETHNIC_GROUPS,
          required: true,
          width: "half",
        },
        {
          key: "noiSinhLa",
          type: "radio",
          label: "Nơi sinh",
          required: true,
          options: [choice("co_so_y_te", "Tại cơ sở y tế"), choice("ngoai_co_so_y_te", "Ngoài cơ sở y tế")],
        },
        text("tenCoSoYTe", "Tên cơ sở y tế", {
          required: true,
          visibleWhen: { field: "noiSinhLa", equals: "co_so_y_te" },
          help: "Ghi như trên Giấy chứng sinh, ví dụ: Bệnh viện Phụ sản Thanh Hóa.",
        }),
        address("noiSinh", "Địa chỉ nơi sinh", { required: true, requireStreet: false }),
        text("queQuan", "Quê quán", { help: "Theo quê quán của cha hoặc mẹ, theo thỏa thuận của cha mẹ." }),
      ],
    },
    {
      key: "me",
      title: "Thông tin người mẹ",
      fields: personFields("Me", { required: true }),
    },
    {
      key: "cha",
      title: "Thông tin người cha",
      fields: [
        { key: "khaiCha", type: "checkbox", label: "Khai thông tin người cha" },
        ...personFields("Cha", { required: true, visibleWhen: { field: "khaiCha", equals: true } }),
      ],
    },
    {
      key: "banSao",
      title: "Bản sao",
      fields: [
        { key: "deNghiBanSao", type: "checkbox", label: "Đề nghị cấp bản sao Giấy khai sinh" },
        {
          key: "soBanSao",
          type: "number",
          label: "Số bản sao",
          integer: true,
          min: 1,
          max: 10,
          unit: "bản",
          required: true,
          visibleWhen: { field: "deNghiBanSao", equals: true },
        },
        declaration(),
      ],
    },
  ],
};

const MARRIAGE_REGISTRATION: FormDefinitionInput = {
  schemaVersion: 1,
  title: "Tờ khai đăng ký kết hôn",
  description: "Hai bên nam, nữ cùng có mặt khi đăng ký kết hôn (Luật Hộ tịch, Điều 18).",
  sections: [
    {
      key: "benNu",
      title: "Bên nữ",
      fields: [
        ...personFields("Nu", { required: true, minAge: 18 }),
        {
          key: "tinhTrangHonNhanNu",
          type: "radio",
          label: "Tình trạng hôn nhân",
          required: true,
          options: [
            choice("chua_ket_hon", "Chưa kết hôn lần nào"),
            choice("da_ly_hon", "Đã ly hôn"),
            choice("goa", "Vợ, chồng đã chết"),
          ],
        },
      ],
    },
    {
      key: "benNam",
      title: "Bên nam",
      fields: [
        ...personFields("Nam", { required: true, minAge: 20 }),
        {
          key: "tinhTrangHonNhanNam",
          type: "radio",
          label: "Tình trạng hôn nhân",
          required: true,
          options: [
            choice("chua_ket_hon", "Chưa kết hôn lần nào"),
            choice("da_ly_hon", "Đã ly hôn"),
            choice("goa", "Vợ, chồng đã chết"),
          ],
        },
      ],
    },
    {
      key: "lienHe",
      title: "Liên hệ",
      fields: [
        { key: "dienThoai", type: "phone", label: "Số điện thoại liên hệ", required: true, prefill: "phone" },
        { key: "email", type: "email", label: "Thư điện tử", prefill: "email" },
        {
          key: "tuNguyen",
          type: "checkbox",
          label: "Chúng tôi tự nguyện kết hôn, không vi phạm điều cấm của Luật Hôn nhân và gia đình.",
          required: true,
        },
        declaration(),
      ],
    },
  ],
};

const MARITAL_STATUS_CERTIFICATE: FormDefinitionInput = {
  schemaVersion: 1,
  title: "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
  sections: [
    requesterSection("Người yêu cầu xác nhận"),
    {
      key: "tinhTrang",
      title: "Tình trạng hôn nhân",
      fields: [
        date("ngaySinh", "Ngày, tháng, năm sinh", { required: true, prefill: "birthDate", width: "half" }),
        { key: "gioiTinh", type: "radio", label: "Giới tính", options: SEX, required: true, width: "half" },
        {
          key: "tinhTrangHonNhan",
          type: "radio",
          label: "Tình trạng hôn nhân hiện tại",
          required: true,
          options: [
            choice("chua_ket_hon", "Chưa đăng ký kết hôn với ai"),
            choice("dang_co_vo_chong", "Đang có vợ/chồng"),
            choice("da_ly_hon", "Đã ly hôn"),
            choice("goa", "Vợ/chồng đã chết"),
          ],
        },
        text("hoTenVoChong", "Họ, chữ đệm và tên vợ/chồng", {
          required: true,
          visibleWhen: { field: "tinhTrangHonNhan", equals: "dang_co_vo_chong" },
        }),
        text("soQuyetDinhLyHon", "Số bản án, quyết định ly hôn", {
          required: true,
          visibleWhen: { field: "tinhTrangHonNhan", equals: "da_ly_hon" },
        }),
      ],
    },
    {
      key: "noiCuTruTruocDay",
      title: "Nơi cư trú trước đây",
      description:
        "Người đã từng cư trú ở nhiều nơi khai các nơi đã cư trú để xác minh tình trạng hôn nhân trong thời gian đó.",
      fields: [
        { key: "daCuTruNoiKhac", type: "checkbox", label: "Tôi đã từng cư trú ở nơi khác" },
        {
          key: "cacNoiCuTru",
          type: "group",
          label: "Các nơi đã cư trú",
          itemLabel: "Nơi cư trú",
          required: true,
          maxItems: 10,
          visibleWhen: { field: "daCuTruNoiKhac", equals: true },
          fields: [
            address("diaChi", "Địa chỉ", { required: true }),
            date("tuNgay", "Từ ngày", { required: true, width: "half" }),
            date("denNgay", "Đến ngày", { required: true, width: "half" }),
          ],
        },
      ],
    },
    {
      key: "mucDich",
      title: "Mục đích sử dụng",
      fields: [
        {
          key: "mucDichSuDung",
          type: "select",
          label: "Mục đích sử dụng Giấy xác nhận",
          required: true,
          options: [
            choice("ket_hon", "Đăng ký kết hôn"),
            choice("nha_dat", "Giao dịch nhà, đất"),
            choice("vay_von", "Vay vốn ngân hàng"),
            choice("khac", "Mục đích khác"),
          ],
        },
        text("tenNguoiDuDinhKetHon", "Họ tên người dự định kết hôn", {
          required: true,
          visibleWhen: { field: "mucDichSuDung", equals: "ket_hon" },
        }),
        text("mucDichKhac", "Ghi rõ mục đích", {
          required: true,
          visibleWhen: { field: "mucDichSuDung", equals: "khac" },
        }),
        {
          key: "soBan",
          type: "number",
          label: "Số bản đề nghị cấp",
          integer: true,
          min: 1,
          max: 5,
          required: true,
        },
        declaration(),
      ],
    },
  ],
};

const CERTIFIED_COPIES: FormDefinitionInput = {
  schemaVersion: 1,
  title: "Phiếu yêu cầu chứng thực bản sao từ bản chính",
  description: "Mang bản chính các giấy tờ khi đến nhận kết quả để đối chiếu.",
  sections: [
    requesterSection(),
    {
      key: "giayTo",
      title: "Giấy tờ cần chứng thực",
      fields: [
        {
          key: "danhSachGiayTo",
          type: "group",
          label: "Giấy tờ, văn bản",
          itemLabel: "Giấy tờ",
          required: true,
          maxItems: 20,
          fields: [
            text("tenGiayTo", "Tên giấy tờ", {
              required: true,
              placeholder: "Ví dụ: Bằng tốt nghiệp đại học",
            }),
            text("coQuanCap", "Cơ quan cấp", { required: true }),
            {
              key: "soBanSao",
              type: "number",
              label: "Số bản sao",
              integer: true,
              min: 1,
              max: 50,
              required: true,
            },
          ],
        },
      ],
    },
    {
      key: "nhanKetQua",
      title: "Nhận kết quả",
      fields: [
        {
          key: "hinhThucNhan",
          type: "radio",
          label: "Hình thức nhận kết quả",
          required: true,
          options: [
            choice("truc_tiep", "Nhận trực tiếp tại Bộ phận Một cửa"),
            choice("buu_chinh", "Qua dịch vụ bưu chính"),
          ],
        },
        address("diaChiNhan", "Địa chỉ nhận kết quả", {
          required: true,
          visibleWhen: { field: "hinhThucNhan", equals: "buu_chinh" },
        }),
      ],
    },
  ],
};

const HOUSEHOLD_BUSINESS: FormDefinitionInput = {
  schemaVersion: 1,
  title: "Giấy đề nghị đăng ký hộ kinh doanh",
  sections: [
    {
      key: "hoKinhDoanh",
      title: "Thông tin hộ kinh doanh",
      fields: [
        text("tenHoKinhDoanh", "Tên hộ kinh doanh", {
          required: true,
          pattern: {
            regex: "Hộ kinh doanh .+",
            message: "tên phải bắt đầu bằng “Hộ kinh doanh”, ví dụ: Hộ kinh doanh Bánh cuốn Hạc Thành.",
          },
        }),
        address("diaChiKinhDoanh", "Địa điểm kinh doanh", { required: true }),
        { key: "dienThoai", type: "phone", label: "Điện thoại", required: true, width: "half" },
        { key: "email", type: "email", label: "Thư điện tử", width: "half" },
        {
          key: "nganhNghe",
          type: "group",
          label: "Ngành, nghề kinh doanh",
          itemLabel: "Ngành",
          required: true,
          maxItems: 20,
          fields: [
            text("tenNganh", "Tên ngành", { required: true }),
            text("maNganh", "Mã ngành cấp 4 (VSIC)", {
              required: true,
              maxLength: 4,
              pattern: { regex: "[0-9]{4}", message: "mã ngành cấp 4 gồm 4 chữ số, ví dụ 5610." },
            }),
          ],
        },
        {
          key: "vonKinhDoanh",
          type: "number",
          label: "Vốn kinh doanh",
          integer: true,
          min: 0,
          unit: "đồng",
          required: true,
        },
        { key: "soLaoDong", type: "number", label: "Số lao động dự kiến", integer: true, min: 0, max: 1000 },
      ],
    },
    {
      key: "chuHo",
      title: "Chủ hộ kinh doanh",
      fields: [
        {
          key: "loaiChuHo",
          type: "radio",
          label: "Hộ kinh doanh do",
          required: true,
          options: [
            choice("ca_nhan", "Một cá nhân thành lập"),
            choice("ho_gia_dinh", "Các thành viên hộ gia đình thành lập"),
          ],
        },
        text("hoTenChuHo", "Họ, chữ đệm và tên chủ hộ", { required: true, prefill: "fullName" }),
        date("ngaySinhChuHo", "Ngày sinh", {
          required: true,
          max: "today-18y",
          prefill: "birthDate",
          width: "half",
        }),
        {
          key: "gioiTinhChuHo",
          type: "radio",
          label: "Giới tính",
          options: SEX,
          required: true,
          width: "half",
        },
        idNumber("soDinhDanhChuHo", "Số định danh cá nhân", {
          required: true,
          prefill: "identityNumber",
          accept: ["cccd"],
          birthDateField: "ngaySinhChuHo",
        }),
        address("noiCuTruChuHo", "Nơi cư trú", { required: true }),
        {
          key: "thanhVien",
          type: "group",
          label: "Thành viên hộ gia đình tham gia thành lập",
          itemLabel: "Thành viên",
          required: true,
          maxItems: 20,
          visibleWhen: { field: "loaiChuHo", equals: "ho_gia_dinh" },
          fields: [
            text("hoTen", "Họ, chữ đệm và tên", { required: true }),
            date("ngaySinh", "Ngày sinh", { required: true, max: "today-18y", width: "half" }),
            idNumber("soDinhDanh", "Số định danh cá nhân", {
              required: true,
              accept: ["cccd"],
              birthDateField: "ngaySinh",
              width: "half",
            }),
          ],
        },
        declaration(),
      ],
    },
  ],
};

const HOUSE_BUILDING_PERMIT: FormDefinitionInput = {
  schemaVersion: 1,
  title: "Đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ",
  sections: [
    requesterSection("Chủ đầu tư"),
    {
      key: "diaDiem",
      title: "Địa điểm xây dựng",
      fields: [
        address("diaDiemXayDung", "Địa điểm xây dựng", { required: true }),
        text("soThua", "Thửa đất số", {
          required: true,
          width: "third",
          pattern: { regex: "[0-9]{1,6}", message: "ghi số thửa theo Giấy chứng nhận, ví dụ 125." },
        }),
        text("soToBanDo", "Tờ bản đồ số", {
          required: true,
          width: "third",
          pattern: { regex: "[0-9]{1,6}", message: "ghi số tờ bản đồ theo Giấy chứng nhận, ví dụ 12." },
        }),
        {
          key: "dienTichDat",
          type: "number",
          label: "Diện tích thửa đất",
          min: 1,
          max: 100_000,
          unit: "m²",
          required: true,
          width: "third",
        },
        text("soGiayChungNhan", "Số Giấy chứng nhận quyền sử dụng đất", { required: true }),
      ],
    },
    {
      key: "congTrinh",
      title: "Nội dung đề nghị cấp phép",
      fields: [
        {
          key: "dienTichXayDung",
          type: "number",
          label: "Diện tích xây dựng tầng 1",
          min: 1,
          max: 100_000,
          unit: "m²",
          required: true,
          width: "half",
        },
        {
          key: "tongDienTichSan",
          type: "number",
          label: "Tổng diện tích sàn",
          min: 1,
          max: 1_000_000,
          unit: "m²",
          required: true,
          width: "half",
        },
        {
          key: "soTang",
          type: "number",
          label: "Số tầng (kể cả tầng hầm, tum)",
          integer: true,
          min: 1,
          max: 20,
          unit: "tầng",
          required: true,
          width: "half",
        },
        {
          key: "chieuCao",
          type: "number",
          label: "Chiều cao công trình",
          min: 1,
          max: 100,
          unit: "m",
          required: true,
          width: "half",
        },
        { key: "coTangHam", type: "checkbox", label: "Có tầng hầm" },
        {
          key: "soTangHam",
          type: "number",
          label: "Số tầng hầm",
          integer: true,
          min: 1,
          max: 5,
          required: true,
          visibleWhen: { field: "coTangHam", equals: true },
        },
        {
          key: "tuThietKe",
          type: "checkbox",
          label: "Hộ gia đình tự thiết kế (nhà dưới 3 tầng, tổng diện tích sàn dưới 250 m²)",
        },
        text("donViThietKe", "Tổ chức, cá nhân thiết kế", {
          required: true,
          visibleWhen: { field: "tuThietKe", equals: false },
        }),
        text("chungChiHanhNghe", "Số chứng chỉ hành nghề / năng lực thiết kế", {
          required: true,
          visibleWhen: { field: "donViThietKe", notEmpty: true },
        }),
        { key: "ngayKhoiCong", type: "date", label: "Dự kiến ngày khởi công", min: "today", width: "half" },
        {
          key: "thoiGianThiCong",
          type: "number",
          label: "Thời gian hoàn thành dự kiến",
          integer: true,
          min: 1,
          max: 60,
          unit: "tháng",
          width: "half",
        },
        declaration(),
      ],
    },
  ],
};

/** The demo e-forms by procedure code; the national portal simulator fills them in for its submissions. */
export const FORMS: { code: string; definition: FormDefinitionInput }[] = [
  { code: "1.001193", definition: BIRTH_REGISTRATION },
  { code: "1.000894", definition: MARRIAGE_REGISTRATION },
  { code: "1.004873", definition: MARITAL_STATUS_CERTIFICATE },
  { code: "2.000815", definition: CERTIFIED_COPIES },
  { code: "1.001612", definition: HOUSEHOLD_BUSINESS },
  { code: "1.013225", definition: HOUSE_BUILDING_PERMIT },
];

// ------------------------------------------------------------------------------ workflows

const wd = (amount: number): Duration => ({ amount, unit: "working_days" });
const hours = (amount: number): Duration => ({ amount, unit: "working_hours" });
const cd = (amount: number): Duration => ({ amount, unit: "calendar_days" });

interface DemoWorkflow {
  code: string;
  agency: string;
  /** Who writes and submits it, and who approves it (usernames of demo-organization.ts). */
  author: string;
  approver: string | null;
  definition: (id: (agencyCode: string) => string) => WorkflowDefinitionInput;
}

const TTHCC_TINH = "000.00.40.H56";
const task = (
  key: string,
  name: string,
  unitId: string,
  role: WorkflowRole,
  duration: Duration,
  next?: string[],
) => ({
  kind: "task" as const,
  key,
  name,
  unitId,
  role,
  duration,
  ...(next ? { next } : {}),
});

/** One-stop reception and return at the commune's public-service centre around the commune's own steps. */
const hacThanh =
  (
    steps: (id: (code: string) => string) => WorkflowDefinitionInput["steps"],
    basis: string,
    receive: Duration,
    give: Duration,
  ) =>
  (id: (code: string) => string): WorkflowDefinitionInput => ({
    schemaVersion: 1,
    basis,
    steps: [
      task("tiep-nhan", "Tiếp nhận, kiểm tra hồ sơ", id("000.01.51.H56"), "one_stop_officer", receive),
      ...steps(id),
      task("tra-ket-qua", "Trả kết quả", id("000.01.51.H56"), "one_stop_officer", give),
    ],
  });

const HAC_THANH_BASIS = "Quyết định số 2150/QĐ-UBND ngày 15/8/2025 của UBND phường Hạc Thành (minh họa)";

const WORKFLOWS: DemoWorkflow[] = [
  {
    // The brief's example: 0,5 + 6 + 1 + 1 + 0,5 = 9 working days for a 10-day procedure.
    code: "1.002079",
    agency: "000.00.06.H56",
    author: "tuphap.giamdoc",
    approver: "kstthc",
    definition: (id) => ({
      schemaVersion: 1,
      basis:
        "Quyết định số 3120/QĐ-UBND ngày 20/9/2025 của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ (minh họa)",
      steps: [
        task("tiep-nhan", "Tiếp nhận hồ sơ, chuyển Sở Tư pháp", id(TTHCC_TINH), "one_stop_officer", wd(0.5)),
        task("tham-dinh", "Thẩm định hồ sơ, dự thảo kết quả", id("000.02.06.H56"), "specialist", wd(6)),
        task("truong-phong", "Lãnh đạo phòng xem xét, trình ký", id("000.02.06.H56"), "unit_head", wd(1)),
        task(
          "ky-duyet",
          "Lãnh đạo Sở ký Giấy đăng ký hoạt động",
          id("000.00.06.H56"),
          "agency_leader",
          wd(1),
        ),
        task("tra-ket-qua", "Trả kết quả", id(TTHCC_TINH), "one_stop_officer", wd(0.5)),
      ],
    }),
  },
  {
    code: "1.003198",
    agency: "000.00.06.H56",
    author: "tuphap.giamdoc",
    approver: "kstthc",
    definition: (id) => ({
      schemaVersion: 1,
      basis: "Thời hạn 30 ngày (ngày lịch) theo Luật Nuôi con nuôi",
      steps: [
        task("tiep-nhan", "Tiếp nhận hồ sơ", id(TTHCC_TINH), "one_stop_officer", cd(1)),
        task(
          "xac-minh",
          "Xác minh, thẩm định điều kiện nhận con nuôi",
          id("000.01.06.H56"),
          "specialist",
          cd(20),
        ),
        task("truong-phong", "Lãnh đạo phòng xem xét, trình ký", id("000.01.06.H56"), "unit_head", cd(3)),
        task("ky-duyet", "Giám đốc Sở ký Giấy xác nhận", id("000.00.06.H56"), "agency_leader", cd(4)),
        task("tra-ket-qua", "Trả kết quả", id(TTHCC_TINH), "one_stop_officer", cd(1)),
      ],
    }),
  },
  {
    code: "1.009928",
    agency: "000.00.07.H56",
    author: "xaydung.truongphong",
    approver: "xaydung.giamdoc",
    definition: (id) => ({
      schemaVersion: 1,
      steps: [
        task("tiep-nhan", "Tiếp nhận hồ sơ, chuyển Sở Xây dựng", id(TTHCC_TINH), "one_stop_officer", wd(0.5)),
        task("tham-dinh", "Thẩm định hồ sơ, tổ chức sát hạch", id("000.01.07.H56"), "specialist", wd(15)),
        task("truong-phong", "Lãnh đạo phòng xem xét, trình ký", id("000.01.07.H56"), "unit_head", wd(2)),
        task("ky-duyet", "Lãnh đạo Sở ký chứng chỉ hành nghề", id("000.00.07.H56"), "agency_leader", wd(2)),
        task("tra-ket-qua", "Trả kết quả", id(TTHCC_TINH), "one_stop_officer", wd(0.5)),
      ],
    }),
  },
  {
    // Same-day procedure with a 15:00 cut-off: 2 working hours for everything (CAL-8).
    code: "1.001193",
    agency: "000.00.51.H56",
    author: "hacthanh.chutich",
    approver: "kstthc",
    definition: hacThanh(
      (id) => [
        task(
          "xu-ly",
          "Công chức tư pháp - hộ tịch kiểm tra, ghi Sổ hộ tịch",
          id("000.02.51.H56"),
          "specialist",
          hours(1),
        ),
        task(
          "ky-duyet",
          "Chủ tịch UBND phường ký Giấy khai sinh",
          id("000.00.51.H56"),
          "agency_leader",
          hours(0.5),
        ),
      ],
      HAC_THANH_BASIS,
      hours(0.25),
      hours(0.25),
    ),
  },
  {
    code: "2.000815",
    agency: "000.00.51.H56",
    author: "hacthanh.chutich",
    approver: "kstthc",
    definition: hacThanh(
      (id) => [
        task(
          "doi-chieu",
          "Đối chiếu bản chính, ghi số chứng thực",
          id("000.02.51.H56"),
          "specialist",
          hours(1),
        ),
        task(
          "ky-duyet",
          "Lãnh đạo UBND phường ký chứng thực",
          id("000.00.51.H56"),
          "agency_leader",
          hours(0.5),
        ),
      ],
      HAC_THANH_BASIS,
      hours(0.25),
      hours(0.25),
    ),
  },
  {
    code: "1.001612",
    agency: "000.00.51.H56",
    author: "hacthanh.chutich",
    approver: "kstthc",
    definition: hacThanh(
      (id) => [
        task(
          "tham-dinh",
          "Thẩm định hồ sơ đăng ký hộ kinh doanh",
          id("000.03.51.H56"),
          "specialist",
          wd(1.5),
        ),
        task(
          "ky-duyet",
          "Lãnh đạo UBND phường ký Giấy chứng nhận",
          id("000.00.51.H56"),
          "agency_leader",
          wd(0.5),
        ),
      ],
      HAC_THANH_BASIS,
      wd(0.5),
      wd(0.5),
    ),
  },
  {
    // Counted in calendar days (20 ngày), so are its steps (CAL-5).
    code: "1.013225",
    agency: "000.00.51.H56",
    author: "hacthanh.chutich",
    approver: "kstthc",
    definition: hacThanh(
      (id) => [
        task("tham-dinh", "Thẩm định hồ sơ, kiểm tra thực địa", id("000.03.51.H56"), "specialist", cd(12)),
        task(
          "truong-phong",
          "Trưởng phòng Kinh tế, Hạ tầng và Đô thị xem xét",
          id("000.03.51.H56"),
          "unit_head",
          cd(3),
        ),
        task("ky-duyet", "Chủ tịch UBND phường ký giấy phép", id("000.00.51.H56"), "agency_leader", cd(3)),
      ],
      HAC_THANH_BASIS,
      cd(1),
      cd(1),
    ),
  },
  {
    // PRC-4: the land office asks the ward to confirm the land's origin and state (liên thông),
    // unless that was already confirmed — a branch; the longest path is 19 of 20 working days.
    code: "1.012753",
    agency: "000.00.09.H56",
    author: "admin",
    approver: "kstthc",
    definition: (id) => ({
      schemaVersion: 1,
      steps: [
        task(
          "tiep-nhan",
          "Tiếp nhận hồ sơ, chuyển Văn phòng Đăng ký đất đai",
          id(TTHCC_TINH),
          "one_stop_officer",
          wd(0.5),
        ),
        task(
          "kiem-tra",
          "Kiểm tra hồ sơ, xác định cần lấy ý kiến UBND cấp xã",
          id("000.01.09.H56"),
          "specialist",
          wd(3),
          ["lien-thong-xa", "tham-dinh"],
        ),
        {
          kind: "transfer",
          key: "lien-thong-xa",
          name: "UBND phường xác nhận hiện trạng, nguồn gốc sử dụng đất",
          agencyId: id("000.00.51.H56"),
          duration: wd(5),
          steps: [
            task(
              "xa-kiem-tra",
              "Công chức địa chính kiểm tra hiện trạng",
              id("000.03.51.H56"),
              "specialist",
              wd(3),
            ),
            task("xa-ky", "Chủ tịch UBND phường ký xác nhận", id("000.00.51.H56"), "agency_leader", wd(2)),
          ],
        },
        task(
          "tham-dinh",
          "Thẩm định, lập hồ sơ cấp Giấy chứng nhận",
          id("000.01.09.H56"),
          "specialist",
          wd(5),
        ),
        task(
          "truong-phong",
          "Lãnh đạo Văn phòng Đăng ký đất đai kiểm tra",
          id("000.01.09.H56"),
          "unit_head",
          wd(2),
        ),
        task("ky-duyet", "Lãnh đạo Sở ký Giấy chứng nhận", id("000.00.09.H56"), "agency_leader", wd(3)),
        task("tra-ket-qua", "Trả kết quả", id(TTHCC_TINH), "one_stop_officer", wd(0.5)),
      ],
    }),
  },
];

/** A second version awaiting approval, for the approver's inbox. */
const PENDING: DemoWorkflow = {
  code: "1.002079",
  agency: "000.00.06.H56",
  author: "tuphap.giamdoc",
  approver: null,
  definition: (id) => {
    const v1 = WORKFLOWS[0]?.definition(id) as WorkflowDefinitionInput;
    return {
      ...v1,
      steps: v1.steps.map((s) => (s.key === "tham-dinh" ? { ...s, duration: wd(5) } : s)),
    };
  },
};

// --------------------------------------------------------------------------------- loading

/**
 * Loads the demo address units, e-forms and workflows. Runs after the catalog's procedures are
 * loaded (it refers to them by code) and inside the caller's transaction.
 */
export async function loadDemoFormsAndWorkflows(db: Db): Promise<{ forms: number; workflows: number }> {
  await loadAdministrativeUnits(db);
  const procedures = new Map(
    (await db.selectFrom("procedure").select(["id", "code"]).execute()).map((p) => [p.code, p.id]),
  );
  const agencies = new Map(
    (await db.selectFrom("agency").select(["id", "code"]).execute()).map((a) => [a.code, a.id]),
  );
  const officers = new Map(
    (await db.selectFrom("officer").select(["id", "username"]).execute()).map((o) => [o.username, o.id]),
  );
  const id = (code: string) => {
    const found = agencies.get(code);
    if (!found) throw new Error(`Demo workflows refer to an unknown agency ${code}`);
    return found;
  };
  const officer = (username: string) => {
    const found = officers.get(username);
    if (!found) throw new Error(`Demo workflows refer to an unknown officer ${username}`);
    return found;
  };

  let forms = 0;
  const withForm = new Set(
    (await db.selectFrom("form").select("procedure_id").execute()).map((f) => f.procedure_id),
  );
  for (const { code, definition } of FORMS) {
    const procedureId = procedures.get(code);
    if (!procedureId || withForm.has(procedureId)) continue;
    const draft = await createFormDraft(db, procedureId, definition, null);
    await publishFormVersion(db, procedureId, draft.version, null);
    forms += 1;
  }

  let workflows = 0;
  const existing = new Set(
    (await db.selectFrom("workflow").select(["procedure_id", "agency_id"]).execute()).map(
      (w) => `${w.procedure_id}/${w.agency_id}`,
    ),
  );
  const now = Date.now();
  const created = new Set<string>();
  const write = async (demo: DemoWorkflow, procedureId: string, agencyId: string) => {
    const author = officer(demo.author);
    const draft = await createWorkflowDraft(db, procedureId, agencyId, demo.definition(id), author, now);
    await submitWorkflowVersion(db, procedureId, agencyId, draft.version, author, now);
    if (demo.approver) {
      await approveWorkflowVersion(db, procedureId, agencyId, draft.version, {}, officer(demo.approver), now);
    }
  };
  for (const demo of WORKFLOWS) {
    const procedureId = procedures.get(demo.code);
    const agencyId = id(demo.agency);
    if (!procedureId || existing.has(`${procedureId}/${agencyId}`)) continue;
    await write(demo, procedureId, agencyId);
    created.add(`${procedureId}/${agencyId}`);
    workflows += 1;
  }
  // The version awaiting approval is added together with its version 1 only.
  const pendingProcedure = procedures.get(PENDING.code);
  if (pendingProcedure && created.has(`${pendingProcedure}/${id(PENDING.agency)}`)) {
    await write(PENDING, pendingProcedure, id(PENDING.agency));
  }
  return { forms, workflows };
}
