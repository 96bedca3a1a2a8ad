import { DomainError } from "../errors.ts";
import { type DossierStatus, STATUS_LABELS } from "./status.ts";

/**
 * Every refusal of the dossier domain: a stable code, a Vietnamese message and the rule it
 * enforces. The codes are part of the API (the HTTP layer answers them as problem+json `code`).
 */
function refuse(
  code: string,
  message: string,
  rule?: string,
  details?: Record<string, unknown>,
): DomainError {
  const options: { rule?: string; details?: Record<string, unknown> } = {};
  if (rule !== undefined) options.rule = rule;
  if (details !== undefined) options.details = details;
  return new DomainError(code, message, options);
}

export const DossierErrors = {
  timeOrder: (now: number, last: number) =>
    refuse(
      "DOSSIER_TIME_ORDER",
      "Thời điểm thao tác không được sớm hơn thao tác trước đó trên hồ sơ.",
      undefined,
      {
        now,
        lastEventAt: last,
      },
    ),
  required: () => refuse("DOSSIER_REQUIRED", "Thao tác này cần một hồ sơ đã có."),
  alreadyExists: () => refuse("DOSSIER_ALREADY_EXISTS", "Hồ sơ đã tồn tại; không tạo lại được."),
  unknownCommand: (type: string) =>
    refuse("DOSSIER_COMMAND_UNKNOWN", `Thao tác "${type}" không được hỗ trợ.`, undefined, { type }),
  status: (status: DossierStatus, rule: string | undefined, command: string) =>
    refuse(
      "DOSSIER_STATUS_NOT_ALLOWED",
      `Không thực hiện được thao tác này khi hồ sơ ở trạng thái «${STATUS_LABELS[status]}».`,
      rule,
      { status, command },
    ),
  fieldRequired: (field: string, label: string, rule?: string) =>
    refuse("DOSSIER_FIELD_REQUIRED", `${label} không được để trống.`, rule, { field }),
  amountInvalid: (field: string) =>
    refuse("DOSSIER_AMOUNT_INVALID", "Số tiền phải là số nguyên đồng, không âm.", "PAY-1", { field }),

  // PRC-9 and the one-stop / leader / control roles.
  notOneStop: () =>
    refuse(
      "ACTOR_NOT_ONE_STOP",
      "Chỉ cán bộ Bộ phận Một cửa của cơ quan tiếp nhận hồ sơ được thực hiện thao tác này.",
      "PRC-9",
    ),
  notStepOfficer: () =>
    refuse(
      "ACTOR_NOT_STEP_OFFICER",
      "Chỉ cán bộ đúng vai trò, thuộc đơn vị được giao bước xử lý hiện tại được thực hiện thao tác này.",
      "PRC-9",
    ),
  notAssignee: () =>
    refuse("ACTOR_NOT_ASSIGNEE", "Hồ sơ đã được phân công cho cán bộ khác ở bước này.", "PRC-9"),
  notUnitHead: () =>
    refuse(
      "ACTOR_NOT_UNIT_HEAD",
      "Chỉ lãnh đạo đơn vị xử lý hoặc lãnh đạo cơ quan giải quyết được phân công hồ sơ.",
      "PRC-9",
    ),
  notLeader: () =>
    refuse(
      "ACTOR_NOT_AGENCY_LEADER",
      "Chỉ lãnh đạo cơ quan giải quyết hồ sơ được thực hiện thao tác này.",
      "PRC-9",
    ),
  notAgencyOfficer: () =>
    refuse(
      "ACTOR_NOT_AGENCY_OFFICER",
      "Chỉ cán bộ của cơ quan đang giải quyết hồ sơ, trong phạm vi quy trình, được thực hiện thao tác này.",
      "PRC-9",
    ),
  notProcedureControl: () =>
    refuse(
      "ACTOR_NOT_PROCEDURE_CONTROL",
      "Chỉ cán bộ kiểm soát thủ tục hành chính của Văn phòng UBND tỉnh được phê duyệt việc hủy hồ sơ.",
      "CAN-2",
    ),
  notOwner: () =>
    refuse(
      "ACTOR_NOT_OWNER",
      "Chỉ người đã nộp hồ sơ trực tuyến được thực hiện thao tác này trên Cổng.",
      "REC-8",
    ),
  actorNotAllowed: (rule?: string) =>
    refuse(
      "ACTOR_NOT_ALLOWED",
      "Người dùng không có quyền thực hiện thao tác này trên hồ sơ.",
      rule ?? "PRC-9",
    ),

  // Creation, codes, workflow (CODE, REC, PRC-1).
  codeInvalid: (code: string) =>
    refuse(
      "DOSSIER_CODE_INVALID",
      `Mã hồ sơ "${code}" không đúng cấu trúc <mã định danh cơ quan>-<YYMMDD>-<số thứ tự>.`,
      "CODE-1",
      { code },
    ),
  codeMismatch: (code: string, expected: string) =>
    refuse(
      "DOSSIER_CODE_MISMATCH",
      `Mã hồ sơ "${code}" không khớp với cơ quan tiếp nhận hoặc ngày tiếp nhận (${expected}).`,
      "CODE-1",
      { code, expected },
    ),
  // SEC-4 / REC-6: a reception entered afterwards with its real time.
  lateEntryKindInvalid: (kind: string) =>
    refuse(
      "LATE_ENTRY_KIND_INVALID",
      "Lý do nhập bù phải là tiếp nhận trên giấy khi hệ thống gián đoạn hoặc tiếp nhận ngoài trụ sở.",
      "SEC-4",
      { kind },
    ),
  lateEntryInFuture: (receivedAt: number) =>
    refuse(
      "LATE_ENTRY_IN_FUTURE",
      "Thời điểm tiếp nhận thực tế không được sau thời điểm nhập hồ sơ vào hệ thống.",
      "SEC-4",
      { receivedAt },
    ),
  lateEntryTooOld: (receivedAt: number, maxDays: number) =>
    refuse(
      "LATE_ENTRY_TOO_OLD",
      `Chỉ nhập bù được hồ sơ tiếp nhận trong vòng ${maxDays} ngày trước thời điểm nhập.`,
      "SEC-4",
      { receivedAt, maxDays },
    ),
  workflowEmpty: () => refuse("WORKFLOW_EMPTY", "Quy trình điện tử phải có ít nhất một bước xử lý.", "PRC-1"),
  workflowStepInvalid: (index: number) =>
    refuse(
      "WORKFLOW_STEP_INVALID",
      `Bước ${index + 1} của quy trình thiếu cơ quan, đơn vị hoặc vai trò.`,
      "PRC-1",
      {
        index,
      },
    ),
  workflowTooLong: (stepsMinutes: number, statutoryMinutes: number) =>
    refuse(
      "WORKFLOW_TOO_LONG",
      "Tổng thời gian các bước của quy trình vượt quá thời hạn giải quyết theo quy định.",
      "PRC-1",
      { stepsMinutes, statutoryMinutes },
    ),
  channelInvalid: () =>
    refuse("DOSSIER_CHANNEL_INVALID", "Tiếp nhận trực tiếp chỉ qua quầy hoặc dịch vụ bưu chính.", "REC-1"),
  eFormRequired: () =>
    refuse("EFORM_REQUIRED", "Hồ sơ trực tuyến phải có tờ khai (biểu mẫu điện tử) đã điền.", "REC-4"),
  signatureRequired: () =>
    refuse("SIGNATURE_REQUIRED", "Thủ tục này yêu cầu ký số hồ sơ trước khi nộp trực tuyến.", "REC-4"),

  // Reception and supplements (REC-2, REC-3, PRC-5, PRC-6).
  itemsRequired: (rule: string) =>
    refuse(
      "SUPPLEMENT_ITEMS_REQUIRED",
      "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ phải nêu đầy đủ các nội dung cần bổ sung, một lần.",
      rule,
    ),
  receptionSupplementOnce: () =>
    refuse(
      "RECEPTION_SUPPLEMENT_ALREADY_REQUESTED",
      "Hồ sơ trực tuyến đã được yêu cầu bổ sung một lần; hướng dẫn phải đầy đủ một lần, nếu vẫn chưa đạt thì từ chối tiếp nhận.",
      "REC-3",
    ),
  supplementOnce: () =>
    refuse(
      "SUPPLEMENT_ALREADY_REQUESTED",
      "Hồ sơ đã được trả để bổ sung một lần; theo quy định chỉ được yêu cầu bổ sung một lần.",
      "PRC-5",
    ),
  supplementTooLate: (limit: number) =>
    refuse(
      "SUPPLEMENT_RETURN_TOO_LATE",
      "Đã quá thời hạn trả hồ sơ để bổ sung kể từ ngày tiếp nhận (mặc định 03 ngày làm việc).",
      "PRC-5",
      { limit },
    ),
  correctionOnce: () =>
    refuse(
      "CORRECTION_ALREADY_REQUESTED",
      "Hồ sơ đã được yêu cầu sửa đổi, bổ sung một lần; theo quy định chỉ được yêu cầu một lần.",
      "PRC-6",
    ),

  // Pauses (PAU).
  pauseReasonUnlawful: (reason: string) =>
    refuse(
      "PAUSE_REASON_NOT_LAWFUL",
      "Chỉ được tạm dừng khi: chờ thực hiện nghĩa vụ tài chính về đất đai; chờ nộp phí, lệ phí; chờ sửa đổi, bổ sung hồ sơ; chờ ý kiến cơ quan cấp trên.",
      "PAU-1",
      { reason },
    ),
  pauseProofRequired: () =>
    refuse(
      "PAUSE_PROOF_REQUIRED",
      "Tạm dừng phải kèm văn bản làm căn cứ (thông báo thuế, thông báo nộp phí, văn bản xin ý kiến).",
      "PAU-1",
    ),
  pauseUseCorrection: () =>
    refuse(
      "PAUSE_USE_CORRECTION_REQUEST",
      "Tạm dừng để sửa đổi, bổ sung hồ sơ phải lập Phiếu yêu cầu sửa đổi, bổ sung.",
      "PRC-6",
    ),
  pauseAmountRequired: () =>
    refuse("PAUSE_FEE_AMOUNT_REQUIRED", "Thông báo nộp phí, lệ phí phải có số tiền (đồng).", "PAU-1"),
  resumeFeesUnpaid: () =>
    refuse(
      "RESUME_FEES_UNPAID",
      "Chưa nộp đủ phí, lệ phí; hồ sơ tiếp tục tạm dừng cho đến khi nộp xong.",
      "PAU-1",
    ),
  resumeProofRequired: () =>
    refuse(
      "RESUME_PROOF_REQUIRED",
      "Phải đính kèm chứng từ hoàn thành nghĩa vụ tài chính hoặc văn bản cho ý kiến để tiếp tục xử lý.",
      "PAU-1",
    ),
  feePeriodNotOver: (due: number) =>
    refuse("FEE_PERIOD_NOT_OVER", "Chưa hết thời hạn nộp phí, lệ phí.", "PAU-2", { due }),

  // Late dossiers (PRC-7, PRC-8).
  apologyNotIssuer: () =>
    refuse(
      "APOLOGY_NOT_ISSUER",
      "Phiếu xin lỗi và hẹn lại ngày trả kết quả do cơ quan giải quyết hồ sơ phát hành (lãnh đạo cơ quan hoặc cán bộ xử lý theo quy trình); Bộ phận Một cửa chỉ điều chỉnh ngày hẹn.",
      "PRC-7",
    ),
  apologyOnce: () =>
    refuse(
      "APOLOGY_ALREADY_ISSUED",
      "Đã xin lỗi và hẹn lại ngày trả kết quả một lần; việc hẹn lại chỉ thực hiện không quá một lần.",
      "PRC-7",
    ),
  nothingToConfirm: () =>
    refuse(
      "APPOINTMENT_NOTHING_TO_CONFIRM",
      "Không có ngày hẹn mới nào chờ Bộ phận Một cửa điều chỉnh.",
      "PRC-7",
    ),
  lateWarningNotDue: () =>
    refuse(
      "LATE_WARNING_NOT_DUE",
      "Hồ sơ chưa đến thời điểm cảnh báo sắp quá hạn, hoặc đã được cảnh báo.",
      "PRC-7",
    ),
  latenessReasonRequired: () =>
    refuse(
      "LATENESS_REASON_REQUIRED",
      "Hồ sơ giải quyết quá hạn phải ghi rõ lý do quá hạn trước khi kết thúc.",
      "PRC-8",
    ),
  latenessReasonNotLate: () =>
    refuse(
      "LATENESS_REASON_NOT_LATE",
      "Hồ sơ còn trong hạn giải quyết; chỉ ghi lý do quá hạn khi hồ sơ đã quá hạn hoặc sắp đến hạn.",
      "PRC-8",
    ),

  // Workflow movement (PRC-1, PRC-2, PRC-4).
  noNextStep: () =>
    refuse("NO_NEXT_STEP", "Đây là bước cuối của quy trình; hãy trình lãnh đạo phê duyệt.", "PRC-1"),
  nextStepOtherAgency: () =>
    refuse(
      "NEXT_STEP_OTHER_AGENCY",
      "Bước tiếp theo thuộc cơ quan khác; hãy chuyển liên thông hồ sơ.",
      "PRC-4",
    ),
  nextStepSameAgency: () =>
    refuse("NEXT_STEP_SAME_AGENCY", "Bước tiếp theo thuộc cùng cơ quan; hãy chuyển bước xử lý.", "PRC-4"),
  nextStepRequired: (choices: readonly number[]) =>
    refuse("NEXT_STEP_REQUIRED", "Quy trình rẽ nhánh ở bước này; phải chọn bước xử lý tiếp theo.", "PRC-1", {
      choices,
    }),
  notLastStep: () =>
    refuse("NOT_LAST_STEP", "Chỉ trình lãnh đạo phê duyệt sau bước cuối của quy trình.", "PRC-1"),
  stepIndexInvalid: (index: number) =>
    refuse("STEP_INDEX_INVALID", `Quy trình không có bước ${index + 1}.`, "PRC-1", { index }),

  // Consultation (PRC-3).
  consultationDuplicate: (id: string) =>
    refuse("CONSULTATION_DUPLICATE", "Mã yêu cầu xin ý kiến đã tồn tại.", "PRC-3", { id }),
  consultationNotFound: (id: string) =>
    refuse("CONSULTATION_NOT_FOUND", "Không có yêu cầu xin ý kiến đang chờ trả lời với mã này.", "PRC-3", {
      id,
    }),

  // Results (RES).
  resultMissing: () => refuse("RESULT_MISSING", "Chưa có kết quả giải quyết được tải lên hệ thống.", "RES-1"),
  resultHasError: () =>
    refuse(
      "RESULT_HAS_ERROR",
      "Kết quả đang có sai sót được ghi nhận; phải đính chính trước khi trả.",
      "RES-2",
    ),
  resultErrorAlreadyFlagged: () =>
    refuse(
      "RESULT_ERROR_ALREADY_FLAGGED",
      "Sai sót của kết quả đã được ghi nhận, đang chờ đính chính.",
      "RES-2",
    ),
  noFeesOutstanding: () =>
    refuse(
      "FEES_NOTHING_OUTSTANDING",
      "Hồ sơ không có phí, lệ phí phải nộp (không thu phí hoặc đã nộp đủ); không ghi nhận thêm khoản nộp.",
      "PAY-1",
    ),
  feesUnpaid: (due: number, paid: number) =>
    refuse(
      "FEES_UNPAID",
      "Người nộp hồ sơ chưa thực hiện xong nghĩa vụ tài chính; chưa được trả kết quả.",
      "RES-2",
      { due, paid },
    ),
  deliveryNotChosen: (method: string) =>
    refuse(
      "DELIVERY_METHOD_NOT_CHOSEN",
      "Người nộp hồ sơ không đăng ký nhận kết quả theo hình thức này.",
      "REC-7",
      { method },
    ),
  nothingToCorrect: () =>
    refuse("RESULT_NOTHING_TO_CORRECT", "Kết quả đính chính phải khác kết quả hiện có.", "RES-5"),

  // Withdrawal (WDR).
  withdrawalLetterRequired: () =>
    refuse(
      "WITHDRAWAL_LETTER_REQUIRED",
      "Yêu cầu rút hồ sơ bằng đơn phải được sao chụp (scan) và đính kèm.",
      "WDR-1",
    ),
  withdrawalHasResult: () =>
    refuse("WITHDRAWAL_HAS_RESULT", "Hồ sơ đã có kết quả giải quyết; không cho rút hồ sơ.", "WDR-3"),
  withdrawalMustBeAllowed: () =>
    refuse(
      "WITHDRAWAL_MUST_BE_ALLOWED",
      "Hồ sơ chưa có kết quả giải quyết; phải cho rút hồ sơ theo yêu cầu.",
      "WDR-3",
    ),

  // Cancellation (CAN).
  cancellationNotTest: () =>
    refuse(
      "CANCELLATION_NOT_TEST_DOSSIER",
      "Hồ sơ không phải hồ sơ kiểm thử; chỉ hủy hồ sơ kiểm thử hoặc hồ sơ tiếp nhận trực tiếp nhập trùng, nhập sai thủ tục.",
      "CAN-1",
    ),
  cancellationNotCounter: () =>
    refuse(
      "CANCELLATION_NOT_COUNTER_DOSSIER",
      "Chỉ hủy do nhập trùng, nhập sai thủ tục đối với hồ sơ tiếp nhận trực tiếp tại Bộ phận Một cửa.",
      "CAN-1",
    ),
  cancellationAssignmentRequired: () =>
    refuse(
      "CANCELLATION_ASSIGNMENT_REQUIRED",
      "Hủy hồ sơ kiểm thử phải đính kèm văn bản giao nhiệm vụ kiểm thử.",
      "CAN-1",
    ),
  cancellationCodesRequired: () =>
    refuse(
      "CANCELLATION_CODES_REQUIRED",
      "Đề nghị hủy phải kèm danh sách mã hồ sơ nhập trùng, nhập sai thủ tục của cùng người nộp.",
      "CAN-2",
    ),
  cancellationDuplicateUnknown: (code: string) =>
    refuse(
      "CANCELLATION_DUPLICATE_NOT_FOUND",
      `Không có hồ sơ mang mã ${code}; danh sách mã nhập trùng phải là mã của hồ sơ đã có trong hệ thống.`,
      "CAN-2",
      { code },
    ),
  cancellationDuplicateSelf: (code: string) =>
    refuse(
      "CANCELLATION_DUPLICATE_SELF",
      `Mã ${code} là mã của chính hồ sơ đề nghị hủy; hãy ghi mã của hồ sơ nhập trùng còn giữ lại.`,
      "CAN-2",
      { code },
    ),
  cancellationDuplicateOtherApplicant: (code: string) =>
    refuse(
      "CANCELLATION_DUPLICATE_OTHER_APPLICANT",
      `Hồ sơ ${code} không phải của cùng người nộp hồ sơ; chỉ kê mã hồ sơ nhập trùng, nhập sai thủ tục của cùng người nộp.`,
      "CAN-2",
      { code },
    ),
} as const;
