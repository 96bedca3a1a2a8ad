/** Citizens and organizations signed in with the e-ID (VNeID): header, sign-in page, own page, consents. */
export const citizen = {
  citizenNav: {
    signIn: "Đăng nhập bằng VNeID",
    signInShort: "Đăng nhập VNeID",
    loading: "Đang kiểm tra đăng nhập của người dân",
    menuLabel: "Tài khoản người dân: {{name}}",
    profile: "Trang cá nhân",
    signOut: "Đăng xuất",
    signOutFailed: "Chưa đăng xuất được. {{reason}}",
  },
  citizenSignIn: {
    cancelledTitle: "Bạn đã huỷ đăng nhập",
    cancelled:
      "Bạn đã huỷ đăng nhập hoặc chưa đồng ý chia sẻ thông tin định danh điện tử với Cổng dịch vụ công. Bạn có thể đăng nhập lại bất cứ lúc nào.",
    pageTitle: "Đăng nhập bằng VNeID",
    title: "Đăng nhập bằng tài khoản định danh điện tử VNeID",
    intro:
      "Người dân, cơ quan, tổ chức, doanh nghiệp đăng nhập Cổng dịch vụ công bằng tài khoản định danh điện tử do Bộ Công an cấp (ứng dụng VNeID) để nộp và theo dõi hồ sơ trực tuyến.",
    levelsTitle: "Tài khoản được sử dụng",
    level1:
      "Tài khoản định danh điện tử mức 1 và mức 2 đều đăng nhập được. Một số thủ tục yêu cầu tài khoản mức 2.",
    level2:
      "Với tài khoản mức 2, thông tin định danh được coi là giấy tờ đã xuất trình: bạn không phải nộp bản sao hay xuất trình thẻ Căn cước khi nộp hồ sơ.",
    organization:
      "Cơ quan, tổ chức, doanh nghiệp đăng nhập bằng tài khoản định danh điện tử của người đại diện; hồ sơ được nộp nhân danh tổ chức.",
    sharedData:
      "Sau khi đăng nhập, VNeID hỏi bạn có đồng ý chia sẻ với Cổng dịch vụ công các thông tin: họ tên, số định danh cá nhân, ngày sinh, giới tính, nơi cư trú, số điện thoại, thư điện tử.",
    noAccount:
      "Chưa có tài khoản? Đăng ký trên ứng dụng VNeID hoặc tại cơ quan Công an nơi cư trú, rồi quay lại trang này.",
    continue: "Tiếp tục với VNeID",
    redirecting: "Đang chuyển sang VNeID…",
    afterSignIn: "Sau khi đăng nhập, bạn được đưa trở lại Cổng dịch vụ công.",
    officerPrompt: "Bạn là cán bộ, công chức?",
    officerLink: "Đăng nhập cán bộ",
  },
  citizenProfile: {
    pageTitle: "Trang cá nhân",
    title: "Trang cá nhân",
    kind: {
      individual: "Cá nhân",
      organization: "Tổ chức",
    },
    level: "Định danh điện tử mức {{level}}",
    presentedTitle: "Thông tin định danh được coi là giấy tờ đã xuất trình",
    presented:
      "Tài khoản của bạn là tài khoản định danh điện tử mức 2: thông tin định danh được coi là giấy tờ đã xuất trình. Khi nộp hồ sơ, bạn không phải nộp bản sao hay xuất trình thẻ Căn cước.",
    notPresentedTitle: "Tài khoản định danh điện tử mức 1",
    notPresented:
      "Thông tin định danh của tài khoản mức 1 chưa được coi là giấy tờ đã xuất trình: khi thủ tục yêu cầu, bạn vẫn cần xuất trình giấy tờ tùy thân. Bạn có thể nâng tài khoản lên mức 2 tại cơ quan Công an.",
    identityTitle: "Thông tin định danh",
    identitySource:
      "Thông tin do VNeID cung cấp, cập nhật lúc {{time}} (lần đăng nhập gần nhất). Nếu thông tin chưa đúng, hãy điều chỉnh trên VNeID rồi đăng nhập lại.",
    fullName: "Họ và tên",
    identityNumber: "Số định danh cá nhân",
    showNumber: "Hiện",
    hideNumber: "Ẩn",
    showNumberLabel: "Hiện đầy đủ số định danh cá nhân",
    hideNumberLabel: "Ẩn số định danh cá nhân",
    maskedNumber: "Số định danh cá nhân đã ẩn, kết thúc bằng {{last}}",
    birthDate: "Ngày sinh",
    gender: "Giới tính",
    genders: {
      male: "Nam",
      female: "Nữ",
      other: "Khác",
    },
    address: "Nơi cư trú",
    phone: "Số điện thoại",
    email: "Thư điện tử",
    missing: "Chưa có thông tin",
    organizationTitle: "Tổ chức bạn đại diện",
    organizationIntro:
      "Bạn đăng nhập với tư cách người đại diện của tổ chức; hồ sơ bạn nộp được đứng tên tổ chức này.",
    organizationName: "Tên tổ chức",
    taxCode: "Mã số thuế",
    signOut: "Đăng xuất",
    signOutFailed: "Đăng xuất không thành công",
  },
  citizenConsents: {
    title: "Đồng ý sử dụng dữ liệu cá nhân",
    intro:
      "Thông tin cá nhân của bạn chỉ được sử dụng lại cho các mục đích dưới đây khi bạn đồng ý. Bạn có thể rút lại sự đồng ý bất cứ lúc nào; việc rút lại không ảnh hưởng đến các hồ sơ đã nộp.",
    loadFailed: "Không tải được thông tin về sự đồng ý",
    retry: "Thử lại",
    /** Shown in other languages only: the text agreed to is the Vietnamese one from the server. */
    textLanguageNote: "Nội dung đồng ý là văn bản tiếng Việt dưới đây.",
    purposes: {
      prefill_forms: "Điền sẵn biểu mẫu",
      reuse_documents: "Sử dụng lại giấy tờ và kết quả đã có",
    },
    version: "Phiên bản nội dung: {{version}}",
    switchLabel: "Đồng ý",
    statusGranted: "Đang đồng ý",
    statusNotGranted: "Chưa đồng ý",
    statusOutdated: "Cần đồng ý lại",
    grantedAt: "Đồng ý lúc {{time}}.",
    outdatedTitle: "Nội dung đã được cập nhật",
    outdated:
      "Bạn đã đồng ý với phiên bản {{old}}; nội dung hiện nay là phiên bản {{version}}. Hãy đọc lại và bật “Đồng ý” nếu bạn vẫn đồng ý. Cho đến khi đó, thông tin của bạn không được sử dụng cho mục đích này.",
    outdatedUnknown:
      "Bạn đã đồng ý với một phiên bản cũ; nội dung hiện nay là phiên bản {{version}}. Hãy đọc lại và bật “Đồng ý” nếu bạn vẫn đồng ý. Cho đến khi đó, thông tin của bạn không được sử dụng cho mục đích này.",
    withdrawOld: "Rút lại sự đồng ý cũ",
    saving: "Đang lưu…",
    granted: "Đã ghi nhận sự đồng ý: {{purpose}}.",
    withdrawn: "Đã rút lại sự đồng ý: {{purpose}}.",
    changeFailed: "Chưa lưu được thay đổi",
    historyTitle: "Lịch sử đồng ý",
    historyEmpty: "Chưa có lần đồng ý hay rút lại nào.",
    events: {
      granted: "Đồng ý",
      withdrawn: "Rút lại",
      superseded: "Thay bằng phiên bản mới",
    },
    eventVersion: "phiên bản {{version}}",
    eventSuperseded: "phiên bản {{version}}, thay bằng phiên bản {{newVersion}}",
  },
} as const;
