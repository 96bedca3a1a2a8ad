import type { ConsentPurpose } from "../../../contracts/citizen.ts";

interface ConsentText {
  title: string;
  text: string;
  /** Changing the text needs a new version: consents given to an older one are asked again. */
  textVersion: string;
}

/**
 * What a citizen can consent to (SEC-5: personal data is reused only with consent, for a stated
 * purpose). `prefill_forms` is REC-5's pre-filling of later forms.
 */
export const CONSENT_PURPOSES: Record<ConsentPurpose, ConsentText> = {
  prefill_forms: {
    title: "Điền sẵn biểu mẫu",
    text:
      "Tôi đồng ý để hệ thống lưu lại thông tin tôi đã khai khi nộp hồ sơ và dùng thông tin đó để điền " +
      "sẵn các biểu mẫu khi tôi nộp hồ sơ lần sau. Tôi có thể rút lại sự đồng ý bất cứ lúc nào; việc rút " +
      "lại không ảnh hưởng đến các hồ sơ đã nộp.",
    textVersion: "2026-01",
  },
  reuse_documents: {
    title: "Sử dụng lại giấy tờ và kết quả đã có",
    text:
      "Tôi đồng ý để cơ quan giải quyết thủ tục hành chính sử dụng lại các giấy tờ tôi đã nộp và các kết " +
      "quả giải quyết thủ tục hành chính đã cấp cho tôi (đã số hoá, lưu trong kho dữ liệu) để giải quyết " +
      "các hồ sơ sau của tôi, thay cho việc nộp lại. Tôi có thể rút lại sự đồng ý bất cứ lúc nào.",
    textVersion: "2026-01",
  },
};

export const CONSENT_PURPOSE_CODES = Object.keys(CONSENT_PURPOSES) as ConsentPurpose[];
