import { perftools } from '@flamehouse/proto/pprof';
import { FlamehouseError } from '../errors.js';
import type { Hasher64 } from '../hash.js';

// Reads pprof's wire format (proto/profile.proto) straight into flat arrays of
// numbers, and decodes a string only when normalize asks for it. The generated
// decoder built ~10,000 objects and decoded every string of a realistic
// upload, most of them names that an earlier upload had already turned into
// frame ids: that object graph and its garbage were a third of a decode
// thread's time.

/** What one upload may hold; checked as the profile is read, so a small gzip cannot make huge tables. */
export interface ProfileLimits {
  readonly maxSamples: number;
  readonly maxLocations: number;
  readonly maxStrings: number;
  readonly maxLabelsPerSample: number;
}

/** A pprof profile as protobufjs builds it: what the folded-text and OTLP readers produce. */
export type PprofProfile = perftools.profiles.Profile;

const TWO_32 = 4_294_967_296;

// Field numbers of Profile (proto/profile.proto); its messages' fields are read by number where they are read.
const SAMPLE_TYPE = 1;
const SAMPLE = 2;
const LOCATION = 4;
const FUNCTION = 5;
const STRING_TABLE = 6;
const TIME_NANOS = 9;
const DURATION_NANOS = 10;
const PERIOD_TYPE = 11;
const PERIOD = 12;

// Wire types.
const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function malformed(why: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_INGEST_BAD_PPROF', `the upload is not a valid pprof profile: ${why}`);
}

/** A string table index pair of a pprof ValueType. */
export interface ValueType {
  readonly type: number;
  readonly unit: number;
}

/**
 * Numbers appended one at a time to a Float64Array that doubles: pushing onto
 * a plain array cost ~50 ns a number here (a realistic upload lists ~20,000
 * location ids and values), five to ten times this.
 */
class NumberList {
  private values = new Float64Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  last(): number {
    return this.values[this.length - 1]!;
  }

  /** The numbers, as a view of the list's array. */
  view(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}

/** What the reader collects as it reads, checked against the limits record by record. */
class ProfileBuilder {
  readonly sampleTypes: ValueType[] = [];
  periodType: ValueType | undefined;
  period = 0;
  timeNanos = 0;
  durationNanos = 0;
  readonly functionById: number[] = [];
  readonly locationById: number[] = [];
  readonly functionId = new NumberList();
  readonly functionName = new NumberList();
  readonly functionSystemName = new NumberList();
  readonly functionFile = new NumberList();
  readonly functionStartLine = new NumberList();
  readonly locationId = new NumberList();
  readonly locationAddress = new NumberList();
  readonly locationLineStart = startList();
  readonly lineFunctionId = new NumberList();
  readonly lineNumber = new NumberList();
  readonly sampleLocationStart = startList();
  readonly sampleLocationId = new NumberList();
  readonly sampleValueStart = startList();
  readonly sampleValue = new NumberList();
  readonly sampleLabelStart = startList();
  readonly labelKey = new NumberList();
  readonly labelStr = new NumberList();
  readonly labelNumHi = new NumberList();
  readonly labelNumLo = new NumberList();
  readonly stringStart = new NumberList();
  readonly stringEnd = new NumberList();

  constructor(
    /** What the profile may hold: the reader refuses the first record past a limit, before it has read the rest. */
    private readonly limits: ProfileLimits,
  ) {}

  /** Counts one more record of the profile against `limits`. */
  count(field: number): void {
    const { limits } = this;
    switch (field) {
      case SAMPLE:
        if (this.sampleLocationStart.length - 1 >= limits.maxSamples) {
          throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_SAMPLES', `the profile has more than ${limits.maxSamples} samples`);
        }
        return;
      case LOCATION:
      case FUNCTION:
        if (this.locationId.length + this.functionId.length >= limits.maxLocations) {
          throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_LOCATIONS', `the profile has more than ${limits.maxLocations} locations and functions`);
        }
        return;
      case STRING_TABLE:
        if (this.stringStart.length >= limits.maxStrings) {
          throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_STRINGS', `the profile has more than ${limits.maxStrings} strings`);
        }
        return;
    }
  }

