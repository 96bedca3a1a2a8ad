import type { CatalogRecordInput } from "../../../contracts/catalog.ts";
import { importCatalog } from "../../modules/catalog/import-catalog.ts";
import type { Db } from "../database.ts";

/**
 * Demo procedure catalog for the Thanh Hóa demo agencies (demo-organization.ts): real procedures
 * of the national procedure database (CSDL quốc gia về TTHC) at commune and department level,
 * after the 2025 reorganisation (communes took over the former district procedures: household
 * businesses, building permits for houses, civil status with a foreign element).
 *
 * Names, statutory times, fees and papers follow the published procedures as closely as we know
 * them, but this is demonstration data, not a legal reference: provinces set many fees themselves,
 * and codes marked "mã minh họa" were not checked against the national database. Procedures now
 * handled by the police (criminal-record certificates, driving licences) are left out.
 *
 * It is loaded through the catalog import (CFG-1), so it is also a worked example of the import
 * format (docs/catalog-import-format.md). Idempotent: only codes not yet in the catalog are added.
 */

// ------------------------------------------------------------------------------- agencies

const COMMUNES = ["000.00.51.H56", "000.00.52.H56", "000.00.53.H56", "000.00.54.H56", "000.00.55.H56"];
const SO_TU_PHAP = "000.00.06.H56";
const SO_XAY_DUNG = "000.00.07.H56";
const SO_TAI_CHINH = "000.00.08.H56";
const SO_NONG_NGHIEP_MOI_TRUONG = "000.00.09.H56";
const VAN_PHONG_DANG_KY_DAT_DAI = "000.01.09.H56";
const SO_Y_TE = "000.00.10.H56";

// --------------------------------------------------------------------------------- fields

const HO_TICH = { code: "BTP-HOTICH", name: "Hộ tịch" };
const CHUNG_THUC = { code: "BTP-CHUNGTHUC", name: "Chứng thực" };
const NUOI_CON_NUOI = { code: "BTP-NUOICONNUOI", name: "Nuôi con nuôi" };
const CONG_CHUNG = { code: "BTP-CONGCHUNG", name: "Công chứng" };
const LUAT_SU = { code: "BTP-LUATSU", name: "Luật sư" };
const GIAM_DINH = { code: "BTP-GIAMDINHTP", name: "Giám định tư pháp" };
const HO_KINH_DOANH = { code: "BTC-HKD", name: "Thành lập và hoạt động của hộ kinh doanh" };
const DOANH_NGHIEP = { code: "BTC-DN", name: "Thành lập và hoạt động của doanh nghiệp" };
const XAY_DUNG = { code: "BXD-HDXD", name: "Hoạt động xây dựng" };
const DAT_DAI = { code: "BNNMT-DATDAI", name: "Đất đai" };
const MOI_TRUONG = { code: "BNNMT-MOITRUONG", name: "Môi trường" };
const TAI_NGUYEN_NUOC = { code: "BNNMT-NUOC", name: "Tài nguyên nước" };
const KHAM_CHUA_BENH = { code: "BYT-KCB", name: "Khám bệnh, chữa bệnh" };
const DUOC = { code: "BYT-DUOC", name: "Dược phẩm" };
const AN_TOAN_THUC_PHAM = { code: "BYT-ATTP", name: "An toàn thực phẩm" };

// ----------------------------------------------------------------------------- legal texts

type Law = { number: string; title: string; issuedOn: string | null };
const law = (number: string, title: string, issuedOn: string | null = null): Law => ({
  number,
  title,
  issuedOn,
});

const LUAT_HO_TICH = law("60/2014/QH13", "Luật Hộ tịch", "2014-11-20");
const ND_123_2015 = law(
  "123/2015/NĐ-CP",
  "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
  "2015-11-15",
);
const TT_04_2020_BTP = law(
  "04/2020/TT-BTP",
  "Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
  "2020-05-28",
);
const TT_85_2019_BTC = law(
  "85/2019/TT-BTC",
  "Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương",
  "2019-11-29",
);
const ND_23_2015 = law(
  "23/2015/NĐ-CP",
  "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
  "2015-02-16",
);
const TT_01_2020_BTP = law(
  "01/2020/TT-BTP",
  "Thông tư quy định chi tiết, hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP",
  "2020-03-03",
);
const TT_226_2016_BTC = law(
  "226/2016/TT-BTC",
  "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
  "2016-11-11",
);
const LUAT_NUOI_CON_NUOI = law("52/2010/QH12", "Luật Nuôi con nuôi", "2010-06-17");
const ND_19_2011 = law(
  "19/2011/NĐ-CP",
  "Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi",
);
const LUAT_CONG_CHUNG = law("46/2024/QH15", "Luật Công chứng");
const LUAT_LUAT_SU = law("65/2006/QH11", "Luật Luật sư", "2006-06-29");
const LUAT_GIAM_DINH = law("13/2012/QH13", "Luật Giám định tư pháp", "2012-06-20");
const LUAT_DOANH_NGHIEP = law("59/2020/QH14", "Luật Doanh nghiệp", "2020-06-17");
const ND_DANG_KY_DOANH_NGHIEP = law("168/2025/NĐ-CP", "Nghị định về đăng ký doanh nghiệp");
const LUAT_XAY_DUNG = law("50/2014/QH13", "Luật Xây dựng", "2014-06-18");
const LUAT_XAY_DUNG_SUA_DOI = law(
  "62/2020/QH14",
  "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
  "2020-06-17",
);
const ND_175_2024 = law(
  "175/2024/NĐ-CP",
  "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
  "2024-12-30",
);
const LUAT_DAT_DAI = law("31/2024/QH15", "Luật Đất đai", "2024-01-18");
const ND_101_2024 = law(
  "101/2024/NĐ-CP",
  "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai",
  "2024-07-29",
);
const ND_99_2022 = law("99/2022/NĐ-CP", "Nghị định về đăng ký biện pháp bảo đảm", "2022-11-30");
const LUAT_BVMT = law("72/2020/QH14", "Luật Bảo vệ môi trường", "2020-11-17");
const ND_08_2022 = law(
  "08/2022/NĐ-CP",
  "Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường",
  "2022-01-10",
);
const LUAT_TAI_NGUYEN_NUOC = law("28/2023/QH15", "Luật Tài nguyên nước", "2023-11-27");
const LUAT_KCB = law("15/2023/QH15", "Luật Khám bệnh, chữa bệnh", "2023-01-09");
const ND_96_2023 = law(
  "96/2023/NĐ-CP",
  "Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh",
  "2023-12-30",
);
const LUAT_DUOC = law("105/2016/QH13", "Luật Dược", "2016-04-06");
const ND_54_2017 = law(
  "54/2017/NĐ-CP",
  "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dược",
  "2017-05-08",
);
const LUAT_ATTP = law("55/2010/QH12", "Luật An toàn thực phẩm", "2010-06-17");
const ND_15_2018 = law(
  "15/2018/NĐ-CP",
  "Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm",
  "2018-02-02",
);

// -------------------------------------------------------------------------------- helpers

type Paper = NonNullable<CatalogRecordInput["components"]>[number];
type Money = NonNullable<CatalogRecordInput["fees"]>[number];

/** A paper to hand in: `originals` bản chính, `certified` bản sao có chứng thực, `photocopies` bản chụp. */
function paper(
  name: string,
  counts: { originals?: number; certified?: number; photocopies?: number },
  options: { optional?: boolean; template?: string } = {},
): Paper {
  return {
    name,
    required: !options.optional,
    originals: counts.originals ?? 0,
    certifiedCopies: counts.certified ?? 0,
    photocopies: counts.photocopies ?? 0,
    template: options.template ? { fileName: options.template, url: `/templates/${options.template}` } : null,
  };
}
const original = (name: string, options?: { optional?: boolean; template?: string }) =>
  paper(name, { originals: 1 }, options);
const certifiedCopy = (name: string, options?: { optional?: boolean }) =>
  paper(name, { certified: 1 }, options);
/** Shown at the counter, nothing handed in (xuất trình). */
const shown = (name: string) => paper(name, {});

const charge = (name: string, amount: number, condition = ""): Money => ({
  kind: "charge",
  name,
  amount,
  condition,
});
const fee = (name: string, amount: number, condition = ""): Money => ({
  kind: "fee",
  name,
  amount,
  condition,
});

const workingDays = (amount: number) => ({ amount, unit: "working_days" as const });
const calendarDays = (amount: number) => ({ amount, unit: "calendar_days" as const });

const IDENTITY_SHOWN = shown(
  "Giấy tờ tùy thân có ảnh (Căn cước, Căn cước công dân, Hộ chiếu) hoặc tài khoản định danh điện tử mức độ 2",
);
const AUTHORISATION = certifiedCopy("Văn bản ủy quyền có chứng thực (trường hợp ủy quyền thực hiện)", {
  optional: true,
});

