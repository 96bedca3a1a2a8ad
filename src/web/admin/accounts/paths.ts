export const ACCOUNTS_PATH = "/quan-tri/tai-khoan";
export const accountPath = (id: string) => `${ACCOUNTS_PATH}/${encodeURIComponent(id)}`;
export const NEW_ACCOUNT_PATH = `${ACCOUNTS_PATH}/tao-moi`;
