/** Resource labels of the profiled process, sent as repeated `label=key=value` parameters. */
export type Labels = Readonly<Record<string, string>>;

/**
 * Parses the `key=value,key2=value2` format of OTEL_RESOURCE_ATTRIBUTES, also
 * used by FLAMEHOUSE_LABELS so that one syntax covers both. Values are
 * percent-decoded as the OpenTelemetry spec requires. Returns undefined when
 * any entry is malformed: the spec says to discard the whole value then,
 * because a half-applied list silently mislabels the data.
 */
export function parseLabelList(text: string): Labels | undefined {
  // No prototype: a key such as `__proto__` or `constructor` is just a key.
  const labels = Object.create(null) as Record<string, string>;
  for (const entry of text.split(',')) {
    // Tolerate a trailing comma or blank entries: they carry no pair.
    if (entry.trim() === '') continue;
    const separator = entry.indexOf('=');
    if (separator <= 0) return undefined;
    const key = entry.slice(0, separator).trim();
    if (key === '') return undefined;
    const value = percentDecode(entry.slice(separator + 1).trim());
    if (value === undefined) return undefined;
    labels[key] = value;
  }
  return labels;
}

function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
