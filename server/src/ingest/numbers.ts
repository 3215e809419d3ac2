import type Long from 'long';

/** A decoded 64-bit protobuf field as a number (exact up to 2^53): decoders give small ones as numbers, large ones as Long. */
export function toNumber(value: number | Long | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}
