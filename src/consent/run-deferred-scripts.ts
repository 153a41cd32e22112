import { isDataCategoryGranted } from '../lib/consent/index.ts';

/**
 * Run each `<script type="text/plain" data-category="…">` whose categories are all granted, once:
 * a real script (type from `data-type`, default classic) is put right after it with its other
 * attributes and its code, and the placeholder is marked `data-redline-ran`.
 */
export function runDeferredScripts(granted: readonly string[]): void {
  const placeholders = document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-category]:not([data-redline-ran])');
  for (const placeholder of placeholders) {
    if (!isDataCategoryGranted(placeholder.getAttribute('data-category'), granted)) continue;
    placeholder.setAttribute('data-redline-ran', '');
    const script = document.createElement('script');
    for (const { name, value } of placeholder.attributes) {
      if (name === 'data-type') script.type = value;
      else if (!['type', 'data-category', 'data-redline-ran'].includes(name)) script.setAttribute(name, value);
    }
    script.text = placeholder.text;
    placeholder.after(script);
  }
}