function communeSteps(decidedBy: string, extra: string[] = []): string[] {
  return [
    "Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
    "Công chức tiếp nhận kiểm tra hồ sơ: hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản (Mẫu 02); hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01).",
    ...extra,
    `Công chức chuyên môn thẩm tra hồ sơ, trình ${decidedBy} xem xét, ký kết quả.`,
    "Trả kết quả tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính hoặc bản điện tử vào kho dữ liệu của người nộp trên Cổng Dịch vụ công.",
  ];
}

function civilStatusSteps(extra: string[] = []): string[] {
  return [
    "Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
    "Công chức tư pháp - hộ tịch kiểm tra giấy tờ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.",
    ...extra,
    "Công chức tư pháp - hộ tịch ghi vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử và trình Chủ tịch UBND cấp xã ký kết quả; người yêu cầu kiểm tra nội dung và ký vào Sổ hộ tịch.",
    "Trả kết quả trực tiếp, qua dịch vụ bưu chính hoặc bản điện tử vào kho dữ liệu của người yêu cầu.",
  ];
}

function departmentSteps(department: string, extra: string[] = []): string[] {
  return [
    "Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
    "Công chức tiếp nhận kiểm tra hồ sơ: hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản (Mẫu 02); hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01), chuyển hồ sơ điện tử đến cơ quan giải quyết.",
    ...extra,
    `Phòng chuyên môn của ${department} thẩm định hồ sơ, trình lãnh đạo ${department} ký kết quả.`,
    "Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc bản điện tử.",
  ];
}

const CERTIFICATION_SAME_DAY =
  "Trường hợp tiếp nhận sau 15 giờ thì hoàn thành trong ngày làm việc tiếp theo; trường hợp cần xác minh làm rõ thì thời hạn có thể kéo dài theo thỏa thuận bằng văn bản với người yêu cầu.";

// ------------------------------------------------------------------------ the procedures

