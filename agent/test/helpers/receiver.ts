import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { perftools } from '@flamehouse/proto/pprof';
import { afterAll, beforeAll } from 'vitest';
import { killRunningChildren } from './run-node.js';

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  /** The body as it came over the wire. */
  readonly rawBody: Buffer;
}

/** Answers one recorded request; the default accepts it. */
export type Responder = (request: RecordedRequest, response: ServerResponse) => void;

export interface Receiver {
  /** Base URL, as FLAMEHOUSE_URL takes it. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const accept: Responder = (_request, response) => {
  response.writeHead(202).end();
};

/** A real HTTP server on 127.0.0.1 that records every request in full. */
export async function startReceiver(respond: Responder = accept): Promise<Receiver> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        url: new URL(incoming.url ?? '/', 'http://receiver'),
        headers: incoming.headers,
        rawBody: Buffer.concat(chunks),
      };
      requests.push(request);
      respond(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a suite reads of its receiver. */
export type SuiteReceiver = Pick<Receiver, 'url' | 'requests'>;

/**
 * A receiver shared by the tests of the calling suite: started before them,
 * closed after them together with any agent child still running.
 */
export function suiteReceiver(): SuiteReceiver {
  let started: Receiver | undefined;
  beforeAll(async () => {
    started = await startReceiver();
  });
  afterAll(async () => {
    killRunningChildren();
    await started?.close();
  });
  const current = (): Receiver => {
    if (!started) throw new Error('the suite receiver starts in beforeAll');
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    get requests() {
      return current().requests;
    },
  };
}

/** A port nothing listens on: connections to it are refused. */
export async function closedPortUrl(): Promise<string> {
  const receiver = await startReceiver();
  await receiver.close();
  return receiver.url;
}

export interface DecodedUpload {
  readonly request: RecordedRequest;
  /** `type/unit` of each sample type, e.g. `wall/nanoseconds`. */
  readonly sampleTypes: string[];
  readonly functionNames: Set<string>;
  readonly fromMs: number;
  readonly untilMs: number;
  /** The repeated `label` parameters as a map. */
  readonly labels: Map<string, string>;
}

export function decodeUpload(request: RecordedRequest): DecodedUpload {
  const profile = perftools.profiles.Profile.decode(gunzipSync(request.rawBody));
  const text = (index: number | { toNumber(): number } | null | undefined) =>
    profile.stringTable[typeof index === 'object' && index !== null ? index.toNumber() : (index ?? 0)] ?? '';
  const labels = new Map<string, string>();
  for (const pair of request.url.searchParams.getAll('label')) {
    const separator = pair.indexOf('=');
    labels.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
  return {
    request,
    sampleTypes: profile.sampleType.map((type) => `${text(type.type)}/${text(type.unit)}`),
    functionNames: new Set(profile.function.map((fn) => text(fn.name))),
    fromMs: Number(request.url.searchParams.get('from')),
    untilMs: Number(request.url.searchParams.get('until')),
    labels,
  };
}

export function isWallProfile(upload: DecodedUpload): boolean {
  return upload.sampleTypes.includes('wall/nanoseconds');
}

export function isHeapProfile(upload: DecodedUpload): boolean {
  return upload.sampleTypes.includes('inuse_space/bytes');
}

export interface DecodedSample {
  /** Function names, leaf first. */
  readonly functions: string[];
  /** String labels of the sample (span labels among them). */
  readonly labels: Readonly<Record<string, string>>;
  /** One value per sample type. */
  readonly values: number[];
}

/** Every sample of a gzipped pprof profile, with its stack and labels. */
export function decodeSamples(gzipped: Uint8Array): DecodedSample[] {
  const profile = perftools.profiles.Profile.decode(gunzipSync(gzipped));
  const text = (index: unknown) => profile.stringTable[Number(index ?? 0)] ?? '';
  const functionNames = new Map(profile.function.map((fn) => [Number(fn.id), text(fn.name)]));
  const locationNames = new Map(
    profile.location.map((location) => [
      Number(location.id),
      (location.line ?? []).map((line) => functionNames.get(Number(line.functionId)) ?? ''),
    ]),
  );
  return profile.sample.map((sample) => {
    const labels: Record<string, string> = {};
    for (const label of sample.label ?? []) if (Number(label.str ?? 0) !== 0) labels[text(label.key)] = text(label.str);
    return {
      functions: (sample.locationId ?? []).flatMap((id) => locationNames.get(Number(id)) ?? []),
      labels,
      values: (sample.value ?? []).map(Number),
    };
  });
}
