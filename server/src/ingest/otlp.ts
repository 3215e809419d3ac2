import { opentelemetry } from '@flamehouse/proto/otlp-profiles';
import { perftools } from '@flamehouse/proto/pprof';
import { SPAN_LABELS } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import type { PprofProfile } from './pprof-reader.js';
import { decompress } from './decompress.js';
import { toNumber } from './numbers.js';
import { walk, type ProfileLimits } from './pprof-reader.js';

// OTLP profiles (`v1development`, opentelemetry-proto 1.10+): a request of
// resources, each with scopes of profiles, over one dictionary of strings,
// functions, locations, stacks, links and attributes. Each OTLP profile
// becomes the pprof profile it describes, so the same normalize stores it.

const collector = opentelemetry.proto.collector.profiles.v1development;
type Request = opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest;
type Dictionary = opentelemetry.proto.profiles.v1development.ProfilesDictionary.$Properties;
type AnyValue = opentelemetry.proto.common.v1.AnyValue.$Properties;
type KeyValue = opentelemetry.proto.common.v1.KeyValue.$Properties;

export const OTLP_PROFILES_PATH = '/v1development/profiles';

function malformed(detail: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_INGEST_BAD_OTLP', `the upload is not a valid OTLP ExportProfilesServiceRequest: ${detail}`);
}

/** What a request holds, counted before anything is built from it. */
interface Counts {
  samples: number;
  locations: number;
  strings: number;
  maxAttributesPerSample: number;
}

function checkCounts(counts: Counts, limits: ProfileLimits): void {
  if (counts.samples > limits.maxSamples) {
    throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_SAMPLES', `the request has more than ${limits.maxSamples} samples`);
  }
  if (counts.locations > limits.maxLocations) {
    throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_LOCATIONS', `the request has more than ${limits.maxLocations} locations and functions`);
  }
  if (counts.strings > limits.maxStrings) {
    throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_STRINGS', `the request has more than ${limits.maxStrings} strings and attributes`);
  }
  if (counts.maxAttributesPerSample > limits.maxLabelsPerSample) {
    throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_LABELS', `a sample has more than ${limits.maxLabelsPerSample} attributes`);
  }
}

// Field numbers (profiles_service.proto, profiles.proto).
const REQUEST = { resourceProfiles: 1, dictionary: 2 };
const DICTIONARY = { location: 2, function: 3, link: 4, string: 5, attribute: 6, stack: 7 };
const NESTED = 2; // ResourceProfiles.scope_profiles, ScopeProfiles.profiles, Profile.samples, Sample.attribute_indices

/** Counts a binary request by walking its wire format, before it is decoded into objects. */
function countBinary(bytes: Uint8Array): Counts {
  const counts: Counts = { samples: 0, locations: 0, strings: 0, maxAttributesPerSample: 0 };
  const bad = (): FlamehouseError => malformed('malformed protobuf');
  const nested = (start: number, end: number, depth: number): void =>
    walk(
      bytes,
      start,
      end,
      (field, s, e) => {
        if (field !== NESTED) return;
        if (depth > 0) return nested(s, e, depth - 1);
        counts.samples++;
        // Packed attribute indices: one varint ends at each byte below 0x80.
        walk(bytes, s, e, (inner, is, ie) => {
          if (inner !== NESTED) return;
          let attributes = 0;
          for (let i = is; i < ie; i++) if (bytes[i]! < 0x80) attributes++;
          counts.maxAttributesPerSample = Math.max(counts.maxAttributesPerSample, attributes);
        }, bad);
      },
      bad,
    );
  walk(
    bytes,
    0,
    bytes.length,
    (field, start, end) => {
      if (field === REQUEST.resourceProfiles) nested(start, end, 2);
      else if (field === REQUEST.dictionary) {
        walk(bytes, start, end, (table) => {
          if (table === DICTIONARY.location || table === DICTIONARY.function) counts.locations++;
          else if (table === DICTIONARY.string || table === DICTIONARY.attribute) counts.strings++;
          else if (table === DICTIONARY.link || table === DICTIONARY.stack) counts.samples++;
        }, bad);
      }
    },
    bad,
  );
  return counts;
}

const snakeToCamel = (key: string): string => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/**
 * OTLP/JSON to what protobufjs's `fromObject` reads: keys in lowerCamelCase
 * (snake_case accepted too), and trace, span and profile ids from hex (as
 * OTLP/JSON writes them; protobufjs would read base64).
 */
