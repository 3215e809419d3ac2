/**
 * Sends a bench child's last message to its parent, then closes the channel.
 * Closing it right after `process.send` loses a large message (the ingest
 * client's latencies: tens of thousands of numbers) while the child still
 * exits 0, and the parent then waits for it forever; so the channel closes
 * once the message is written.
 */
export function sendLast(message: unknown): void {
  if (!process.send) return;
  process.send(message, undefined, {}, () => process.disconnect?.());
}
