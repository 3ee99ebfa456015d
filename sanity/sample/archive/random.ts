/** A small seeded PRNG (mulberry32): the same seed always gives the same archive. */
export interface Random {
  next(): number
  int(max: number): number
  pick<T>(items: readonly T[]): T
  sample<T>(items: readonly T[], n: number): T[]
  weighted<T>(choices: ReadonlyArray<[T, number]>): T
}

export function createRandom(seed: number): Random {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  return {
    next,
    int,
    pick: (items) => items[int(items.length)],
    sample: (items, n) => {
      const pool = [...items]
      const out = []
      while (out.length < n && pool.length) out.push(pool.splice(int(pool.length), 1)[0])
      return out
    },
    weighted: (choices) => {
      let x = next()
      for (const [value, weight] of choices) {
        if ((x -= weight) < 0) return value
      }
      return choices[choices.length - 1][0]
    },
  }
}