/** Commune level: civil status (hộ tịch) and adoption. */
const CIVIL_STATUS: CatalogRecordInput[] = [
  {
    code: "1.001193",
    name: "Đăng ký khai sinh",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    fees: [charge("Lệ phí đăng ký khai sinh", 0, "Miễn lệ phí đối với đăng ký khai sinh đúng hạn")],
    components: [
      original("Tờ khai đăng ký khai sinh", { template: "to-khai-dang-ky-khai-sinh.docx" }),
      original(
        "Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh",
      ),
      IDENTITY_SHOWN,
      AUTHORISATION,
    ],
    steps: civilStatusSteps(),
    requirements: [
      "Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con.",
      "Có thể thực hiện liên thông với đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP, TT_85_2019_BTC],
    resultName: "Giấy khai sinh (bản chính) và bản sao Giấy khai sinh nếu có yêu cầu",
    electronicResult: true,
  },
  {
    code: "1.000894",
    name: "Đăng ký kết hôn",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(5),
    fees: [charge("Lệ phí đăng ký kết hôn", 0, "Miễn lệ phí đăng ký kết hôn")],
    components: [
      original("Tờ khai đăng ký kết hôn", { template: "to-khai-dang-ky-ket-hon.docx" }),
      original(
        "Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại nơi không phải nơi thường trú, nếu chưa khai thác được dữ liệu điện tử)",
        { optional: true },
      ),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps([
      "Hai bên nam, nữ cùng có mặt khi đăng ký kết hôn; công chức tư pháp - hộ tịch hỏi ý kiến hai bên về sự tự nguyện kết hôn.",
    ]),
    requirements: [
      "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi trở lên; việc kết hôn do nam và nữ tự nguyện quyết định.",
      "Không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình.",
      "Ngay sau khi nhận đủ giấy tờ hợp lệ nếu thấy đủ điều kiện thì giải quyết ngay; trường hợp cần xác minh thì không quá 05 ngày làm việc.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Giấy chứng nhận kết hôn (mỗi bên vợ, chồng một bản chính)",
  },
  {
    code: "1.000656",
    name: "Đăng ký khai tử",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    fees: [charge("Lệ phí đăng ký khai tử", 0, "Miễn lệ phí đối với đăng ký khai tử đúng hạn")],
    components: [
      original("Tờ khai đăng ký khai tử", { template: "to-khai-dang-ky-khai-tu.docx" }),
      original("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp"),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps(),
    requirements: [
      "Trong thời hạn 15 ngày kể từ ngày có người chết, người thân thích có trách nhiệm đi khai tử.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Trích lục khai tử (bản chính)",
    electronicResult: true,
  },
  {
    code: "1.004873",
    name: "Cấp Giấy xác nhận tình trạng hôn nhân",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    fees: [
      charge("Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", 10_000, "Theo Nghị quyết của HĐND tỉnh"),
      charge("Lệ phí khi nộp hồ sơ trực tuyến", 5_000, "Giảm 50% khi nộp hồ sơ trực tuyến"),
    ],
    components: [
      original("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", {
        template: "to-khai-xac-nhan-tinh-trang-hon-nhan.docx",
      }),
      certifiedCopy(
        "Giấy tờ chứng minh việc ly hôn hoặc người vợ/chồng đã chết (trường hợp đã có vợ/chồng nhưng đã ly hôn hoặc người kia đã chết)",
        { optional: true },
      ),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps([
      "Trường hợp cần xác minh, công chức tư pháp - hộ tịch gửi văn bản đề nghị xác minh.",
    ]),
    requirements: ["Giấy xác nhận tình trạng hôn nhân có giá trị 06 tháng kể từ ngày cấp."],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP, TT_85_2019_BTC],
    resultName: "Giấy xác nhận tình trạng hôn nhân",
    electronicResult: true,
  },
  {
    code: "1.004859",
    name: "Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(3),
    fees: [
      charge(
        "Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch",
        15_000,
        "Theo Nghị quyết của HĐND tỉnh",
      ),
    ],
    components: [
      original("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", {
        template: "to-khai-thay-doi-cai-chinh-ho-tich.docx",
      }),
      certifiedCopy("Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch"),
      original("Giấy khai sinh hoặc giấy tờ hộ tịch cần thay đổi, cải chính (bản chính)"),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps(),
    requirements: [
      "Thay đổi họ, chữ đệm, tên của người từ đủ 09 tuổi trở lên phải có sự đồng ý của người đó.",
      "Trường hợp cần xác minh thì thời hạn được kéo dài thêm không quá 03 ngày làm việc.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch",
  },
  {
    code: "1.004884",
    name: "Đăng ký lại khai sinh",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(5),
    fees: [charge("Lệ phí đăng ký lại khai sinh", 5_000, "Theo Nghị quyết của HĐND tỉnh")],
    components: [
      original("Tờ khai đăng ký lại khai sinh", { template: "to-khai-dang-ky-lai-khai-sinh.docx" }),
      certifiedCopy("Bản sao Giấy khai sinh hoặc giấy tờ, tài liệu có nội dung liên quan đến việc khai sinh"),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps([
      "Trường hợp cần xác minh, thời hạn xác minh không được tính vào thời hạn giải quyết.",
    ]),
    requirements: [
      "Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Giấy khai sinh (bản chính)",
  },
  {
    code: "1.005461",
    name: "Đăng ký lại khai tử",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(5),
    fees: [charge("Lệ phí đăng ký lại khai tử", 5_000, "Theo Nghị quyết của HĐND tỉnh")],
    components: [
      original("Tờ khai đăng ký lại khai tử", { template: "to-khai-dang-ky-lai-khai-tu.docx" }),
      certifiedCopy("Bản sao giấy tờ liên quan đến việc khai tử đã đăng ký trước đây"),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps(),
    requirements: [
      "Việc khai tử đã được đăng ký trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Trích lục khai tử (bản chính)",
  },
  {
    code: "1.004746",
    name: "Đăng ký lại kết hôn",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(5),
    fees: [charge("Lệ phí đăng ký lại kết hôn", 0, "Miễn lệ phí")],
    components: [
      original("Tờ khai đăng ký lại kết hôn", { template: "to-khai-dang-ky-lai-ket-hon.docx" }),
      certifiedCopy("Bản sao Giấy chứng nhận kết hôn hoặc giấy tờ có nội dung liên quan đến việc kết hôn"),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps(["Hai bên vợ, chồng cùng có mặt khi đăng ký lại kết hôn."]),
    requirements: [
      "Việc kết hôn đã được đăng ký trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Giấy chứng nhận kết hôn (bản chính)",
  },
  {
    code: "1.000689",
    name: "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(3),
    fees: [charge("Lệ phí đăng ký nhận cha, mẹ, con", 15_000, "Theo Nghị quyết của HĐND tỉnh")],
    components: [
      original("Tờ khai đăng ký khai sinh và tờ khai đăng ký nhận cha, mẹ, con"),
      original("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh"),
      original(
        "Chứng cứ chứng minh quan hệ cha, con hoặc mẹ, con (văn bản giám định ADN hoặc văn bản của cơ quan có thẩm quyền)",
      ),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps(["Bên nhận và bên được nhận (hoặc người đại diện) có mặt khi đăng ký."]),
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con",
  },
  {
    code: "1.001022",
    name: "Đăng ký nhận cha, mẹ, con",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(3),
    fees: [charge("Lệ phí đăng ký nhận cha, mẹ, con", 15_000, "Theo Nghị quyết của HĐND tỉnh")],
    components: [
      original("Tờ khai đăng ký nhận cha, mẹ, con", { template: "to-khai-nhan-cha-me-con.docx" }),
      original("Chứng cứ chứng minh quan hệ cha, con hoặc mẹ, con"),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps([
      "Trường hợp cần xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc.",
    ]),
    requirements: ["Bên nhận, bên được nhận còn sống và không có tranh chấp."],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Trích lục đăng ký nhận cha, mẹ, con",
  },
  {
    code: "1.004845",
    name: "Đăng ký chấm dứt giám hộ",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(2),
    fees: [charge("Lệ phí đăng ký chấm dứt giám hộ", 5_000, "Theo Nghị quyết của HĐND tỉnh")],
    components: [
      original("Tờ khai đăng ký chấm dứt giám hộ"),
      original("Giấy tờ làm căn cứ chấm dứt việc giám hộ theo quy định của Bộ luật Dân sự"),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps(),
    legalBasis: [LUAT_HO_TICH, ND_123_2015],
    resultName: "Trích lục đăng ký chấm dứt giám hộ",
  },
  {
    code: "2.000635",
    name: "Cấp bản sao trích lục hộ tịch",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    fees: [fee("Phí cấp bản sao trích lục hộ tịch", 8_000, "đồng/bản sao")],
    components: [
      original("Tờ khai cấp bản sao trích lục hộ tịch", { template: "to-khai-cap-ban-sao-trich-luc.docx" }),
      IDENTITY_SHOWN,
      AUTHORISATION,
    ],
    steps: civilStatusSteps(),
    requirements: [CERTIFICATION_SAME_DAY],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Bản sao trích lục hộ tịch",
    digitalSignatureRequired: true,
    electronicResult: true,
  },
  {
    code: "1.000593",
    name: "Đăng ký kết hôn lưu động",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "information_only",
    processingTime: workingDays(5),
    fees: [charge("Lệ phí đăng ký kết hôn", 0, "Miễn lệ phí")],
    components: [
      original("Tờ khai đăng ký kết hôn", { template: "to-khai-dang-ky-ket-hon.docx" }),
      IDENTITY_SHOWN,
    ],
    steps: [
      "Công chức tư pháp - hộ tịch đến nơi cư trú của người có yêu cầu để hướng dẫn, tiếp nhận hồ sơ.",
      "Kiểm tra hồ sơ, xác minh điều kiện kết hôn; trình Chủ tịch UBND cấp xã ký Giấy chứng nhận kết hôn.",
      "Trao Giấy chứng nhận kết hôn tại nơi cư trú; hai bên ký vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn.",
    ],
    requirements: [
      "Áp dụng khi một hoặc hai bên nam, nữ là người khuyết tật, ốm bệnh không thể đi lại được hoặc vì lý do bất khả kháng khác.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Giấy chứng nhận kết hôn",
  },
  {
    code: "2.000806",
    name: "Đăng ký kết hôn có yếu tố nước ngoài",
    field: HO_TICH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(10),
    fees: [charge("Lệ phí đăng ký kết hôn có yếu tố nước ngoài", 1_000_000, "Theo Nghị quyết của HĐND tỉnh")],
    components: [
      original("Tờ khai đăng ký kết hôn", { template: "to-khai-dang-ky-ket-hon.docx" }),
      original(
        "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp, đã được hợp pháp hóa lãnh sự và dịch ra tiếng Việt",
      ),
      original(
        "Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình",
      ),
      certifiedCopy("Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài"),
      IDENTITY_SHOWN,
    ],
    steps: civilStatusSteps([
      "Công chức tư pháp - hộ tịch nghiên cứu, thẩm tra hồ sơ và xác minh làm rõ (nếu cần).",
      "Hai bên nam, nữ cùng có mặt tại trụ sở UBND cấp xã để nhận Giấy chứng nhận kết hôn.",
    ]),
    requirements: [
      "Giấy tờ do cơ quan có thẩm quyền nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn.",
    ],
    legalBasis: [LUAT_HO_TICH, ND_123_2015, TT_04_2020_BTP],
    resultName: "Giấy chứng nhận kết hôn",
  },
  {
    code: "2.001263",
    name: "Đăng ký việc nuôi con nuôi trong nước",
    field: NUOI_CON_NUOI,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: calendarDays(30),
    fees: [
      charge(
        "Lệ phí đăng ký nuôi con nuôi trong nước",
        400_000,
        "Miễn lệ phí đối với cha dượng, mẹ kế, cô, dì, chú, bác, cậu ruột nhận cháu làm con nuôi; nhận trẻ em khuyết tật, mắc bệnh hiểm nghèo làm con nuôi",
      ),
    ],
    components: [
      original("Đơn xin nhận con nuôi", { template: "don-xin-nhan-con-nuoi.docx" }),
      original("Phiếu lý lịch tư pháp của người nhận con nuôi"),
      original("Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi"),
      original("Giấy khám sức khỏe do cơ quan y tế cấp huyện trở lên cấp"),
      certifiedCopy("Giấy khai sinh của người được giới thiệu làm con nuôi"),
      paper("Ảnh của người được giới thiệu làm con nuôi (4x6 cm hoặc 5x7 cm)", { originals: 2 }),
      IDENTITY_SHOWN,
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã", [
      "UBND cấp xã lấy ý kiến của những người liên quan; trong 05 ngày kể từ ngày lấy ý kiến, người được lấy ý kiến có quyền thay đổi ý kiến.",
      "Tổ chức đăng ký nuôi con nuôi, trao Giấy chứng nhận nuôi con nuôi cho cha mẹ nuôi, cha mẹ đẻ hoặc người giám hộ.",
    ]),
    requirements: [
      "Người nhận con nuôi hơn con nuôi từ 20 tuổi trở lên (trừ trường hợp cha dượng, mẹ kế, cô, dì, chú, bác, cậu ruột nhận cháu làm con nuôi).",
    ],
    legalBasis: [LUAT_NUOI_CON_NUOI, ND_19_2011],
    resultName: "Giấy chứng nhận nuôi con nuôi",
  },
];

/** Commune level: certification (chứng thực), the CAL-8 same-day procedures with a 15:00 cut-off. */
const CERTIFICATION: CatalogRecordInput[] = [
  {
    code: "2.000815",
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    fees: [
      fee("Phí chứng thực bản sao từ bản chính: trang thứ nhất, trang thứ hai", 2_000, "đồng/trang"),
      fee(
        "Phí chứng thực bản sao từ bản chính: từ trang thứ ba trở lên",
        1_000,
        "đồng/trang; tối đa không quá 200.000 đồng/bản",
      ),
    ],
    components: [
      original("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao"),
      paper(
        "Bản sao cần chứng thực (trường hợp người yêu cầu tự chụp)",
        { photocopies: 1 },
        { optional: true },
      ),
    ],
    steps: [
      "Người yêu cầu chứng thực nộp bản chính giấy tờ, văn bản tại Trung tâm Phục vụ hành chính công cấp xã hoặc yêu cầu chứng thực bản sao điện tử trên Cổng Dịch vụ công.",
      "Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực.",
      "Trả bản sao có chứng thực trực tiếp hoặc bản sao điện tử có chữ ký số vào kho dữ liệu của người yêu cầu.",
    ],
    requirements: [
      CERTIFICATION_SAME_DAY,
      "Không chứng thực bản sao từ bản chính giấy tờ bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ, bị hư hỏng, cũ nát không xác định được nội dung.",
    ],
    legalBasis: [ND_23_2015, TT_01_2020_BTP, TT_226_2016_BTC],
    resultName: "Bản sao có chứng thực",
    digitalSignatureRequired: true,
    electronicResult: true,
  },
  {
    code: "2.000884",
    name: "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    fees: [fee("Phí chứng thực chữ ký", 10_000, "đồng/trường hợp")],
    components: [original("Giấy tờ, văn bản mà mình sẽ ký"), IDENTITY_SHOWN],
    steps: [
      "Người yêu cầu chứng thực xuất trình giấy tờ tùy thân và giấy tờ, văn bản cần ký tại Trung tâm Phục vụ hành chính công cấp xã.",
      "Người thực hiện chứng thực kiểm tra giấy tờ; người yêu cầu ký trước mặt người thực hiện chứng thực.",
      "Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực; trả kết quả.",
    ],
    requirements: [
      CERTIFICATION_SAME_DAY,
      "Người yêu cầu chứng thực phải có năng lực hành vi dân sự và ký trước mặt người thực hiện chứng thực.",
    ],
    legalBasis: [ND_23_2015, TT_01_2020_BTP, TT_226_2016_BTC],
    resultName: "Giấy tờ, văn bản đã được chứng thực chữ ký",
  },
  {
    code: "2.001008",
    name: "Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    fees: [fee("Phí chứng thực chữ ký người dịch", 10_000, "đồng/trường hợp")],
    components: [
      original("Bản dịch và giấy tờ, văn bản cần dịch"),
      certifiedCopy(
        "Bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch hoặc bằng tốt nghiệp đại học trở lên ở nước ngoài",
      ),
      IDENTITY_SHOWN,
    ],
    steps: [
      "Người dịch xuất trình giấy tờ tùy thân, nộp bản dịch kèm giấy tờ cần dịch tại Trung tâm Phục vụ hành chính công cấp xã.",
      "Người dịch ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.",
    ],
    requirements: [CERTIFICATION_SAME_DAY],
    legalBasis: [ND_23_2015, TT_01_2020_BTP, TT_226_2016_BTC],
    resultName: "Bản dịch đã được chứng thực chữ ký người dịch",
  },
  {
    code: "2.001035",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: workingDays(2),
    fees: [fee("Phí chứng thực hợp đồng, giao dịch", 50_000, "đồng/hợp đồng, giao dịch")],
    components: [
      original("Dự thảo hợp đồng, giao dịch", { template: "hop-dong-chuyen-nhuong-quyen-su-dung-dat.docx" }),
      certifiedCopy(
        "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất hoặc giấy tờ thay thế",
      ),
      IDENTITY_SHOWN,
    ],
    steps: [
      "Người yêu cầu chứng thực nộp hồ sơ tại Trung tâm Phục vụ hành chính công cấp xã.",
      "Người tiếp nhận kiểm tra giấy tờ; các bên ký trước mặt người thực hiện chứng thực.",
      "Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực; trả kết quả.",
    ],
    requirements: [
      "Các bên tham gia hợp đồng, giao dịch phải có mặt và ký trước mặt người thực hiện chứng thực.",
    ],
    legalBasis: [ND_23_2015, TT_01_2020_BTP, TT_226_2016_BTC, LUAT_DAT_DAI],
    resultName: "Hợp đồng, giao dịch được chứng thực",
  },
  {
    code: "2.000913",
    name: "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: workingDays(2),
    fees: [
      fee(
        "Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
        30_000,
        "đồng/hợp đồng, giao dịch",
      ),
    ],
    components: [
      original("Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch"),
      original("Hợp đồng, giao dịch đã được chứng thực"),
      IDENTITY_SHOWN,
    ],
    steps: [
      "Nộp hồ sơ tại nơi đã chứng thực hợp đồng, giao dịch.",
      "Các bên ký văn bản sửa đổi, bổ sung, hủy bỏ trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu.",
    ],
    legalBasis: [ND_23_2015, TT_01_2020_BTP, TT_226_2016_BTC],
    resultName: "Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực",
  },
  {
    code: "2.000927",
    name: "Sửa lỗi sai sót trong hợp đồng, giao dịch",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: workingDays(2),
    fees: [fee("Phí sửa lỗi sai sót trong hợp đồng, giao dịch", 25_000, "đồng/hợp đồng, giao dịch")],
    components: [original("Hợp đồng, giao dịch đã được chứng thực có lỗi sai sót"), IDENTITY_SHOWN],
    steps: [
      "Các bên tham gia hợp đồng, giao dịch nộp yêu cầu tại nơi đã chứng thực.",
      "Người thực hiện chứng thực ghi nội dung đã sửa, ký, đóng dấu vào chỗ sửa và ghi vào sổ chứng thực.",
    ],
    requirements: [
      "Chỉ sửa lỗi kỹ thuật về chính tả, đánh máy mà không làm thay đổi quyền, nghĩa vụ của các bên.",
    ],
    legalBasis: [ND_23_2015, TT_226_2016_BTC],
    resultName: "Hợp đồng, giao dịch đã được sửa lỗi sai sót",
  },
  {
    code: "2.000942",
    name: "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    fees: [
      fee("Phí cấp bản sao có chứng thực", 2_000, "đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang"),
    ],
    components: [original("Phiếu yêu cầu cấp bản sao hợp đồng, giao dịch"), IDENTITY_SHOWN],
    steps: [
      "Người yêu cầu nộp phiếu yêu cầu tại nơi lưu trữ hợp đồng, giao dịch đã được chứng thực.",
      "Người thực hiện chứng thực kiểm tra, cấp bản sao có chứng thực từ bản chính đang lưu trữ.",
    ],
    requirements: [
      CERTIFICATION_SAME_DAY,
      "Chỉ cấp cho các bên tham gia hợp đồng, giao dịch hoặc người có quyền, lợi ích liên quan.",
    ],
    legalBasis: [ND_23_2015, TT_226_2016_BTC],
    resultName: "Bản sao có chứng thực hợp đồng, giao dịch",
    electronicResult: true,
  },
  {
    code: "2.001406",
    name: "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(2),
    fees: [fee("Phí chứng thực văn bản thỏa thuận phân chia di sản", 50_000, "đồng/văn bản")],
    components: [
      original("Dự thảo văn bản thỏa thuận phân chia di sản"),
      certifiedCopy("Giấy chứng tử hoặc trích lục khai tử của người để lại di sản"),
      certifiedCopy("Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản"),
      certifiedCopy("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"),
      IDENTITY_SHOWN,
    ],
    steps: [
      "Người yêu cầu chứng thực nộp hồ sơ tại Trung tâm Phục vụ hành chính công cấp xã nơi có bất động sản.",
      "Người thực hiện chứng thực kiểm tra, niêm yết việc phân chia di sản theo quy định; các bên ký trước mặt người thực hiện chứng thực.",
      "Ghi lời chứng, ký, đóng dấu và trả kết quả.",
    ],
    legalBasis: [ND_23_2015, TT_01_2020_BTP, TT_226_2016_BTC],
    resultName: "Văn bản thỏa thuận phân chia di sản được chứng thực",
  },
  {
    code: "2.000908",
    name: "Cấp bản sao từ sổ gốc",
    field: CHUNG_THUC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    components: [
      original("Tờ khai yêu cầu cấp bản sao từ sổ gốc", { template: "to-khai-cap-ban-sao-tu-so-goc.docx" }),
      IDENTITY_SHOWN,
      AUTHORISATION,
    ],
    steps: [
      "Người yêu cầu nộp yêu cầu tại cơ quan đang quản lý sổ gốc, trực tiếp, qua bưu chính hoặc trực tuyến.",
      "Cơ quan quản lý sổ gốc kiểm tra tính hợp lệ của yêu cầu, cấp bản sao từ sổ gốc.",
    ],
    requirements: [CERTIFICATION_SAME_DAY],
    legalBasis: [ND_23_2015, TT_01_2020_BTP],
    resultName: "Bản sao từ sổ gốc",
    electronicResult: true,
  },
];

/** Commune level: household businesses (since 2025), building permits for houses, water use. */
const COMMUNE_ECONOMY: CatalogRecordInput[] = [
  {
    code: "1.001612",
    name: "Đăng ký thành lập hộ kinh doanh",
    field: HO_KINH_DOANH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    fees: [
      charge("Lệ phí đăng ký hộ kinh doanh", 100_000, "Nộp hồ sơ trực tiếp; theo Nghị quyết của HĐND tỉnh"),
      charge("Lệ phí đăng ký hộ kinh doanh qua mạng điện tử", 0, "Miễn lệ phí khi đăng ký qua mạng điện tử"),
    ],
    components: [
      original("Giấy đề nghị đăng ký hộ kinh doanh", { template: "giay-de-nghi-dang-ky-ho-kinh-doanh.docx" }),
      certifiedCopy(
        "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký)",
        {
          optional: true,
        },
      ),
      certifiedCopy("Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh", {
        optional: true,
      }),
      IDENTITY_SHOWN,
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã", [
      "Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh.",
    ]),
    requirements: [
      "Tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi cấp xã.",
      "Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh.",
    ],
    legalBasis: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DOANH_NGHIEP, TT_85_2019_BTC],
    resultName: "Giấy chứng nhận đăng ký hộ kinh doanh",
    electronicResult: true,
  },
  {
    code: "2.000720",
    name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
    field: HO_KINH_DOANH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    fees: [charge("Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 50_000, "Nộp hồ sơ trực tiếp")],
    components: [
      original("Thông báo thay đổi nội dung đăng ký hộ kinh doanh", {
        template: "thong-bao-thay-doi-ho-kinh-doanh.docx",
      }),
      original("Giấy chứng nhận đăng ký hộ kinh doanh đã cấp"),
      IDENTITY_SHOWN,
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã"),
    legalBasis: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi)",
    electronicResult: true,
  },
  {
    code: "1.001570",
    name: "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
    field: HO_KINH_DOANH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    components: [
      original("Thông báo về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo"),
      IDENTITY_SHOWN,
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã"),
    requirements: ["Thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh."],
    legalBasis: [ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh",
    electronicResult: true,
  },
  {
    code: "1.001266",
    name: "Chấm dứt hoạt động hộ kinh doanh",
    field: HO_KINH_DOANH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    components: [
      original("Thông báo về việc chấm dứt hoạt động hộ kinh doanh"),
      original("Thông báo của cơ quan thuế về việc người nộp thuế chấm dứt hiệu lực mã số thuế"),
      original("Giấy chứng nhận đăng ký hộ kinh doanh đã cấp"),
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã"),
    legalBasis: [ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
  },
  {
    code: "2.000575",
    name: "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
    field: HO_KINH_DOANH,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    fees: [charge("Lệ phí cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", 50_000, "Nộp hồ sơ trực tiếp")],
    components: [original("Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh"), IDENTITY_SHOWN],
    steps: communeSteps("Chủ tịch UBND cấp xã"),
    requirements: [
      "Giấy chứng nhận đăng ký hộ kinh doanh bị mất, bị cháy, bị rách, bị hủy hoại hoặc bị tiêu hủy dưới hình thức khác.",
    ],
    legalBasis: [ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)",
    electronicResult: true,
  },
  {
    code: "1.013225",
    name: "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ",
    field: XAY_DUNG,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: calendarDays(20),
    fees: [
      charge("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 75_000, "đồng/giấy phép"),
      charge("Lệ phí cấp giấy phép xây dựng công trình khác", 150_000, "đồng/giấy phép"),
    ],
    components: [
      original("Đơn đề nghị cấp giấy phép xây dựng", { template: "don-de-nghi-cap-giay-phep-xay-dung.docx" }),
      certifiedCopy("Giấy tờ hợp pháp về quyền sử dụng đất theo quy định của pháp luật về đất đai"),
      paper(
        "Bản vẽ thiết kế xây dựng: mặt bằng vị trí công trình trên lô đất, mặt bằng, mặt cắt, mặt đứng chính, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật",
        { originals: 2 },
      ),
      certifiedCopy("Báo cáo kết quả thẩm định thiết kế xây dựng (đối với công trình phải thẩm định)", {
        optional: true,
      }),
      certifiedCopy("Cam kết bảo đảm an toàn đối với công trình liền kề (công trình xây chen có tầng hầm)", {
        optional: true,
      }),
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã", [
      "Công chức chuyên môn kiểm tra thực địa trong 07 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ (nếu cần).",
    ]),
    requirements: [
      "Phù hợp với quy hoạch chi tiết xây dựng hoặc quy chế quản lý kiến trúc đã được phê duyệt.",
      "Nhà ở riêng lẻ được cấp trong 15 ngày; công trình cấp III, cấp IV trong 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
    ],
    legalBasis: [LUAT_XAY_DUNG, LUAT_XAY_DUNG_SUA_DOI, ND_175_2024, TT_85_2019_BTC],
    resultName: "Giấy phép xây dựng",
    electronicResult: true,
  },
  {
    code: "1.013227",
    name: "Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ",
    field: XAY_DUNG,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(5),
    fees: [charge("Lệ phí gia hạn giấy phép xây dựng", 15_000, "đồng/giấy phép")],
    components: [
      original("Đơn đề nghị gia hạn giấy phép xây dựng", { template: "don-de-nghi-gia-han-gpxd.docx" }),
      original("Bản chính giấy phép xây dựng đã được cấp"),
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã"),
    requirements: [
      "Trước thời điểm giấy phép xây dựng hết hiệu lực khởi công 30 ngày mà công trình chưa được khởi công.",
    ],
    legalBasis: [LUAT_XAY_DUNG, LUAT_XAY_DUNG_SUA_DOI, ND_175_2024],
    resultName: "Giấy phép xây dựng được gia hạn",
    electronicResult: true,
  },
  {
    code: "1.013228",
    name: "Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ",
    field: XAY_DUNG,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(5),
    fees: [charge("Lệ phí cấp lại giấy phép xây dựng", 15_000, "đồng/giấy phép")],
    components: [
      original("Đơn đề nghị cấp lại giấy phép xây dựng"),
      original("Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)", { optional: true }),
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã"),
    requirements: ["Giấy phép xây dựng bị rách, nát hoặc bị mất."],
    legalBasis: [LUAT_XAY_DUNG, LUAT_XAY_DUNG_SUA_DOI, ND_175_2024],
    resultName: "Giấy phép xây dựng (cấp lại)",
    electronicResult: true,
  },
  {
    code: "1.013229",
    name: "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV và nhà ở riêng lẻ",
    field: XAY_DUNG,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: calendarDays(20),
    fees: [
      charge("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 75_000, "đồng/giấy phép"),
      charge("Lệ phí cấp giấy phép xây dựng công trình khác", 150_000, "đồng/giấy phép"),
    ],
    components: [
      original("Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình", {
        template: "don-de-nghi-cap-giay-phep-xay-dung.docx",
      }),
      certifiedCopy("Giấy tờ chứng minh quyền sở hữu, quản lý, sử dụng công trình, nhà ở"),
      paper("Bản vẽ, ảnh chụp hiện trạng của bộ phận, hạng mục công trình đề nghị được cải tạo", {
        originals: 2,
      }),
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã"),
    legalBasis: [LUAT_XAY_DUNG, LUAT_XAY_DUNG_SUA_DOI, ND_175_2024, TT_85_2019_BTC],
    resultName: "Giấy phép sửa chữa, cải tạo công trình",
  },
  {
    code: "1.013232",
    name: "Cấp giấy phép di dời đối với công trình cấp III, cấp IV và nhà ở riêng lẻ",
    field: XAY_DUNG,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: calendarDays(20),
    fees: [charge("Lệ phí cấp giấy phép di dời công trình", 75_000, "đồng/giấy phép")],
    components: [
      original("Đơn đề nghị cấp giấy phép di dời công trình"),
      certifiedCopy("Giấy tờ hợp pháp về quyền sử dụng đất nơi công trình sẽ di dời tới"),
      paper("Bản vẽ hoàn công công trình và bản vẽ thiết kế mặt bằng vị trí công trình tại địa điểm mới", {
        originals: 2,
      }),
      original("Phương án di dời do tổ chức, cá nhân đủ điều kiện năng lực thực hiện"),
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã"),
    legalBasis: [LUAT_XAY_DUNG, ND_175_2024],
    resultName: "Giấy phép di dời công trình",
  },
  {
    code: "2.002835",
    name: "Đăng ký khai thác nước mặt, nước biển, đăng ký sử dụng mặt nước, đào hồ, ao, sông, suối, kênh, mương, rạch",
    field: TAI_NGUYEN_NUOC,
    levels: ["commune"],
    agencyCodes: COMMUNES,
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(10),
    components: [
      original("Tờ khai đăng ký khai thác, sử dụng tài nguyên nước", {
        template: "to-khai-dang-ky-khai-thac-nuoc.docx",
      }),
    ],
    steps: communeSteps("Chủ tịch UBND cấp xã", [
      "Trường hợp cần thiết, kiểm tra thực tế tại nơi khai thác.",
    ]),
    legalBasis: [LUAT_TAI_NGUYEN_NUOC],
    resultName: "Tờ khai đăng ký được xác nhận",
    electronicResult: true,
  },
];

/** Department level (Sở Tư pháp): adoption with a foreign element, notaries, lawyers, forensics. */
const JUSTICE: CatalogRecordInput[] = [
  {
    code: "1.003976",
    name: "Giải quyết việc nuôi con nuôi có yếu tố nước ngoài đối với trẻ em sống ở cơ sở nuôi dưỡng",
    field: NUOI_CON_NUOI,
    levels: ["department"],
    agencyCodes: [SO_TU_PHAP],
    applicantTypes: ["individual"],
    serviceLevel: "information_only",
    processingTime: calendarDays(90),
    fees: [charge("Lệ phí đăng ký nuôi con nuôi nước ngoài", 9_000_000, "đồng/trường hợp")],
    components: [
      original("Đơn xin nhận con nuôi (theo mẫu)"),
      certifiedCopy("Hộ chiếu hoặc giấy tờ có giá trị thay thế của người nhận con nuôi"),
      original(
        "Văn bản cho phép được nhận con nuôi ở Việt Nam do cơ quan có thẩm quyền của nước nơi người nhận con nuôi thường trú cấp",
      ),
      original(
        "Bản điều tra về tâm lý, gia đình; văn bản xác nhận tình trạng sức khỏe, thu nhập, tình trạng tài sản; phiếu lý lịch tư pháp",
      ),
    ],
    steps: departmentSteps("Sở Tư pháp", [
      "Sở Tư pháp kiểm tra hồ sơ của trẻ em, lấy ý kiến của những người liên quan và xác minh trẻ em đủ điều kiện được giới thiệu làm con nuôi nước ngoài.",
      "UBND tỉnh quyết định cho người nước ngoài nhận trẻ em Việt Nam làm con nuôi; Sở Tư pháp tổ chức giao nhận con nuôi.",
    ]),
    legalBasis: [LUAT_NUOI_CON_NUOI, ND_19_2011],
    resultName: "Quyết định cho người nước ngoài nhận trẻ em Việt Nam làm con nuôi",
  },
  {
    code: "1.003198",
    name: "Cấp giấy xác nhận công dân Việt Nam ở trong nước đủ điều kiện nhận trẻ em nước ngoài làm con nuôi",
    field: NUOI_CON_NUOI,
    levels: ["department"],
    agencyCodes: [SO_TU_PHAP],
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: calendarDays(30),
    components: [
      original("Đơn đề nghị xác nhận đủ điều kiện nhận con nuôi"),
      original("Phiếu lý lịch tư pháp; văn bản xác nhận tình trạng hôn nhân; giấy khám sức khỏe"),
      IDENTITY_SHOWN,
    ],
    steps: departmentSteps("Sở Tư pháp"),
    legalBasis: [LUAT_NUOI_CON_NUOI, ND_19_2011],
    resultName: "Giấy xác nhận công dân Việt Nam đủ điều kiện nhận con nuôi",
  },
  {
    code: "2.000789",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Đăng ký hành nghề và cấp Thẻ công chứng viên",
    field: CONG_CHUNG,
    levels: ["department"],
    agencyCodes: [SO_TU_PHAP],
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(10),
    fees: [charge("Lệ phí cấp Thẻ công chứng viên", 100_000, "đồng/thẻ")],
    components: [
      original("Giấy đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên của tổ chức hành nghề công chứng"),
      certifiedCopy("Quyết định bổ nhiệm công chứng viên"),
      paper("Ảnh chân dung cỡ 2cm x 3cm", { originals: 1 }),
    ],
    steps: departmentSteps("Sở Tư pháp"),
    legalBasis: [LUAT_CONG_CHUNG],
    resultName: "Thẻ công chứng viên",
  },
  {
    code: "2.000778",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Thành lập Văn phòng công chứng",
    field: CONG_CHUNG,
    levels: ["department"],
    agencyCodes: [SO_TU_PHAP],
    applicantTypes: ["individual"],
    serviceLevel: "partial_online",
    processingTime: workingDays(20),
    fees: [fee("Phí thẩm định điều kiện hoạt động Văn phòng công chứng", 1_000_000, "đồng/hồ sơ")],
    components: [
      original("Đơn đề nghị thành lập Văn phòng công chứng"),
      original("Đề án thành lập Văn phòng công chứng"),
      certifiedCopy("Quyết định bổ nhiệm công chứng viên của các công chứng viên hợp danh"),
    ],
    steps: departmentSteps("Sở Tư pháp", [
      "UBND tỉnh xem xét, quyết định cho phép thành lập Văn phòng công chứng.",
    ]),
    legalBasis: [LUAT_CONG_CHUNG],
    resultName: "Quyết định cho phép thành lập Văn phòng công chứng",
  },
  {
    code: "1.002079",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Đăng ký hoạt động của tổ chức hành nghề luật sư",
    field: LUAT_SU,
    levels: ["department"],
    agencyCodes: [SO_TU_PHAP],
    applicantTypes: ["organization"],
    serviceLevel: "partial_online",
    processingTime: workingDays(10),
    fees: [charge("Lệ phí đăng ký hoạt động của tổ chức hành nghề luật sư", 100_000)],
    components: [
      original("Giấy đề nghị đăng ký hoạt động của tổ chức hành nghề luật sư"),
      certifiedCopy(
        "Chứng chỉ hành nghề luật sư, Thẻ luật sư của luật sư thành lập tổ chức hành nghề luật sư",
      ),
      certifiedCopy("Giấy tờ chứng minh về trụ sở của tổ chức hành nghề luật sư"),
    ],
    steps: departmentSteps("Sở Tư pháp"),
    legalBasis: [LUAT_LUAT_SU],
    resultName: "Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",
  },
  {
    code: "2.000890",
    name: "Cấp phép thành lập văn phòng giám định tư pháp",
    field: GIAM_DINH,
    levels: ["department"],
    agencyCodes: [SO_TU_PHAP],
    applicantTypes: ["individual"],
    serviceLevel: "information_only",
    processingTime: calendarDays(60),
    fees: [fee("Phí thẩm định cấp phép thành lập văn phòng giám định tư pháp", 3_500_000, "đồng/hồ sơ")],
    components: [
      original("Đơn đề nghị thành lập Văn phòng giám định tư pháp"),
      certifiedCopy("Quyết định bổ nhiệm giám định viên tư pháp"),
      original("Đề án thành lập Văn phòng giám định tư pháp"),
    ],
    steps: departmentSteps("Sở Tư pháp", ["Chủ tịch UBND tỉnh xem xét, quyết định cấp phép thành lập."]),
    legalBasis: [LUAT_GIAM_DINH],
    resultName: "Quyết định cấp phép thành lập Văn phòng giám định tư pháp",
  },
];

/** Department level: Sở Xây dựng. */
const CONSTRUCTION: CatalogRecordInput[] = [
  {
    code: "1.013214",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II (công trình không theo tuyến, theo tuyến trong đô thị, tín ngưỡng, tôn giáo, tượng đài, tranh hoành tráng, quảng cáo)",
    field: XAY_DUNG,
    levels: ["department"],
    agencyCodes: [SO_XAY_DUNG],
    applicantTypes: ["organization"],
    serviceLevel: "partial_online",
    processingTime: calendarDays(20),
    fees: [charge("Lệ phí cấp giấy phép xây dựng công trình", 150_000, "đồng/giấy phép")],
    components: [
      original("Đơn đề nghị cấp giấy phép xây dựng", { template: "don-de-nghi-cap-giay-phep-xay-dung.docx" }),
      certifiedCopy("Giấy tờ hợp pháp về quyền sử dụng đất"),
      certifiedCopy(
        "Quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng",
      ),
      paper("02 bộ bản vẽ thiết kế xây dựng triển khai sau thiết kế cơ sở", { originals: 2 }),
    ],
    steps: departmentSteps("Sở Xây dựng", [
      "Kiểm tra thực địa và lấy ý kiến các cơ quan quản lý nhà nước có liên quan (nếu cần).",
    ]),
    legalBasis: [LUAT_XAY_DUNG, LUAT_XAY_DUNG_SUA_DOI, ND_175_2024],
    resultName: "Giấy phép xây dựng",
    electronicResult: true,
  },
  {
    code: "1.009928",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
    field: XAY_DUNG,
    levels: ["department"],
    agencyCodes: [SO_XAY_DUNG],
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(20),
    fees: [charge("Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng", 300_000, "đồng/chứng chỉ")],
    components: [
      original("Đơn đề nghị cấp chứng chỉ hành nghề", { template: "don-de-nghi-cap-cchn-xay-dung.docx" }),
      paper("Ảnh màu cỡ 4x6 cm có nền màu trắng chân dung của người đề nghị", { originals: 1 }),
      certifiedCopy("Văn bằng do cơ sở đào tạo hợp pháp cấp phù hợp với loại, hạng chứng chỉ đề nghị cấp"),
      original("Bản kê khai kinh nghiệm thực hiện công việc theo nội dung đề nghị cấp chứng chỉ"),
    ],
    steps: departmentSteps("Sở Xây dựng", [
      "Người đề nghị tham dự sát hạch (trừ trường hợp được miễn sát hạch).",
    ]),
    legalBasis: [LUAT_XAY_DUNG, ND_175_2024],
    resultName: "Chứng chỉ hành nghề hoạt động xây dựng",
    electronicResult: true,
  },
  {
    code: "1.009940",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III",
    field: XAY_DUNG,
    levels: ["department"],
    agencyCodes: [SO_XAY_DUNG],
    applicantTypes: ["organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(20),
    fees: [fee("Phí thẩm định cấp chứng chỉ năng lực hoạt động xây dựng", 1_000_000, "đồng/chứng chỉ")],
    components: [
      original("Đơn đề nghị cấp chứng chỉ năng lực hoạt động xây dựng"),
      certifiedCopy("Quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp của tổ chức"),
      original("Bản kê khai năng lực, kinh nghiệm hoạt động xây dựng của tổ chức"),
    ],
    steps: departmentSteps("Sở Xây dựng"),
    legalBasis: [LUAT_XAY_DUNG, ND_175_2024],
    resultName: "Chứng chỉ năng lực hoạt động xây dựng",
    electronicResult: true,
  },
];

const ENTERPRISE_PAPERS = [
  certifiedCopy(
    "Giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật, thành viên, cổ đông sáng lập là cá nhân",
  ),
  certifiedCopy("Giấy tờ pháp lý của tổ chức đối với thành viên, cổ đông sáng lập là tổ chức", {
    optional: true,
  }),
];
const ENTERPRISE_FEES = [
  charge("Lệ phí đăng ký doanh nghiệp", 50_000, "Miễn lệ phí khi đăng ký qua mạng điện tử"),
  fee("Phí công bố nội dung đăng ký doanh nghiệp", 100_000, "Nộp khi đăng ký thành lập doanh nghiệp"),
];
const ENTERPRISE_STEPS = departmentSteps("Sở Tài chính (Phòng Đăng ký kinh doanh)", [
  "Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ và tên doanh nghiệp trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.",
]);

/** Department level: Sở Tài chính (business registration since the 2025 merger). */
const ENTERPRISES: CatalogRecordInput[] = [
  {
    code: "1.010026",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Đăng ký thành lập doanh nghiệp tư nhân",
    field: DOANH_NGHIEP,
    levels: ["department"],
    agencyCodes: [SO_TAI_CHINH],
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    fees: ENTERPRISE_FEES,
    components: [
      original("Giấy đề nghị đăng ký doanh nghiệp tư nhân", { template: "giay-de-nghi-dang-ky-dntn.docx" }),
      certifiedCopy("Giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân"),
    ],
    steps: ENTERPRISE_STEPS,
    legalBasis: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Giấy chứng nhận đăng ký doanh nghiệp",
    digitalSignatureRequired: true,
    electronicResult: true,
  },
  {
    code: "1.010027",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên",
    field: DOANH_NGHIEP,
    levels: ["department"],
    agencyCodes: [SO_TAI_CHINH],
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    fees: ENTERPRISE_FEES,
    components: [
      original("Giấy đề nghị đăng ký doanh nghiệp", {
        template: "giay-de-nghi-dang-ky-cong-ty-tnhh-1tv.docx",
      }),
      original("Điều lệ công ty"),
      ...ENTERPRISE_PAPERS,
    ],
    steps: ENTERPRISE_STEPS,
    legalBasis: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Giấy chứng nhận đăng ký doanh nghiệp",
    digitalSignatureRequired: true,
    electronicResult: true,
  },
  {
    code: "1.010028",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên",
    field: DOANH_NGHIEP,
    levels: ["department"],
    agencyCodes: [SO_TAI_CHINH],
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    fees: ENTERPRISE_FEES,
    components: [
      original("Giấy đề nghị đăng ký doanh nghiệp", {
        template: "giay-de-nghi-dang-ky-cong-ty-tnhh-2tv.docx",
      }),
      original("Điều lệ công ty"),
      original("Danh sách thành viên"),
      ...ENTERPRISE_PAPERS,
    ],
    steps: ENTERPRISE_STEPS,
    legalBasis: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Giấy chứng nhận đăng ký doanh nghiệp",
    digitalSignatureRequired: true,
    electronicResult: true,
  },
  {
    code: "1.010029",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Đăng ký thành lập công ty cổ phần",
    field: DOANH_NGHIEP,
    levels: ["department"],
    agencyCodes: [SO_TAI_CHINH],
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    fees: ENTERPRISE_FEES,
    components: [
      original("Giấy đề nghị đăng ký doanh nghiệp", {
        template: "giay-de-nghi-dang-ky-cong-ty-co-phan.docx",
      }),
      original("Điều lệ công ty"),
      original("Danh sách cổ đông sáng lập; danh sách cổ đông là nhà đầu tư nước ngoài (nếu có)"),
      ...ENTERPRISE_PAPERS,
    ],
    steps: ENTERPRISE_STEPS,
    legalBasis: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Giấy chứng nhận đăng ký doanh nghiệp",
    digitalSignatureRequired: true,
    electronicResult: true,
  },
  {
    code: "2.002006",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp",
    field: DOANH_NGHIEP,
    levels: ["department"],
    agencyCodes: [SO_TAI_CHINH],
    applicantTypes: ["organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(3),
    components: [
      original("Thông báo về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo"),
      original("Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Đại hội đồng cổ đông", {
        optional: true,
      }),
    ],
    steps: ENTERPRISE_STEPS,
    requirements: ["Thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh."],
    legalBasis: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DOANH_NGHIEP],
    resultName: "Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh",
    digitalSignatureRequired: true,
    electronicResult: true,
  },
];

/** Department level: Sở Nông nghiệp và Môi trường (land, environment). */
const LAND_AND_ENVIRONMENT: CatalogRecordInput[] = [
  {
    code: "1.012753",
    name: "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu",
    field: DAT_DAI,
    levels: ["department"],
    agencyCodes: [SO_NONG_NGHIEP_MOI_TRUONG, VAN_PHONG_DANG_KY_DAT_DAI],
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: workingDays(20),
    fees: [
      charge(
        "Lệ phí cấp Giấy chứng nhận đối với hộ gia đình, cá nhân",
        25_000,
        "đồng/giấy; theo Nghị quyết của HĐND tỉnh",
      ),
      charge(
        "Lệ phí cấp Giấy chứng nhận đối với tổ chức",
        100_000,
        "đồng/giấy; theo Nghị quyết của HĐND tỉnh",
      ),
      fee(
        "Phí thẩm định hồ sơ cấp Giấy chứng nhận",
        500_000,
        "đồng/hồ sơ; tùy diện tích và mục đích sử dụng",
      ),
    ],
    components: [
      original("Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)", {
        template: "mau-04-dk.docx",
      }),
      certifiedCopy("Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có)", { optional: true }),
      certifiedCopy("Giấy tờ về tài sản gắn liền với đất (trường hợp đăng ký tài sản)", { optional: true }),
      original(
        "Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính",
        {
          optional: true,
        },
      ),
      original("Mảnh trích đo bản đồ địa chính thửa đất (nếu có)", { optional: true }),
    ],
    steps: departmentSteps("Sở Nông nghiệp và Môi trường", [
      "Văn phòng Đăng ký đất đai kiểm tra hồ sơ, đo đạc (nếu cần), xác định nghĩa vụ tài chính và gửi thông tin đến cơ quan thuế.",
      "Người sử dụng đất thực hiện nghĩa vụ tài chính theo thông báo của cơ quan thuế (thời gian này không tính vào thời hạn giải quyết).",
    ]),
    requirements: [
      "Thời gian thực hiện nghĩa vụ tài chính, thời gian xem xét xử lý vi phạm không tính vào thời gian giải quyết.",
    ],
    legalBasis: [LUAT_DAT_DAI, ND_101_2024],
    resultName: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
  },
  {
    code: "1.012779",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, cho thuê, thừa kế, tặng cho, góp vốn",
    field: DAT_DAI,
    levels: ["department"],
    agencyCodes: [SO_NONG_NGHIEP_MOI_TRUONG, VAN_PHONG_DANG_KY_DAT_DAI],
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: workingDays(10),
    fees: [
      charge("Lệ phí chứng nhận đăng ký biến động", 28_000, "đồng/lần; theo Nghị quyết của HĐND tỉnh"),
      fee("Phí thẩm định hồ sơ đăng ký biến động", 300_000, "đồng/hồ sơ"),
    ],
    components: [
      original("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)", {
        template: "mau-11-dk.docx",
      }),
      original("Hợp đồng, văn bản về việc chuyển quyền đã được công chứng hoặc chứng thực"),
      original("Giấy chứng nhận đã cấp (bản gốc)"),
    ],
    steps: departmentSteps("Sở Nông nghiệp và Môi trường", [
      "Văn phòng Đăng ký đất đai gửi thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính; người sử dụng đất nộp thuế, lệ phí trước bạ.",
    ]),
    legalBasis: [LUAT_DAT_DAI, ND_101_2024],
    resultName:
      "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (xác nhận thay đổi hoặc cấp mới)",
  },
  {
    code: "1.012788",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
    field: DAT_DAI,
    levels: ["department"],
    agencyCodes: [VAN_PHONG_DANG_KY_DAT_DAI],
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(0),
    sameDayCutoff: "15:00",
    fees: [fee("Phí đăng ký thế chấp", 80_000, "đồng/hồ sơ")],
    components: [
      original("Phiếu yêu cầu đăng ký thế chấp", { template: "phieu-yeu-cau-dang-ky-the-chap.docx" }),
      certifiedCopy("Hợp đồng thế chấp"),
      original("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (bản gốc)"),
    ],
    steps: [
      "Nộp hồ sơ trực tiếp tại Văn phòng Đăng ký đất đai hoặc qua hệ thống đăng ký trực tuyến.",
      "Văn phòng Đăng ký đất đai kiểm tra, ghi nội dung đăng ký vào Sổ địa chính và Giấy chứng nhận.",
      "Trả kết quả cho người yêu cầu đăng ký.",
    ],
    requirements: [
      "Giải quyết trong ngày nhận hồ sơ hợp lệ; nhận hồ sơ sau 15 giờ thì hoàn thành trong ngày làm việc tiếp theo.",
    ],
    legalBasis: [LUAT_DAT_DAI, ND_99_2022],
    resultName: "Giấy chứng nhận đã ghi nội dung đăng ký thế chấp",
    electronicResult: true,
  },
  {
    code: "1.010733",
    name: "Thẩm định báo cáo đánh giá tác động môi trường",
    field: MOI_TRUONG,
    levels: ["department"],
    agencyCodes: [SO_NONG_NGHIEP_MOI_TRUONG],
    applicantTypes: ["organization"],
    serviceLevel: "partial_online",
    processingTime: workingDays(30),
    fees: [
      fee(
        "Phí thẩm định báo cáo đánh giá tác động môi trường",
        5_000_000,
        "Dự án có tổng vốn đầu tư đến 50 tỷ đồng; mức cao hơn theo quy mô vốn",
      ),
    ],
    components: [
      original("Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường"),
      original("Báo cáo đánh giá tác động môi trường"),
      original("Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án"),
    ],
    steps: departmentSteps("Sở Nông nghiệp và Môi trường", [
      "Thành lập hội đồng thẩm định, khảo sát thực tế và lấy ý kiến cơ quan, tổ chức có liên quan.",
      "Chủ dự án hoàn thiện báo cáo theo ý kiến của hội đồng (thời gian hoàn thiện không tính vào thời hạn).",
    ]),
    legalBasis: [LUAT_BVMT, ND_08_2022],
    resultName: "Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường",
  },
];

/** Department level: Sở Y tế. */
const HEALTH: CatalogRecordInput[] = [
  {
    code: "1.012267",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Cấp mới giấy phép hoạt động đối với phòng khám đa khoa, phòng khám chuyên khoa",
    field: KHAM_CHUA_BENH,
    levels: ["department"],
    agencyCodes: [SO_Y_TE],
    applicantTypes: ["organization", "individual"],
    serviceLevel: "partial_online",
    processingTime: calendarDays(60),
    fees: [fee("Phí thẩm định cấp giấy phép hoạt động phòng khám", 5_700_000, "đồng/hồ sơ")],
    components: [
      original("Đơn đề nghị cấp mới giấy phép hoạt động", { template: "don-de-nghi-cap-gphd.docx" }),
      certifiedCopy("Giấy tờ chứng minh cơ sở được thành lập hợp pháp"),
      original("Danh sách người hành nghề và người làm việc tại cơ sở khám bệnh, chữa bệnh"),
      original("Bản kê khai cơ sở vật chất, thiết bị y tế và tổ chức nhân sự"),
    ],
    steps: departmentSteps("Sở Y tế", ["Đoàn thẩm định thẩm định thực tế tại cơ sở khám bệnh, chữa bệnh."]),
    legalBasis: [LUAT_KCB, ND_96_2023],
    resultName: "Giấy phép hoạt động khám bệnh, chữa bệnh",
  },
  {
    code: "1.012240",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y",
    field: KHAM_CHUA_BENH,
    levels: ["department"],
    agencyCodes: [SO_Y_TE],
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: calendarDays(30),
    fees: [fee("Phí thẩm định cấp giấy phép hành nghề", 360_000, "đồng/hồ sơ")],
    components: [
      original("Đơn đề nghị cấp mới giấy phép hành nghề", { template: "don-de-nghi-cap-gphn.docx" }),
      certifiedCopy("Văn bằng chuyên môn phù hợp với chức danh đề nghị cấp"),
      original("Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh"),
      original("Giấy xác nhận đạt kiểm tra đánh giá năng lực hành nghề"),
      paper("Ảnh chân dung cỡ 4x6 cm", { originals: 2 }),
    ],
    steps: departmentSteps("Sở Y tế"),
    legalBasis: [LUAT_KCB, ND_96_2023],
    resultName: "Giấy phép hành nghề khám bệnh, chữa bệnh",
    electronicResult: true,
  },
  {
    code: "1.002952",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Cấp Chứng chỉ hành nghề dược",
    field: DUOC,
    levels: ["department"],
    agencyCodes: [SO_Y_TE],
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: workingDays(20),
    fees: [fee("Phí thẩm định cấp Chứng chỉ hành nghề dược", 500_000, "đồng/hồ sơ")],
    components: [
      original("Đơn đề nghị cấp Chứng chỉ hành nghề dược", { template: "don-de-nghi-cap-cchn-duoc.docx" }),
      certifiedCopy("Văn bằng chuyên môn"),
      original("Giấy xác nhận về thời gian thực hành chuyên môn"),
      original("Giấy chứng nhận đủ sức khỏe để hành nghề dược"),
      paper("Ảnh chân dung cỡ 4x6 cm", { originals: 2 }),
    ],
    steps: departmentSteps("Sở Y tế", ["Hội đồng tư vấn cấp Chứng chỉ hành nghề dược xem xét hồ sơ."]),
    legalBasis: [LUAT_DUOC, ND_54_2017],
    resultName: "Chứng chỉ hành nghề dược",
    electronicResult: true,
  },
  {
    code: "1.002969",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc)",
    field: DUOC,
    levels: ["department"],
    agencyCodes: [SO_Y_TE],
    applicantTypes: ["individual", "organization"],
    serviceLevel: "partial_online",
    processingTime: calendarDays(20),
    fees: [fee("Phí thẩm định điều kiện kinh doanh thuốc", 1_000_000, "đồng/cơ sở")],
    components: [
      original("Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược"),
      original(
        "Tài liệu kỹ thuật tương ứng với cơ sở kinh doanh dược (Thực hành tốt cơ sở bán lẻ thuốc - GPP)",
      ),
      certifiedCopy("Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn"),
    ],
    steps: departmentSteps("Sở Y tế", [
      "Đánh giá thực tế việc đáp ứng Thực hành tốt cơ sở bán lẻ thuốc tại cơ sở.",
    ]),
    legalBasis: [LUAT_DUOC, ND_54_2017],
    resultName: "Giấy chứng nhận đủ điều kiện kinh doanh dược",
  },
  {
    code: "1.001069",
    // mã minh họa, chưa đối chiếu CSDL quốc gia
    name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống",
    field: AN_TOAN_THUC_PHAM,
    levels: ["department"],
    agencyCodes: [SO_Y_TE],
    applicantTypes: ["individual", "organization"],
    serviceLevel: "full_online",
    processingTime: workingDays(20),
    fees: [
      fee("Phí thẩm định cơ sở phục vụ dưới 200 suất ăn", 700_000, "đồng/lần thẩm định"),
      fee("Phí thẩm định cơ sở phục vụ từ 200 suất ăn trở lên", 1_000_000, "đồng/lần thẩm định"),
    ],
    components: [
      original("Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"),
      original(
        "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm",
      ),
      original(
        "Giấy xác nhận đủ sức khỏe, xác nhận kiến thức về an toàn thực phẩm của chủ cơ sở và người trực tiếp chế biến",
      ),
    ],
    steps: departmentSteps("Sở Y tế", [
      "Đoàn thẩm định thẩm định thực tế điều kiện an toàn thực phẩm tại cơ sở.",
    ]),
    requirements: ["Giấy chứng nhận có hiệu lực 03 năm."],
    legalBasis: [LUAT_ATTP, ND_15_2018],
    resultName: "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
  },
];

export const DEMO_PROCEDURES: CatalogRecordInput[] = [
  ...CIVIL_STATUS,
  ...CERTIFICATION,
  ...COMMUNE_ECONOMY,
  ...JUSTICE,
  ...CONSTRUCTION,
  ...ENTERPRISES,
  ...LAND_AND_ENVIRONMENT,
  ...HEALTH,
];

/**
 * Adds the demo procedures whose codes are not in the catalog yet, published as version 1.
 * Idempotent: a procedure already there (perhaps edited since) is left as it is.
 */
export async function loadDemoProcedures(db: Db): Promise<number> {
  const existing = new Set((await db.selectFrom("procedure").select("code").execute()).map((r) => r.code));
  const missing = DEMO_PROCEDURES.filter((p) => !existing.has(p.code));
  if (missing.length === 0) return 0;
  const report = await importCatalog(db, { procedures: missing }, { officerId: null });
  if (!report.applied) {
    throw new Error(`Demo procedures refused by the catalog import: ${JSON.stringify(report.rejected)}`);
  }
  return report.added.length;
}
