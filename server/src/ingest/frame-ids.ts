import { Hasher64, type Id64 } from '../hash.js';

// What an entry costs: the two strings (UTF-16), the id object and its decimal, the maps' slots.
const entryBytes = (name: string, file: string): number => 2 * (name.length + file.length) + 160;

/**
 * Frame ids by (name, file), kept across uploads: every profile of a service
 * names the same few thousand functions, and hashing them again for each
 * upload was a large part of normalize's time. Keyed by file, then name, so a
 * lookup makes no new string. Bounded in bytes: when full it starts over,
 * which costs one hash per frame again and, unlike an LRU's reordering,
 * nothing on the thousands of hits per upload.
 */
export class FrameIds {
  private readonly byFile = new Map<string, Map<string, Id64>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  idOf(name: string, file: string): Id64 {
    let byName = this.byFile.get(file);
    let id = byName?.get(name);
    if (id === undefined) {
      if (this.bytes >= this.maxBytes) {
        this.byFile.clear();
        this.bytes = 0;
        byName = undefined;
      }
      if (!byName) this.byFile.set(file, (byName = new Map<string, Id64>()));
      id = new Hasher64().string(name).string(file).digest();
      byName.set(name, id);
      this.bytes += entryBytes(name, file);
    }
    return id;
  }
}
