import type { ServerConfig } from '../config.js';
import { isFlamehouseError } from '../errors.js';
import { readDatadogForm } from './datadog.js';
import { decodePprof } from './decode.js';
import { fromMessage, type PprofData } from './pprof-reader.js';
import { decompress } from './decompress.js';
import { encodeBatch, type EncodedBatch } from './encode.js';
import { textProfile, type TextProfileSpec } from './folded.js';
import type { IdMemo } from './id-memo.js';
import { mergeBatches } from './merge.js';
import { formBoundary, parseForm } from './multipart.js';
import { NO_AGENT_REPORT, normalizeProfile, type NormalizeRules, type UploadMeta } from './normalize.js';
import { decodeOtlpRequest, otlpResources } from './otlp.js';
import type { ProfileLimits } from './pprof-reader.js';
import { parseSampleTypeConfig } from './pyroscope.js';
import type { IngestBatch, StoredRows } from './rows.js';
import { contentUploadId } from './upload-id.js';
import { FlamehouseError } from '../errors.js';

/** Everything ingest checks an upload against. */
export interface UploadRules extends ProfileLimits, NormalizeRules {
  /** Largest profile once decompressed. */
  readonly maxProfileBytes: number;
}

/** The limits and rules of the server's configuration, as every upload is checked against them. */
export function uploadRules(config: ServerConfig): UploadRules {
  return {
    maxProfileBytes: config.maxProfileBytes,
    maxSamples: config.maxUploadSamples,
    maxLocations: config.maxUploadLocations,
    maxStrings: config.maxUploadStrings,
    maxLabelsPerSample: config.maxLabelsPerSample,
    maxLabelSets: config.maxUploadLabelSets,
    retentionDays: config.retentionDays,
  };
}

/**
 * One upload to turn into rows: its bytes, what its request said, the rules,
 * and how to read it. Everything that reads the body runs on a decode thread.
 */
export type DecodeJob =
  /** A pprof body: our agent's, or a Pyroscope SDK's `format=pprof`. */
  | { readonly kind: 'pprof'; readonly body: Uint8Array; readonly meta: UploadMeta; readonly rules: UploadRules }
  /** Pyroscope's form: `profile`, optional `prev_profile` and `sample_type_config`; the id comes from the parts. */
  | { readonly kind: 'pyroscope-form'; readonly body: Uint8Array; readonly contentType: string; readonly identity: readonly string[]; readonly meta: UploadMeta; readonly rules: UploadRules }
  /** Folded or line text. */
  | { readonly kind: 'text'; readonly body: Uint8Array; readonly spec: TextProfileSpec; readonly meta: UploadMeta; readonly rules: UploadRules }
  /** dd-trace's intake form: the metadata is inside it. */
  | { readonly kind: 'datadog'; readonly body: Uint8Array; readonly contentType: string; readonly receivedMs: number; readonly rules: UploadRules }
  /** An OTLP ExportProfilesServiceRequest, binary or JSON: services are inside it. */
  | { readonly kind: 'otlp'; readonly body: Uint8Array; readonly json: boolean; readonly receivedMs: number; readonly rules: UploadRules };

/** What a job became: one batch per upload id (an OTLP request holds one per resource), and the profiles refused within a request that was not refused whole. */
export interface DecodeResult {
  readonly batches: readonly EncodedBatch[];
  readonly rejected: number;
  readonly rejectedMessage: string;
}


/**
 * Normalizes each profile of one upload and merges them under its id;
 * profiles with no type we store are skipped while another one is stored
 * (dd-trace's timeline part, a heap part with only allocation types).
 */
function normalizeAll(profiles: readonly PprofData[], meta: UploadMeta, ids: IdMemo, rules: UploadRules, stored?: StoredRows): IngestBatch {
  const batches: IngestBatch[] = [];
  let skipped: FlamehouseError | undefined;
  for (const profile of profiles) {
    try {
      batches.push(normalizeProfile(profile, meta, ids, rules, stored));
    } catch (error) {
      if (!isFlamehouseError(error) || error.code !== 'FH_ERR_INGEST_NO_KNOWN_TYPES') throw error;
      skipped = error;
    }
  }
  if (batches.length === 0) throw skipped ?? new FlamehouseError('FH_ERR_INGEST_NO_KNOWN_TYPES');
  return mergeBatches(batches);
}

