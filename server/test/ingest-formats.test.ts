import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isFlamehouseError } from '../src/errors.js';
import { decompress } from '../src/ingest/decompress.js';
import { formBoundary, parseForm } from '../src/ingest/multipart.js';
import { parsePyroscopeName, parsePyroscopeTime, pprofService, pyroscopeFormat, textAppType } from '../src/ingest/pyroscope.js';
import { parseTags } from '../src/ingest/datadog.js';

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return isFlamehouseError(error) ? error.code : `not a registry error: ${String(error)}`;
  }
  return 'no error';
};

describe('multipart/form-data', () => {
  it('reads parts after a preamble, with a quoted boundary, transport padding and parts that hold CRLFs', () => {
    const body = Buffer.from(
      'preamble\r\n--b0undary  \r\nContent-Disposition: form-data; name="event"; filename="event.json"\r\nContent-Type: application/json\r\n\r\n{"a":1}\r\n' +
        '--b0undary\r\ncontent-disposition: form-data; name=profile\r\n\r\nline1\r\nline2\r\n--b0undary--\r\nepilogue',
    );
    const parts = parseForm(body, formBoundary('multipart/form-data; charset=utf-8; boundary="b0undary"'));
    expect(parts.map((p) => [p.name, p.filename, p.contentType, p.data.toString()])).toEqual([
      ['event', 'event.json', 'application/json', '{"a":1}'],
      ['profile', undefined, undefined, 'line1\r\nline2'],
    ]);
  });

  it('refuses what is not a form, with a code', () => {
    expect(codeOf(() => formBoundary('multipart/form-data'))).toBe('FH_ERR_INGEST_BAD_MULTIPART');
    expect(codeOf(() => formBoundary('application/json; boundary=x'))).toBe('FH_ERR_INGEST_BAD_MULTIPART');
    expect(codeOf(() => parseForm(Buffer.from('no boundary here'), 'x'))).toBe('FH_ERR_INGEST_BAD_MULTIPART');
    expect(codeOf(() => parseForm(Buffer.from('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunclosed'), 'x'))).toBe('FH_ERR_INGEST_BAD_MULTIPART');
    expect(codeOf(() => parseForm(Buffer.from('--x\r\nContent-Type: text/plain\r\n\r\nv\r\n--x--'), 'x'))).toBe('FH_ERR_INGEST_BAD_MULTIPART');
    const many = `${'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n'.repeat(3)}--x--`;
    expect(parseForm(Buffer.from(many), 'x', 3)).toHaveLength(3);
    expect(codeOf(() => parseForm(Buffer.from(many), 'x', 2))).toBe('FH_ERR_INGEST_TOO_MANY_PARTS');
  });
});

describe('Pyroscope request parameters', () => {
  it('parses names as Pyroscope does, dropping quotes around values and its own __ keys', () => {
    const { app, labels } = parsePyroscopeName(' my.app.cpu { env = "prod" , url=/a=b?c , __name__=x, env2="" , k=v1, k=v2 } trailing');
    expect(app).toBe('my.app.cpu');
    expect(Object.fromEntries(labels)).toEqual({ env: 'prod', url: '/a=b?c', env2: '', k: 'v2' });
    expect(codeOf(() => parsePyroscopeName('{env=prod}'))).toBe('FH_ERR_QUERY_BAD_PARAM');
    expect(codeOf(() => parsePyroscopeName('app{bar,baz=1}'))).toBe('FH_ERR_QUERY_BAD_PARAM');
  });

  it('reads the type from the suffix for text, and only drops a known one for pprof', () => {
    expect(textAppType('my.awesome.app.cpu')).toEqual({ service: 'my.awesome.app', type: 'cpu' });
    expect(textAppType('svc.itimer')).toEqual({ service: 'svc', type: 'cpu' });
    expect(textAppType('svc.inuse_objects')).toEqual({ service: 'svc', type: 'inuse_objects' });
    expect(textAppType('svc')).toEqual({ service: 'svc', type: 'cpu' });
    expect(codeOf(() => textAppType('svc.goroutines'))).toBe('FH_ERR_INGEST_UNKNOWN_PROFILE_TYPE');
    expect(pprofService('svc.cpu')).toBe('svc');
    expect(pprofService('svc.alloc_space')).toBe('svc');
    expect(pprofService('my.app')).toBe('my.app');
  });

  it('reads times as seconds, or ms, µs and ns by their number of digits', () => {
    const ms = 1_764_000_000_123;
    expect(parsePyroscopeTime('from', '1764000000')).toBe(1_764_000_000_000);
    expect(parsePyroscopeTime('from', String(ms))).toBe(ms);
    expect(parsePyroscopeTime('from', `${ms}456`)).toBe(ms);
    expect(parsePyroscopeTime('from', `${ms}456789`)).toBe(ms);
    expect(parsePyroscopeTime('from', '2025-11-24T16:00:00Z')).toBe(Date.parse('2025-11-24T16:00:00Z'));
    expect(codeOf(() => parsePyroscopeTime('from', 'soon'))).toBe('FH_ERR_QUERY_BAD_PARAM');
  });

  it('tells pprof from text when no format is given', () => {
    expect(pyroscopeFormat(undefined, 'application/octet-stream', gzipSync('x'))).toBe('pprof');
    expect(pyroscopeFormat(undefined, undefined, Buffer.from([0x0a, 0x04]))).toBe('pprof');
    expect(pyroscopeFormat(undefined, undefined, Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))).toBe('pprof');
    expect(pyroscopeFormat(undefined, 'text/plain', Buffer.from('(anonymous);main 1'))).toBe('folded');
    expect(pyroscopeFormat('lines', 'text/plain', Buffer.from('a;b'))).toBe('lines');
    expect(pyroscopeFormat('pprof', 'multipart/form-data; boundary=x', Buffer.from('--x'))).toBe('multipart');
  });
});

describe('compression and Datadog tags', () => {
  it('inflates gzip within its cap, and says when zstd cannot be read', () => {
    expect(decompress(gzipSync('hello'), 100).toString()).toBe('hello');
    expect(codeOf(() => decompress(gzipSync(Buffer.alloc(10_000)), 100))).toBe('FH_ERR_INGEST_TOO_LARGE');
    const zstdFrame = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00]);
    expect(codeOf(() => decompress(zstdFrame, 100, undefined))).toBe('FH_ERR_INGEST_ZSTD_UNSUPPORTED');
    expect(codeOf(() => decompress(Buffer.alloc(101), 100))).toBe('FH_ERR_INGEST_TOO_LARGE');
  });

  it('splits each tag at its first colon', () => {
    expect(Object.fromEntries(parseTags('service:api,git.repository_url:https://x/y.git, env : prod ,novalue,:x'))).toEqual({
      service: 'api',
      'git.repository_url': 'https://x/y.git',
      env: 'prod',
    });
  });
});
