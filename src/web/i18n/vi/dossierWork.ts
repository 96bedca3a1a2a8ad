/** Officers' inbox and dossier page. */
export const dossierWork = {
  dossierWorkArea: {
    title: "Hồ sơ cần xử lý",
  },
} as const;