  /** Counts one more label of the sample being read against `limits`. */
  countLabel(): void {
    const { maxLabelsPerSample } = this.limits;
    if (this.labelKey.length - this.sampleLabelStart.last() >= maxLabelsPerSample) {
      throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_LABELS', `a sample has more than ${maxLabelsPerSample} labels`);
    }
  }
}

/** A list of owners' starts in another list: the first owner starts at 0. */
function startList(): NumberList {
  const starts = new NumberList();
  starts.push(0);
  return starts;
}

/**
 * One pprof profile as flat arrays: tables in the order the profile lists
 * them, repeated fields as one array per field with each owner's start in
 * another (`sampleLocationStart[i]` to `sampleLocationStart[i + 1]`). 64-bit
 * fields are numbers, exact up to 2^53, as protobufjs's `Long.toNumber` gives;
 * a label's number also keeps its halves, as span ids need all 64 bits.
 */
export class PprofData {
  readonly sampleTypes: readonly ValueType[];
  readonly periodType: ValueType | undefined;
  readonly period: number;
  readonly timeNanos: number;
  readonly durationNanos: number;

  /**
   * Tables by pprof id, to each record's index: arrays, as ids are small and dense in every
   * profiler's output (a large one is a property like any other). A repeated id: the last one.
   */
  readonly functionById: readonly number[];
  readonly locationById: readonly number[];

  readonly functionId: Float64Array;
  readonly functionName: Float64Array;
  readonly functionSystemName: Float64Array;
  readonly functionFile: Float64Array;
  readonly functionStartLine: Float64Array;

  readonly locationId: Float64Array;
  readonly locationAddress: Float64Array;
  readonly locationLineStart: Float64Array;
  readonly lineFunctionId: Float64Array;
  readonly lineNumber: Float64Array;

  readonly sampleLocationStart: Float64Array;
  readonly sampleLocationId: Float64Array;
  readonly sampleValueStart: Float64Array;
  readonly sampleValue: Float64Array;
  readonly sampleLabelStart: Float64Array;
  readonly labelKey: Float64Array;
  readonly labelStr: Float64Array;
  readonly labelNumHi: Float64Array;
  readonly labelNumLo: Float64Array;

  /** Where each string of the table starts and ends in `bytes`. */
  readonly stringStart: Float64Array;
  readonly stringEnd: Float64Array;
  private readonly decoded: (string | undefined)[] = [];

  constructor(
    readonly bytes: Uint8Array,
    read: ProfileBuilder,
  ) {
    this.sampleTypes = read.sampleTypes;
    this.periodType = read.periodType;
    this.period = read.period;
    this.timeNanos = read.timeNanos;
    this.durationNanos = read.durationNanos;
    this.functionById = read.functionById;
    this.locationById = read.locationById;
    this.functionId = read.functionId.view();
    this.functionName = read.functionName.view();
    this.functionSystemName = read.functionSystemName.view();
    this.functionFile = read.functionFile.view();
    this.functionStartLine = read.functionStartLine.view();
    this.locationId = read.locationId.view();
    this.locationAddress = read.locationAddress.view();
    this.locationLineStart = read.locationLineStart.view();
    this.lineFunctionId = read.lineFunctionId.view();
    this.lineNumber = read.lineNumber.view();
    this.sampleLocationStart = read.sampleLocationStart.view();
    this.sampleLocationId = read.sampleLocationId.view();
    this.sampleValueStart = read.sampleValueStart.view();
    this.sampleValue = read.sampleValue.view();
    this.sampleLabelStart = read.sampleLabelStart.view();
    this.labelKey = read.labelKey.view();
    this.labelStr = read.labelStr.view();
    this.labelNumHi = read.labelNumHi.view();
    this.labelNumLo = read.labelNumLo.view();
    this.stringStart = read.stringStart.view();
    this.stringEnd = read.stringEnd.view();
  }

  get sampleCount(): number {
    return this.sampleLocationStart.length - 1;
  }

  /** The table's string at `index`, '' past its end; invalid UTF-8 is FH_ERR_INGEST_BAD_PPROF. */
  string(index: number): string {
    const known = this.decoded[index];
    if (known !== undefined) return known;
    if (!(index >= 0 && index < this.stringStart.length)) return '';
    const start = this.stringStart[index]!;
    const end = this.stringEnd[index]!;
    let text: string;
    try {
      text = strictUtf8.decode(this.bytes.subarray(start, end));
    } catch {
      throw malformed(`string ${index} is not UTF-8`);
    }
    this.decoded[index] = text;
    return text;
  }

