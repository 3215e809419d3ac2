import { Hasher64 } from '../hash.js';
import { isStored, type IdMemo, type MemoId } from './id-memo.js';
import type { PprofData } from './pprof-reader.js';
import type { FrameRow, StackRow, StoredRows } from './rows.js';

// @pyroscope/nodejs renames each function `<path from cwd>:<name>:<start line>`
// and keeps V8's name as system_name: the name alone is the frame's identity,
// so the same function merges with what other agents send.
const PYROSCOPE_FRAME = /^(.*?):(\(anonymous[^)]*\)|[^:]*):(\d+)$/;

function functionName(name: string, systemName: string, file: string, pyroscopeFrameNames: boolean): { name: string; file: string } {
  if (systemName !== '' && name !== systemName && PYROSCOPE_FRAME.exec(name)?.[2] === systemName) return { name: systemName, file };
  if (pyroscopeFrameNames && systemName === '') {
    const parsed = PYROSCOPE_FRAME.exec(name);
    if (parsed && parsed[2]) return { name: parsed[2], file: file || parsed[1]! };
  }
  return { name: name || systemName || '(anonymous)', file };
}

/**
 * One profile's frames and stacks as ids: every location's frames are found
 * once (in the decode thread's memo), then each sample's stack is hashed from
 * them. Rows are made only for frames and stacks storage does not hold yet,
 * once each; a stored stack's frame list is never built.
 */
export class ProfileStacks {
  /** Rows of the frames and stacks storage does not hold yet. */
  readonly frameRows = new Map<string, FrameRow>();
  readonly stackRows = new Map<string, StackRow>();

  // Each location's frames, leaf first, in slots [slotStart, slotEnd): a line's slot is its index, and a
  // location with no line gets one more slot for its address. Their ids' halves sit in typed arrays,
  // which the hash of every sample's stack reads.
  private readonly slotStart: Int32Array;
  private readonly slotEnd: Int32Array;
  private readonly slotFrame: MemoId[] = [];
  private readonly slotHi: Int32Array;
  private readonly slotLo: Int32Array;
  /** A function's frame, once per profile: its locations (one per line) share it. */
  private readonly functionFrames: (MemoId | undefined)[] = [];
  /** The sample whose stack was hashed last, and its hash's state after each of its locations (root first). */
  private previousSample = -1;
  private prefixStates = new Int32Array(3 * 64);
  /** Files are shared by many functions: each one's bytes are hashed once per profile. */
  private readonly fileHashes = new Map<number, { hi: number; lo: number }>();

  constructor(
    private readonly profile: PprofData,
    private readonly ids: IdMemo,
    private readonly stored: StoredRows,
    private readonly lastSeenS: number,
    /** Function names may be @pyroscope/nodejs's `<file>:<name>:<line>` without the original beside them. */
    private readonly pyroscopeFrameNames: boolean,
  ) {
    const { locationLineStart } = profile;
    const locationCount = profile.locationId.length;
    const lineCount = profile.lineFunctionId.length;
    this.slotStart = new Int32Array(locationCount);
    this.slotEnd = new Int32Array(locationCount);
    this.slotHi = new Int32Array(lineCount + locationCount);
    this.slotLo = new Int32Array(lineCount + locationCount);
    let addressSlot = lineCount;
    for (let location = 0; location < locationCount; location++) {
      const start = locationLineStart[location]!;
      const end = locationLineStart[location + 1]!;
      if (start === end) {
        this.fillSlot(addressSlot, this.frameOf(`0x${profile.locationAddress[location]!.toString(16)}`, '', 0));
        this.slotStart[location] = addressSlot++;
        this.slotEnd[location] = addressSlot;
        continue;
      }
      this.slotStart[location] = start;
      this.slotEnd[location] = end;
      for (let line = start; line < end; line++) this.fillSlot(line, this.frameOfLine(line));
    }
  }

