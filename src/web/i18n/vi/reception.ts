/** Officers' counter and postal reception. */
export const reception = {
  receptionArea: {
    title: "Tiếp nhận hồ sơ",
  },
} as const;
