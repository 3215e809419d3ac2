import { matchesValue, PROFILE_TYPES, type LabelMatcher, type ProfileType } from '@flamehouse/proto';
import { PYROSCOPE_PROFILE_TYPES, profileTypeOfId } from './profile-type-ids.js';

// Pyroscope selects on labels that Flamehouse keeps elsewhere: the service is
// our `service` column (Pyroscope's `service_name`), and the profile type is
// our `type` column (`__profile_type__`, `__name__`, `__type__`…). Matchers on
// those are resolved here; the rest are label filters on the series table.

/** Label names that stand for the service. */
export const SERVICE_LABEL = 'service_name';
const SERVICE_KEYS: ReadonlySet<string> = new Set([SERVICE_LABEL, 'service', '__service_name__']);

/** The labels Pyroscope puts on every series of a type. */
export function typeLabels(type: ProfileType): ReadonlyMap<string, string> {
  const t = PYROSCOPE_PROFILE_TYPES[type];
  return new Map([
    ['__profile_type__', t.id],
    ['__name__', t.name],
    ['__type__', t.sampleType],
    ['__unit__', t.sampleUnit],
    ['__period_type__', t.periodType],
    ['__period_unit__', t.periodUnit],
  ]);
}

const TYPE_KEYS: ReadonlySet<string> = new Set(typeLabels('cpu').keys());

export interface SplitMatchers {
  readonly service: readonly LabelMatcher[];
  readonly type: readonly LabelMatcher[];
  readonly labels: readonly LabelMatcher[];
}

/** What a label name stands for: the service, the profile type, or a label of the label sets. */
export function labelKind(key: string): keyof SplitMatchers {
  return SERVICE_KEYS.has(key) ? 'service' : TYPE_KEYS.has(key) ? 'type' : 'labels';
}

export function splitMatchers(matchers: readonly LabelMatcher[]): SplitMatchers {
  return {
    service: matchers.filter((m) => labelKind(m.key) === 'service'),
    type: matchers.filter((m) => labelKind(m.key) === 'type'),
    labels: matchers.filter((m) => labelKind(m.key) === 'labels'),
  };
}

/**
 * Whether a type's labels satisfy type matchers. A `__profile_type__` equality
 * compares types, so the Node SDK's spelling of an id selects the same type.
 */
export function typeMatches(type: ProfileType, matchers: readonly LabelMatcher[]): boolean {
  const labels = typeLabels(type);
  return matchers.every((m) => {
    if (m.key === '__profile_type__' && (m.op === '=' || m.op === '!=')) {
      const same = sameType(m.value, type);
      return m.op === '=' ? same : !same;
    }
    return matchesValue(m, labels.get(m.key));
  });
}

function sameType(id: string, type: ProfileType): boolean {
  try {
    return profileTypeOfId(id) === type;
  } catch {
    return false;
  }
}

export function typesMatching(matchers: readonly LabelMatcher[]): ProfileType[] {
  return PROFILE_TYPES.filter((type) => typeMatches(type, matchers));
}

export function serviceMatches(service: string, matchers: readonly LabelMatcher[]): boolean {
  return matchers.every((m) => matchesValue(m, service));
}