/**
 * Decompress, limits, decode, normalize, encode: an upload's bytes to the
 * text of its rows, or a registry error. Frames and stacks `stored` holds
 * are left out.
 */
export function runDecodeJob(job: DecodeJob, ids: IdMemo, stored?: StoredRows): DecodeResult {
  const { rules } = job;
  const one = (batch: IngestBatch): DecodeResult => ({ batches: [encodeBatch(batch)], rejected: 0, rejectedMessage: '' });
  const body = Buffer.from(job.body.buffer, job.body.byteOffset, job.body.byteLength);
  switch (job.kind) {
    case 'pprof':
      return one(normalizeProfile(decodePprof(body, rules.maxProfileBytes, rules), job.meta, ids, rules, stored));
    case 'text': {
      if (body.length === 0) throw new FlamehouseError('FH_ERR_INGEST_EMPTY_BODY');
      const text = decompress(body, rules.maxProfileBytes).toString('utf8');
      return one(normalizeProfile(fromMessage(textProfile(text, job.spec, rules)), job.meta, ids, rules, stored));
    }
    case 'pyroscope-form': {
      const parts = parseForm(body, formBoundary(job.contentType));
      const profile = parts.find((part) => part.name === 'profile');
      if (!profile) throw new FlamehouseError('FH_ERR_INGEST_BAD_MULTIPART', 'the form has no profile part');
      const config = parts.find((part) => part.name === 'sample_type_config');
      // A retry builds a new form (a new boundary): the id comes from what the parts hold.
      // prev_profile (older clients' previous cumulative profile) is not read:
      // every type Flamehouse stores is a per-window delta or a snapshot.
      const meta: UploadMeta = {
        ...job.meta,
        uploadId: contentUploadId([...job.identity, config?.data.toString('utf8') ?? ''], profile.data),
        ...(config && { sampleTypes: parseSampleTypeConfig(config.data.toString('utf8')) }),
      };
      return one(normalizeProfile(decodePprof(profile.data, rules.maxProfileBytes, rules), meta, ids, rules, stored));
    }
    case 'datadog': {
      const { meta, profiles } = readDatadogForm(parseForm(body, formBoundary(job.contentType)), job.receivedMs);
      // The parts share one budget of decompressed bytes, as one upload's body would.
      let budget = rules.maxProfileBytes;
      const decoded = profiles.map((part) => {
        const raw = decompress(part.data, budget);
        budget -= raw.length;
        return decodePprof(raw, rules.maxProfileBytes, rules);
      });
      return one(normalizeAll(decoded, meta, ids, rules, stored));
    }
    case 'otlp': {
      const resources = otlpResources(decodeOtlpRequest(body, job.json, rules.maxProfileBytes, rules));
      const baseId = contentUploadId(['otlp'], body);
      const batches: EncodedBatch[] = [];
      const refusals: string[] = [];
      let rejected = 0;
      let firstRefusal: FlamehouseError | undefined;
      resources.forEach((resource, r) => {
        const meta: UploadMeta = { uploadId: `${baseId}-${r}`, service: resource.service, labels: resource.labels, agent: NO_AGENT_REPORT, receivedMs: job.receivedMs };
        const kept: IngestBatch[] = [];
        for (const { profile, rejectAs } of resource.profiles) {
          try {
            kept.push(normalizeProfile(fromMessage(profile), meta, ids, rules, stored));
          } catch (error) {
            // A profile's own fault (a type not stored, a bad value or time) refuses that profile; limits refuse the request.
            if (!isFlamehouseError(error) || error.status !== 400) throw error;
            rejected++;
            firstRefusal ??= error;
            if (refusals.length < 5) refusals.push(`${resource.service} ${rejectAs}: ${error.message}`);
          }
        }
        if (kept.length > 0) batches.push(encodeBatch(mergeBatches(kept)));
      });
      // Nothing stored out of something sent: the request is refused, with the reason.
      if (batches.length === 0 && firstRefusal) throw firstRefusal;
      return { batches, rejected, rejectedMessage: refusals.join('; ') };
    }
  }
}