  /**
   * The id of a sample's stack, root first; several lines of a location are
   * inlined calls, the last the caller. The hash resumes from where the stack
   * parts from the previous sample's: an agent lists samples as it walks its
   * call tree (@datadog/pprof pops a stack of nodes), so neighbours share most
   * of their frames.
   */
  stackOf(sample: number): MemoId {
    const { sampleLocationStart, sampleLocationId, locationById } = this.profile;
    // Locations are leaf first: the root is the last.
    const rootAt = sampleLocationStart[sample + 1]! - 1;
    const depth = rootAt + 1 - sampleLocationStart[sample]!;
    let shared = 0;
    if (this.previousSample >= 0) {
      const previousRootAt = sampleLocationStart[this.previousSample + 1]! - 1;
      const common = Math.min(depth, previousRootAt + 1 - sampleLocationStart[this.previousSample]!);
      while (shared < common && sampleLocationId[rootAt - shared] === sampleLocationId[previousRootAt - shared]) shared++;
    }
    if (this.prefixStates.length < 3 * depth) {
      const longer = new Int32Array(6 * depth);
      longer.set(this.prefixStates);
      this.prefixStates = longer;
    }
    const hasher = shared === 0 ? new Hasher64() : Hasher64.resumed(this.prefixStates, 3 * (shared - 1));
    for (let d = shared; d < depth; d++) {
      const location = locationById[sampleLocationId[rootAt - d]!];
      if (location === undefined) hasher.id(this.unknown());
      else for (let slot = this.slotEnd[location]! - 1; slot >= this.slotStart[location]!; slot--) hasher.word(this.slotHi[slot]!).word(this.slotLo[slot]!);
      hasher.saveTo(this.prefixStates, 3 * d);
    }
    this.previousSample = sample;
    const stack = this.ids.stackId(hasher);
    if (!isStored(this.stored, 'stack', stack) && !this.stackRows.has(stack.id)) {
      const frameIds: string[] = [];
      this.eachFrame(sample, (slot) => frameIds.push(slot < 0 ? this.unknown().id : this.slotFrame[slot]!.id));
      this.stackRows.set(stack.id, [stack.id, frameIds, this.lastSeenS]);
    }
    return stack;
  }

  /** Calls `visit` with the slot of each frame of a sample's stack, root first; -1 for a location the profile lacks. */
  private eachFrame(sample: number, visit: (slot: number) => void): void {
    const { sampleLocationStart, sampleLocationId } = this.profile;
    for (let i = sampleLocationStart[sample + 1]! - 1; i >= sampleLocationStart[sample]!; i--) {
      const location = this.profile.locationById[sampleLocationId[i]!];
      if (location === undefined) visit(-1);
      else for (let slot = this.slotEnd[location]! - 1; slot >= this.slotStart[location]!; slot--) visit(slot);
    }
  }

  private fillSlot(slot: number, frame: MemoId): void {
    this.slotFrame[slot] = frame;
    this.slotHi[slot] = frame.hi;
    this.slotLo[slot] = frame.lo;
  }

  private unknown(): MemoId {
    return this.frameOf('(unknown)', '', 0);
  }

  private frameOfLine(line: number): MemoId {
    const { profile } = this;
    const fn = profile.functionById[profile.lineFunctionId[line]!];
    if (fn === undefined) return this.frameOf('(unknown)', '', profile.lineNumber[line]!);
    return (this.functionFrames[fn] ??= this.functionFrame(fn, profile.lineNumber[line]!));
  }

  /**
   * A function's frame. One whose name is plain (its system name the same
   * string or none; not Pyroscope's renaming) is found by the bytes of its
   * name and file: a known one is not decoded.
   */
  private functionFrame(fn: number, line: number): MemoId {
    const { profile } = this;
    const nameIndex = profile.functionName[fn]!;
    const systemIndex = profile.functionSystemName[fn]!;
    const fileIndex = profile.functionFile[fn]!;
    const startLine = profile.functionStartLine[fn]! || line;
    const plain = !this.pyroscopeFrameNames && !profile.isEmpty(nameIndex) && (systemIndex === nameIndex || profile.isEmpty(systemIndex));
    if (!plain) {
      const named = functionName(profile.string(nameIndex), profile.string(systemIndex), profile.string(fileIndex), this.pyroscopeFrameNames);
      return this.frameOf(named.name, named.file, startLine);
    }
    const file = this.fileHash(fileIndex);
    const { hi, lo } = profile.hashString(new Hasher64(), nameIndex).word(file.hi).word(file.lo).halves();
    const known = this.ids.frameByBytes(hi, lo);
    if (known) return this.frameKey(known.id, known.name, known.file, startLine);
    const name = profile.string(nameIndex);
    const fileName = profile.string(fileIndex);
    const id = this.frameOf(name, fileName, startLine);
    this.ids.rememberBytes(hi, lo, name, fileName, id);
    return id;
  }

  private fileHash(file: number): { hi: number; lo: number } {
    let hash = this.fileHashes.get(file);
    if (!hash) {
      hash = this.profile.hashString(new Hasher64(), file).halves();
      this.fileHashes.set(file, hash);
    }
    return hash;
  }

  private frameOf(name: string, file: string, line: number): MemoId {
    return this.frameKey(this.ids.frameId(name, file), name, file, line);
  }

  /** The frame's id, after making its row if storage does not hold it yet. */
  private frameKey(id: MemoId, name: string, file: string, line: number): MemoId {
    if (!isStored(this.stored, 'frame', id) && !this.frameRows.has(id.id)) this.frameRows.set(id.id, [id.id, name, file, line, this.lastSeenS]);
    return id;
  }
}