function fromJson(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => fromJson(item, key));
  if (typeof value === 'string' && (key === 'traceId' || key === 'spanId' || key === 'profileId')) {
    return HEX.test(value) ? Buffer.from(value, 'hex') : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [raw, inner] of Object.entries(value)) {
    const camel = snakeToCamel(raw);
    out[camel] = fromJson(inner, camel);
  }
  return out;
}

function countJson(request: Record<string, unknown>): Counts {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined);
  const counts: Counts = { samples: 0, locations: 0, strings: 0, maxAttributesPerSample: 0 };
  for (const resource of list(request['resourceProfiles'])) {
    for (const scope of list(field(resource, 'scopeProfiles'))) {
      for (const profile of list(field(scope, 'profiles'))) {
        for (const sample of list(field(profile, 'samples'))) {
          counts.samples++;
          counts.maxAttributesPerSample = Math.max(counts.maxAttributesPerSample, list(field(sample, 'attributeIndices')).length);
        }
      }
    }
  }
  const dictionary = request['dictionary'];
  counts.locations = list(field(dictionary, 'locationTable')).length + list(field(dictionary, 'functionTable')).length;
  counts.strings = list(field(dictionary, 'stringTable')).length + list(field(dictionary, 'attributeTable')).length;
  counts.samples += list(field(dictionary, 'stackTable')).length + list(field(dictionary, 'linkTable')).length;
  return counts;
}

