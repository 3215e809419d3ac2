import { describe, expect, it } from 'vitest';
import { Hasher64 } from '../src/hash.js';
import { IdMemo, MemoBudget } from '../src/ingest/id-memo.js';

describe('IdMemo', () => {
  it('gives the ids a fresh hash gives, the same object on every later upload, per name and file', () => {
    const memo = new IdMemo(1 << 20);
    const a = memo.frameId('handle', 'a.js');
    const b = memo.frameId('handle', 'b.js');
    expect(a).toMatchObject(new Hasher64().string('handle').string('a.js').digest());
    expect(b).toMatchObject(new Hasher64().string('handle').string('b.js').digest());
    expect(b.id).not.toBe(a.id);
    // Fresh strings, as the next upload's decoder makes them.
    expect(memo.frameId(['hand', 'le'].join(''), ['a', '.js'].join(''))).toBe(a);
    expect(memo.frameId('handle', 'b.js')).toBe(b);

    const stack = memo.stackId(new Hasher64().id(a).id(b));
    expect(stack).toMatchObject(new Hasher64().id(a).id(b).digest());
    expect(memo.stackId(new Hasher64().id(a).id(b))).toBe(stack);
    expect(memo.stackId(new Hasher64().id(b).id(a)).id).not.toBe(stack.id);
  });

  it('finds a frame by the hash of its bytes once remembered, and forgets it when it starts over', () => {
    const memo = new IdMemo(1000);
    const id = memo.frameId('handle', 'a.js');
    const bytes = Buffer.from('handle a.js');
    const { hi, lo } = new Hasher64().bytes(bytes, 0, 6).bytes(bytes, 7, 11).halves();
    expect(memo.frameByBytes(hi, lo)).toBeUndefined();
    memo.rememberBytes(hi, lo, 'handle', 'a.js', id);
    expect(memo.frameByBytes(hi, lo)).toMatchObject({ name: 'handle', file: 'a.js', id });
    // The same high bits with other low bits: another frame, not this one.
    expect(memo.frameByBytes(hi, lo ^ 1)).toBeUndefined();
    for (let i = 0; i < 10; i++) memo.frameId(`g${i}`, 'x.js');
    expect(memo.frameByBytes(hi, lo)).toBeUndefined();
  });

  it('starts over when full and still gives the same ids', () => {
    const memo = new IdMemo(400);
    const first = memo.frameId('f', 'x.js');
    for (let i = 0; i < 10; i++) memo.frameId(`g${i}`, 'x.js');
    const again = memo.frameId('f', 'x.js');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("keeps each tenant's frames to itself, and starts every memo over when their shared budget is spent", () => {
    const budget = new MemoBudget(1000);
    const acme = new IdMemo(budget);
    const beta = new IdMemo(budget);
    const id = acme.frameId('handle', 'a.js');
    acme.rememberBytes(1, 2, 'handle', 'a.js', id);
    expect(acme.frameByBytes(1, 2)).toMatchObject({ name: 'handle' });
    expect(beta.frameByBytes(1, 2)).toBeUndefined();
    const betaStack = beta.stackId(new Hasher64().id(id));
    expect(beta.stackId(new Hasher64().id(id))).toBe(betaStack);
    // Spent by one tenant's frames: both start over.
    for (let i = 0; i < 10; i++) acme.frameId(`g${i}`, 'x.js');
    expect(acme.frameByBytes(1, 2)).toBeUndefined();
    expect(beta.stackId(new Hasher64().id(id))).not.toBe(betaStack);
  });
});
