/** The access key every local emulator accepts and every local function uses (never a real credential). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'LOCALACCESSKEY', secretAccessKey: 'local-secret-key' } as const;
