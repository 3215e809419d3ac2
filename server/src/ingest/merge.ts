import type { IngestBatch } from './rows.js';

function unique<Row>(lists: readonly (readonly Row[])[], idOf: (row: Row) => string): Row[] {
  const byId = new Map<string, Row>();
  for (const list of lists) for (const row of list) if (!byId.has(idOf(row))) byId.set(idOf(row), row);
  return [...byId.values()];
}

/**
 * Several profiles of one upload (dd-trace's wall and heap parts, an OTLP
 * resource's profiles) as one batch: stored together under the upload's id,
 * or found stored together. The first profile's time names the batch for the
 * ledger lookup, and its `profiles` rows carry that time.
 */
export function mergeBatches(batches: readonly IngestBatch[]): IngestBatch {
  const [first, ...rest] = batches;
  if (!first) throw new Error('mergeBatches needs at least one batch');
  if (rest.length === 0) return first;
  return {
    uploadId: first.uploadId,
    service: first.service,
    tsS: first.tsS,
    sampleCount: batches.reduce((sum, batch) => sum + batch.sampleCount, 0),
    frames: unique(batches.map((b) => b.frames), (row) => row[0]),
    stacks: unique(batches.map((b) => b.stacks), (row) => row[0]),
    series: unique(batches.map((b) => b.series), (row) => row[1]),
    samples: batches.flatMap((b) => b.samples),
    profiles: batches.flatMap((b) => b.profiles),
  };
}
