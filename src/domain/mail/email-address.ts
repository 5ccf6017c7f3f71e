/**
 * A plausible mail address: one `@`, a dotted domain, no spaces, brackets or separators (what
 * the API's `email` format takes too). Whether it exists only its server can tell.
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\.]+$/.test(value);
}
