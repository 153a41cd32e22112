/** Read a first-party cookie's raw value, or null when it is not set. */
export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** Store a first-party cookie for `days` days on the whole site (Secure on HTTPS, SameSite=Lax). */
export function writeCookie(name: string, value: string, days: number): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${value}; Path=/; Max-Age=${Math.round(days * 86400)}; SameSite=Lax${secure}`;
}
