/**
 * Tell whether a `data-category` value (one id, or several separated by spaces, all needed) is
 * covered by the granted categories; an empty value never is.
 */
export function categoriesGranted(value: string | null, granted: readonly string[]): boolean {
  const needed = (value ?? '').split(/\s+/).filter(Boolean);
  return needed.length > 0 && needed.every((id) => granted.includes(id));
}