  /** Whether the table's string at `index` is '' (or past the table's end). */
  isEmpty(index: number): boolean {
    return !(index >= 0 && index < this.stringStart.length) || this.stringStart[index] === this.stringEnd[index];
  }

  /** Feeds the UTF-8 bytes of the table's string at `index` to `hasher`, without decoding them. */
  hashString(hasher: Hasher64, index: number): Hasher64 {
    return this.isEmpty(index) ? hasher.bytes(this.bytes, 0, 0) : hasher.bytes(this.bytes, this.stringStart[index]!, this.stringEnd[index]!);
  }

  /** A sample's value in column `column`, 0 when the sample has fewer. */
  value(sample: number, column: number): number {
    const at = this.sampleValueStart[sample]! + column;
    return at < this.sampleValueStart[sample + 1]! ? this.sampleValue[at]! : 0;
  }
}

/**
 * A cursor over protobuf bytes. Varints land in `lo` and `hi` (unsigned 32-bit
 * halves); reading past the end or a varint longer than 10 bytes throws.
 */
class Cursor {
  pos: number;
  lo = 0;
  hi = 0;

  constructor(
    private readonly buf: Uint8Array,
    start: number,
    private end: number,
  ) {
    this.pos = start;
  }

  get more(): boolean {
    return this.pos < this.end;
  }

  varint(): void {
    const { buf, end } = this;
    let pos = this.pos;
    let lo = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      if (pos >= end) throw malformed('a number runs past its end');
      const byte = buf[pos++]!;
      lo |= (byte & 0x7f) << shift;
      if (byte < 0x80) {
        this.pos = pos;
        this.lo = lo >>> 0;
        this.hi = 0;
        return;
      }
    }
    if (pos >= end) throw malformed('a number runs past its end');
    let byte = buf[pos++]!;
    lo |= (byte & 0x0f) << 28;
    let hi = (byte & 0x7f) >> 4;
    for (let shift = 3; byte >= 0x80; shift += 7) {
      if (shift > 31 || pos >= end) throw malformed('a number is longer than 64 bits or runs past its end');
      byte = buf[pos++]!;
      hi |= (byte & 0x7f) << shift;
    }
    this.pos = pos;
    this.lo = lo >>> 0;
    this.hi = hi >>> 0;
  }

  /** An unsigned varint as a number (uint64). */
  uint(): number {
    this.varint();
    return this.hi * TWO_32 + this.lo;
  }

  /** A two's complement varint as a number (int64). */
  int(): number {
    this.varint();
    return (this.hi | 0) * TWO_32 + this.lo;
  }

  /** A field's key: its number, with the wire type in `lo & 7`. */
  field(): number {
    this.varint();
    const field = this.hi * 0x20000000 + (this.lo >>> 3);
    if (field === 0) throw malformed('a field numbered 0');
    return field;
  }

  /** The end of a length-delimited payload that starts at `pos`. */
  payloadEnd(): number {
    const length = this.uint();
    const end = this.pos + length;
    if (end > this.end) throw malformed('a field runs past its end');
    return end;
  }

  /** Skips the payload of a field of wire type `wire`. */
  skip(wire: number): void {
    switch (wire) {
      case VARINT:
        this.varint();
        return;
      case FIXED64:
        this.pos += 8;
        break;
      case FIXED32:
        this.pos += 4;
        break;
      case LENGTH_DELIMITED:
        this.pos = this.payloadEnd();
        return;
      default:
        throw malformed(`wire type ${wire}`);
    }
    if (this.pos > this.end) throw malformed('a field runs past its end');
  }

  /** Reads a repeated integer field's payload, packed or one value, into `into`. */
  repeated(wire: number, signed: boolean, into: NumberList): void {
    if (wire === VARINT) {
      into.push(signed ? this.int() : this.uint());
      return;
    }
    if (wire !== LENGTH_DELIMITED) throw malformed(`wire type ${wire} for a list of numbers`);
    const end = this.payloadEnd();
    const outer = this.end;
    this.end = end;
    const buf = this.buf;
    while (this.pos < end) {
      // Location ids and most values fit in one or two bytes: read those here, the rest by varint().
      const first = buf[this.pos]!;
      if (first < 0x80) {
        into.push(first);
        this.pos++;
        continue;
      }
      const second = this.pos + 1 < end ? buf[this.pos + 1]! : 0x80;
      if (second < 0x80) {
        into.push((first & 0x7f) | (second << 7));
        this.pos += 2;
        continue;
      }
      into.push(signed ? this.int() : this.uint());
    }
    this.end = outer;
  }

