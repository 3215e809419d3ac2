// The API token a user typed in, kept for this tab only (sessionStorage): a
// server with FLAMEHOUSE_AUTH_FILE answers 401 until the page sends one.
const KEY = 'flamehouse.token';

export function storedToken(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    // Storage refused (a sandboxed frame): no token, the server says so.
    return undefined;
  }
}

export function storeToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

/** The Authorization header for API requests, when a token was given. */
export function authHeaders(): Record<string, string> {
  const token = storedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