/** Decompresses (gzip, zstd or neither), checks the limits, then decodes binary or JSON. */
export function decodeOtlpRequest(body: Uint8Array, json: boolean, maxBytes: number, limits: ProfileLimits): Request {
  const raw = decompress(body, maxBytes);
  if (!json) {
    checkCounts(countBinary(raw), limits);
    try {
      return collector.ExportProfilesServiceRequest.decode(raw);
    } catch (error) {
      throw malformed((error as Error).message);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    throw malformed(`not JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw malformed('expected a JSON object');
  const object = fromJson(parsed) as Record<string, unknown>;
  checkCounts(countJson(object), limits);
  try {
    return collector.ExportProfilesServiceRequest.fromObject(object);
  } catch (error) {
    throw malformed((error as Error).message);
  }
}

/** The profiles of one resource, as pprof, with the labels its resource and scopes give them. */
export interface OtlpResource {
  readonly service: string;
  readonly labels: Map<string, string>;
  readonly profiles: { readonly profile: PprofProfile; readonly rejectAs: string }[];
}

const hex = (bytes: Uint8Array | null | undefined): string =>
  bytes && bytes.some((byte) => byte !== 0) ? Buffer.from(bytes).toString('hex') : '';

/**
 * Reads a decoded request into pprof profiles grouped by resource. An index
 * outside its table is a malformed request, refused whole.
 */
export function otlpResources(request: Request): OtlpResource[] {
  const dictionary: Dictionary = request.dictionary ?? {};
  const dictStrings = dictionary.stringTable ?? [];
  // One string table for the request: the dictionary's, then label keys and values as they are met.
  const strings = [...dictStrings];
  const interned = new Map<string, number>();
  const intern = (value: string): number => {
    let at = interned.get(value);
    if (at === undefined) {
      at = strings.push(value) - 1;
      interned.set(value, at);
    }
    return at;
  };
  const stringAt = (index: number | null | undefined, what: string): string => {
    const i = index ?? 0;
    if (i < 0 || i >= dictStrings.length) {
      if (i === 0) return '';
      throw malformed(`${what} ${i} is outside the string table`);
    }
    return dictStrings[i]!;
  };
  const anyValue = (value: AnyValue | null | undefined): string | undefined => {
    if (!value) return undefined;
    if (typeof value.stringValue === 'string') return value.stringValue;
    if (value.stringValueStrindex !== null && value.stringValueStrindex !== undefined) return stringAt(value.stringValueStrindex, 'a string value');
    if (value.intValue !== null && value.intValue !== undefined) return typeof value.intValue === 'number' ? String(value.intValue) : value.intValue.toString();
    if (typeof value.boolValue === 'boolean') return String(value.boolValue);
    if (typeof value.doubleValue === 'number') return String(value.doubleValue);
    return undefined; // arrays, key-value lists and bytes are not label values
  };
  const keyValues = (list: readonly KeyValue[] | null | undefined): [string, string][] =>
    (list ?? []).flatMap((kv): [string, string][] => {
      const key = kv.key || stringAt(kv.keyStrindex, 'an attribute key');
      const value = anyValue(kv.value);
      return key !== '' && value !== undefined ? [[key, value]] : [];
    });

  const functionTable = dictionary.functionTable ?? [];
  const locationTable = dictionary.locationTable ?? [];
  const stackTable = dictionary.stackTable ?? [];
  const linkTable = dictionary.linkTable ?? [];
  const attributeTable = dictionary.attributeTable ?? [];
  const inRange = (index: number | null | undefined, length: number, what: string): number => {
    const i = index ?? 0;
    if (i < 0 || i >= length) throw malformed(`${what} index ${i} is outside its table (${length} entries)`);
    return i;
  };
  // pprof ids are 1-based: table index + 1.
  const functions = functionTable.map((fn, i) => ({
    id: i + 1,
    name: inRange(fn.nameStrindex, dictStrings.length, 'function name'),
    systemName: inRange(fn.systemNameStrindex, dictStrings.length, 'function system name'),
    filename: inRange(fn.filenameStrindex, dictStrings.length, 'function file'),
    startLine: fn.startLine ?? 0,
  }));
  const locations = locationTable.map((location, i) => ({
    id: i + 1,
    address: location.address ?? 0,
    line: (location.lines ?? []).map((line) => ({ functionId: inRange(line.functionIndex, functionTable.length, 'function') + 1, line: line.line ?? 0 })),
  }));
  const attributeLabel = (index: number): { key: number; str: number } | undefined => {
    const attribute = attributeTable[inRange(index, attributeTable.length, 'attribute')]!;
    const key = stringAt(attribute.keyStrindex, 'an attribute key');
    const value = anyValue(attribute.value);
    return key === '' || value === undefined ? undefined : { key: intern(key), str: intern(value) };
  };

  return (request.resourceProfiles ?? []).map((resource) => {
    const labels = new Map(keyValues(resource.resource?.attributes));
    const service = labels.get('service.name') || 'unknown_service';
    labels.delete('service.name');
    const profiles: OtlpResource['profiles'] = [];
    for (const scope of resource.scopeProfiles ?? []) {
      const scopeLabels = keyValues(scope.scope?.attributes).map(([key, value]) => ({ key: intern(key), str: intern(value) }));
      for (const profile of scope.profiles ?? []) {
        const profileLabels = [...scopeLabels, ...(profile.attributeIndices ?? []).flatMap((i) => attributeLabel(i) ?? [])];
        const sample = (profile.samples ?? []).map((s) => {
          const stack = stackTable[inRange(s.stackIndex, stackTable.length, 'stack')]!;
          const label = [...profileLabels, ...(s.attributeIndices ?? []).flatMap((i) => attributeLabel(i) ?? [])];
          const linkIndex = inRange(s.linkIndex, Math.max(1, linkTable.length), 'link');
          const link = linkTable[linkIndex];
          const traceId = hex(link?.traceId);
          const spanId = hex(link?.spanId);
          if (traceId) label.push({ key: intern(SPAN_LABELS.traceId), str: intern(traceId) });
          if (spanId) label.push({ key: intern(SPAN_LABELS.spanId), str: intern(spanId) });
          const values = s.values ?? [];
          const value = values.length > 0 ? values.reduce<number>((sum, v) => sum + toNumber(v), 0) : (s.timestampsUnixNano ?? []).length;
          return {
            locationId: (stack.locationIndices ?? []).map((li) => inRange(li, locationTable.length, 'location') + 1),
            value: [value],
            label,
          };
        });
        const sampleType = profile.sampleType ?? {};
        const periodType = profile.periodType;
        const typeName = `${stringAt(sampleType.typeStrindex, 'a sample type')}/${stringAt(sampleType.unitStrindex, 'a sample unit')}`;
        profiles.push({
          rejectAs: typeName,
          profile: perftools.profiles.Profile.create({
            sampleType: [{ type: sampleType.typeStrindex ?? 0, unit: sampleType.unitStrindex ?? 0 }],
            sample,
            function: functions,
            location: locations,
            stringTable: strings,
            timeNanos: profile.timeUnixNano ?? 0,
            durationNanos: profile.durationNano ?? 0,
            ...(periodType && { periodType: { type: periodType.typeStrindex ?? 0, unit: periodType.unitStrindex ?? 0 }, period: profile.period ?? 0 }),
          }),
        });
      }
    }
    return { service, labels, profiles };
  });
}

/** ExportProfilesServiceResponse in the request's encoding: `partial_success` only when profiles were rejected. */
export function otlpResponse(rejected: number, message: string, json: boolean): Buffer | string {
  if (json) return JSON.stringify(rejected > 0 ? { partialSuccess: { rejectedProfiles: String(rejected), errorMessage: message } } : {});
  const body = rejected > 0 ? { partialSuccess: { rejectedProfiles: rejected, errorMessage: message } } : {};
  return Buffer.from(collector.ExportProfilesServiceResponse.encode(body).finish());
}