  /** Bounds the cursor to a message's payload; returns the bound to give `leave` after reading it. */
  enter(wire: number): number {
    if (wire !== LENGTH_DELIMITED) throw malformed(`wire type ${wire} for a message`);
    const end = this.payloadEnd();
    const outer = this.end;
    this.end = end;
    return outer;
  }

  leave(outer: number): void {
    this.end = outer;
  }

  /** A scalar varint field's value; a wrong wire type is malformed. */
  scalar(wire: number, signed: boolean): number {
    if (wire !== VARINT) throw malformed(`wire type ${wire} for a number`);
    return signed ? this.int() : this.uint();
  }
}

/** Reads a message field's payload with `read`, the cursor bounded to it meanwhile. */
function readMessage(cursor: Cursor, wire: number, data: ProfileBuilder, read: (cursor: Cursor, data: ProfileBuilder) => void): void {
  const outer = cursor.enter(wire);
  read(cursor, data);
  cursor.leave(outer);
}

// The varint fields of the message readScalars read last, by field number: a number (signed or not as
// asked), and its unsigned halves, which a label's 64-bit number needs.
const scalars = new Float64Array(6);
const scalarHi = new Uint32Array(6);
const scalarLo = new Uint32Array(6);

/**
 * Reads a message whose fields of interest are varints numbered 1 to 5 into
 * `scalars` (0 when absent); bit n of `signed` reads field n as int64.
 */
function readScalars(cursor: Cursor, signed: number): void {
  for (let field = 1; field <= 5; field++) {
    scalars[field] = 0;
    scalarHi[field] = 0;
    scalarLo[field] = 0;
  }
  while (cursor.more) {
    const field = cursor.field();
    const wire = cursor.lo & 7;
    if (field > 5) {
      cursor.skip(wire);
      continue;
    }
    scalars[field] = cursor.scalar(wire, ((signed >> field) & 1) === 1);
    scalarHi[field] = cursor.hi;
    scalarLo[field] = cursor.lo;
  }
}

// Which fields are int64 (the rest uint64), as bits by field number.
const VALUE_TYPE_SIGNED = 0b110; // type, unit
const LABEL_SIGNED = 0b11110; // key, str, num, num_unit
const LINE_SIGNED = 0b1100; // line, column (function_id is unsigned)
const FUNCTION_SIGNED = 0b111100; // name, system_name, filename, start_line (id is unsigned)

function readValueType(cursor: Cursor): ValueType {
  readScalars(cursor, VALUE_TYPE_SIGNED);
  return { type: scalars[1]!, unit: scalars[2]! };
}

function readSample(cursor: Cursor, data: ProfileBuilder): void {
  while (cursor.more) {
    const field = cursor.field();
    const wire = cursor.lo & 7;
    if (field === 1) cursor.repeated(wire, false, data.sampleLocationId);
    else if (field === 2) cursor.repeated(wire, true, data.sampleValue);
    else if (field === 3) {
      data.countLabel();
      readMessage(cursor, wire, data, readLabel);
    }
    else cursor.skip(wire);
  }
  data.sampleLocationStart.push(data.sampleLocationId.length);
  data.sampleValueStart.push(data.sampleValue.length);
  data.sampleLabelStart.push(data.labelKey.length);
}

function readLabel(cursor: Cursor, data: ProfileBuilder): void {
  readScalars(cursor, LABEL_SIGNED);
  data.labelKey.push(scalars[1]!);
  data.labelStr.push(scalars[2]!);
  data.labelNumHi.push(scalarHi[3]!);
  data.labelNumLo.push(scalarLo[3]!);
}

