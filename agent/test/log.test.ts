import { describe, expect, it } from 'vitest';
import { createLog } from '../src/log.js';

describe('createLog', () => {
  it('writes each kind of warning once, prefixed', () => {
    const lines: string[] = [];
    const log = createLog('warn', (line) => lines.push(line));
    log.warnOnce('down', 'server down');
    log.warnOnce('down', 'server down again');
    log.warnOnce('full', 'queue full');
    log.debug('details');
    expect(lines).toEqual(['flamehouse: server down', 'flamehouse: queue full']);
  });

  it('is quiet when silent and chatty at debug', () => {
    const silent: string[] = [];
    createLog('silent', (line) => silent.push(line)).warnOnce('x', 'hidden');
    expect(silent).toEqual([]);
    const debug: string[] = [];
    createLog('debug', (line) => debug.push(line)).debug('shown');
    expect(debug).toEqual(['flamehouse: shown']);
  });

  it('survives a sink that throws', () => {
    const log = createLog('warn', () => {
      throw new Error('EPIPE');
    });
    expect(() => log.warnOnce('x', 'lost')).not.toThrow();
  });
});
