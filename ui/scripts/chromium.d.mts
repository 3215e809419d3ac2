/** The browser the UI tests drive (CHROMIUM_PATH, else the one @sparticuz/chromium ships) and its flags. */
export function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[] }>;