function readLocation(cursor: Cursor, data: ProfileBuilder): void {
  let id = 0;
  let address = 0;
  while (cursor.more) {
    const field = cursor.field();
    const wire = cursor.lo & 7;
    if (field === 1) id = cursor.scalar(wire, false);
    else if (field === 3) address = cursor.scalar(wire, false);
    else if (field === 4) readMessage(cursor, wire, data, readLine);
    else cursor.skip(wire);
  }
  data.locationById[id] = data.locationId.length;
  data.locationId.push(id);
  data.locationAddress.push(address);
  data.locationLineStart.push(data.lineFunctionId.length);
}

function readLine(cursor: Cursor, data: ProfileBuilder): void {
  readScalars(cursor, LINE_SIGNED);
  data.lineFunctionId.push(scalars[1]!);
  data.lineNumber.push(scalars[2]!);
}

function readFunction(cursor: Cursor, data: ProfileBuilder): void {
  readScalars(cursor, FUNCTION_SIGNED);
  data.functionById[scalars[1]!] = data.functionId.length;
  data.functionId.push(scalars[1]!);
  data.functionName.push(scalars[2]!);
  data.functionSystemName.push(scalars[3]!);
  data.functionFile.push(scalars[4]!);
  data.functionStartLine.push(scalars[5]!);
}

const NO_LIMITS: ProfileLimits = { maxSamples: Infinity, maxLocations: Infinity, maxStrings: Infinity, maxLabelsPerSample: Infinity };

/**
 * Reads pprof bytes (not compressed); malformed ones are FH_ERR_INGEST_BAD_PPROF, and
 * a profile past `limits` is refused at the first record past them: a 122 KB gzip
 * holding 6.3 M samples once took 20 s and 3 GB to decode.
 */
export function readPprof(bytes: Uint8Array, limits = NO_LIMITS): PprofData {
  const data = new ProfileBuilder(limits);
  const cursor = new Cursor(bytes, 0, bytes.length);
  while (cursor.more) {
    const field = cursor.field();
    const wire = cursor.lo & 7;
    data.count(field);
    switch (field) {
      case SAMPLE_TYPE:
        readMessage(cursor, wire, data, (c, d) => d.sampleTypes.push(readValueType(c)));
        break;
      case SAMPLE:
        readMessage(cursor, wire, data, readSample);
        break;
      case LOCATION:
        readMessage(cursor, wire, data, readLocation);
        break;
      case FUNCTION:
        readMessage(cursor, wire, data, readFunction);
        break;
      case STRING_TABLE: {
        if (wire !== LENGTH_DELIMITED) throw malformed(`wire type ${wire} for a string`);
        const end = cursor.payloadEnd();
        data.stringStart.push(cursor.pos);
        data.stringEnd.push(end);
        cursor.pos = end;
        break;
      }
      case TIME_NANOS:
        data.timeNanos = cursor.scalar(wire, true);
        break;
      case DURATION_NANOS:
        data.durationNanos = cursor.scalar(wire, true);
        break;
      case PERIOD_TYPE:
        readMessage(cursor, wire, data, (c, d) => (d.periodType = readValueType(c)));
        break;
      case PERIOD:
        data.period = cursor.scalar(wire, true);
        break;
      default:
        cursor.skip(wire);
    }
  }
  return new PprofData(bytes, data);
}

/** A profile another reader built as an object (folded text, OTLP), read as an upload's bytes would be. */
export function fromMessage(profile: PprofProfile): PprofData {
  return readPprof(perftools.profiles.Profile.encode(profile).finish());
}

/**
 * Calls `onField` with the number and payload bounds of each length-delimited
 * field in [start, end) of protobuf bytes, and skips the others: how other
 * protobuf messages (OTLP's) are counted before they are decoded. Malformed
 * bytes throw what `fail` makes.
 */
export function walk(
  bytes: Uint8Array,
  start: number,
  end: number,
  onField: (field: number, start: number, end: number) => void,
  fail: () => FlamehouseError,
): void {
  const cursor = new Cursor(bytes, start, end);
  while (cursor.more) {
    let field: number;
    let wire: number;
    let payloadEnd = 0;
    try {
      field = cursor.field();
      wire = cursor.lo & 7;
      if (wire === LENGTH_DELIMITED) payloadEnd = cursor.payloadEnd();
      else cursor.skip(wire);
    } catch {
      throw fail();
    }
    if (wire !== LENGTH_DELIMITED) continue;
    onField(field, cursor.pos, payloadEnd);
    cursor.pos = payloadEnd;
  }
}
