import { Hasher64, type Id64 } from '../hash.js';

/**
 * Frame ids by (name, file), kept across uploads: every profile of a service
 * names the same few thousand functions, and hashing them again for each
 * upload was a large part of normalize's time. Keyed by file, then name, so a
 * lookup makes no new string. Bounded: when full it starts over, which costs
 * one hash per frame again and, unlike an LRU's reordering, nothing on the
 * thousands of hits per upload.
 */
export class FrameIds {
  private readonly byFile = new Map<string, Map<string, Id64>>();
  private size = 0;

  constructor(private readonly capacity: number) {}

  idOf(name: string, file: string): Id64 {
    let byName = this.byFile.get(file);
    let id = byName?.get(name);
    if (id === undefined) {
      if (this.size >= this.capacity) {
        this.byFile.clear();
        this.size = 0;
        byName = undefined;
      }
      if (!byName) this.byFile.set(file, (byName = new Map<string, Id64>()));
      id = new Hasher64().string(name).string(file).digest();
      byName.set(name, id);
      this.size++;
    }
    return id;
  }
}
