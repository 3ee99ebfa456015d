import {mkdirSync, readdirSync, statSync} from 'node:fs'
import {readFile, rename, unlink, utimes, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

/**
 * Transformed images on disk, one file per key, bounded in bytes: when a write takes the total
 * over the limit, the least recently used files go until it is under 90 % of it. Recency is kept
 * in memory and in the files' modification times, so a restarted lake keeps the same order.
 */
export class DiskCache {
  /** key → size in bytes, least recently used first (a Map keeps insertion order). */
  private readonly entries = new Map<string, number>()
  private total = 0

  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {
    mkdirSync(dir, {recursive: true})
    const found: Array<{key: string; size: number; used: number}> = []
    for (const name of readdirSync(dir)) {
      if (!/^[a-f0-9]{40}$/.test(name)) continue
      const stat = statSync(join(dir, name))
      found.push({key: name, size: stat.size, used: stat.mtimeMs})
    }
    for (const entry of found.sort((a, b) => a.used - b.used)) this.remember(entry.key, entry.size)
    this.evict()
  }

  get bytes(): number {
    return this.total
  }

  get size(): number {
    return this.entries.size
  }

  has(key: string): boolean {
    return this.entries.has(key)
  }

  async get(key: string): Promise<Buffer | null> {
    const size = this.entries.get(key)
    if (size === undefined) return null
    let data: Buffer
    try {
      data = await readFile(this.path(key))
    } catch {
      // Removed behind our back (a cleaned folder): forget it and transform again.
      this.forget(key)
      return null
    }
    this.remember(key, size)
    const now = new Date()
    utimes(this.path(key), now, now).catch(() => {})
    return data
  }

  async put(key: string, data: Buffer): Promise<void> {
    if (data.length > this.maxBytes) return
    // Written aside and renamed: a reader never sees half a file.
    const temporary = `${this.path(key)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temporary, data)
    await rename(temporary, this.path(key))
    this.forget(key)
    this.remember(key, data.length)
    this.evict()
  }

  private path(key: string): string {
    return join(this.dir, key)
  }

  private remember(key: string, size: number) {
    this.forget(key)
    this.entries.set(key, size)
    this.total += size
  }

  private forget(key: string) {
    const size = this.entries.get(key)
    if (size === undefined) return
    this.entries.delete(key)
    this.total -= size
  }

  private evict() {
    if (this.total <= this.maxBytes) return
    const target = this.maxBytes * 0.9
    for (const key of this.entries.keys()) {
      if (this.total <= target) break
      this.forget(key)
      unlink(this.path(key)).catch(() => {})
    }
  }
}
