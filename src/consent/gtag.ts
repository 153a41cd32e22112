type Gtag = (...args: unknown[]) => void;

/**
 * Call the page's `gtag`, first defining Google's standard queue (`dataLayer`) when the page has
 * none yet, so Consent Mode commands are in place before any Google tag loads.
 */
export function gtag(...args: unknown[]): void {
  const w = window as unknown as { dataLayer?: unknown[]; gtag?: Gtag };
  if (typeof w.gtag !== 'function') {
    const layer = (w.dataLayer = w.dataLayer || []);
    // Google's tags read the queue's entries as `arguments` objects, not arrays.
    w.gtag = function () {
      // eslint-disable-next-line prefer-rest-params
      layer.push(arguments);
    };
  }
  w.gtag(...args);
}
