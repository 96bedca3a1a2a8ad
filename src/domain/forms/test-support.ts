import type { AddressDirectory } from "./address.ts";
import type { FormDefinitionInput } from "./definition.ts";

/** A small directory: two provinces with a few communes (codes for tests only). */
export const TEST_DIRECTORY: AddressDirectory = {
  provinces: [
    { code: "38", name: "Tỉnh Thanh Hóa" },
    { code: "01", name: "Thành phố Hà Nội" },
  ],
  communes: [
    { code: "38001", name: "Phường Hạc Thành", provinceCode: "38" },
    { code: "38002", name: "Phường Sầm Sơn", provinceCode: "38" },
    { code: "01001", name: "Phường Hoàn Kiếm", provinceCode: "01" },
  ],
};

export const TODAY = "2026-07-09";

/** A cut-down birth registration form exercising conditions, groups, addresses and ID numbers. */
export const BIRTH_FORM: FormDefinitionInput = {
  schemaVersion: 1,
  title: "Tờ khai đăng ký khai sinh",
  sections: [
    {
      key: "child",
      title: "Người được khai sinh",
      fields: [
        { key: "childName", type: "text", label: "Họ, chữ đệm và tên", required: true, maxLength: 100 },
        {
          key: "sex",
          type: "radio",
          label: "Giới tính",
          required: true,
          options: [
            { value: "nam", label: "Nam" },
            { value: "nu", label: "Nữ" },
          ],
        },
        { key: "birthDate", type: "date", label: "Ngày, tháng, năm sinh", required: true, max: "today" },
        { key: "birthPlace", type: "address", label: "Nơi sinh", required: true },
        {
          key: "weightGrams",
          type: "number",
          label: "Cân nặng",
          integer: true,
          min: 300,
          max: 8000,
          unit: "g",
        },
      ],
    },
    {
      key: "father",
      title: "Cha",
      fields: [
        { key: "hasFather", type: "checkbox", label: "Khai thông tin người cha" },
        {
          key: "fatherName",
          type: "text",
          label: "Họ, chữ đệm và tên người cha",
          required: true,
          visibleWhen: { field: "hasFather", equals: true },
        },
        {
          key: "fatherBirthDate",
          type: "date",
          label: "Ngày sinh của cha",
          visibleWhen: { field: "hasFather", equals: true },
        },
        {
          key: "fatherId",
          type: "idNumber",
          label: "Số định danh cá nhân của cha",
          required: true,
          accept: ["cccd", "cmnd"],
          birthDateField: "fatherBirthDate",
          visibleWhen: { field: "hasFather", equals: true },
        },
      ],
    },
    {
      key: "requester",
      title: "Người yêu cầu",
      fields: [
        { key: "requesterPhone", type: "phone", label: "Số điện thoại", required: true, kinds: ["mobile"] },
        { key: "requesterEmail", type: "email", label: "Thư điện tử" },
        {
          key: "copies",
          type: "group",
          label: "Bản sao đề nghị cấp",
          itemLabel: "Bản sao",
          maxItems: 3,
          fields: [
            { key: "purpose", type: "select", label: "Mục đích", required: true, options: purposes() },
            {
              key: "otherPurpose",
              type: "text",
              label: "Mục đích khác",
              required: true,
              visibleWhen: { field: "purpose", equals: "khac" },
            },
          ],
        },
        {
          key: "declare",
          type: "checkbox",
          label: "Tôi cam đoan nội dung khai là đúng sự thật",
          required: true,
        },
      ],
    },
  ],
};

function purposes() {
  return [
    { value: "hoc", label: "Nhập học" },
    { value: "khac", label: "Khác" },
  ];
}

/** A submission the birth form accepts. */
export function validBirthData(): Record<string, unknown> {
  return {
    childName: "Nguyễn Văn An",
    sex: "nam",
    birthDate: "2026-07-01",
    birthPlace: {
      provinceCode: "38",
      communeCode: "38001",
      street: "Bệnh viện Đa khoa tỉnh, 181 Hải Thượng Lãn Ông",
    },
    hasFather: true,
    fatherName: "Nguyễn Văn Bình",
    fatherBirthDate: "1990-03-15",
    fatherId: "038090001234",
    requesterPhone: "0912 345 678",
    copies: [{ purpose: "hoc" }],
    declare: true,
  };
}
