/**
 * Runs `then` after every call of `target[method]`, however the call ends, as
 * an own property over the inherited method, so other objects of the class
 * are untouched. Returns false when the object does not let us: no such
 * method, or frozen.
 */
export function runAfterCall(target: object, method: string, then: () => void): boolean {
  const holder = target as Record<string, unknown>;
  const original = holder[method];
  if (typeof original !== 'function') return false;
  try {
    holder[method] = function (this: unknown, ...args: unknown[]) {
      try {
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        then();
      }
    };
    return true;
  } catch {
    return false;
  }
}
