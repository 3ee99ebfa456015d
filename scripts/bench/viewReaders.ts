/** A distinct reader per beacon: its own /24 (readers are told apart by their /24) and browser. */
export function reader(i: number): {address: string; userAgent: string} {
  return {
    address: `${10 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}.9`,
    userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 bench/${i}`,
  }
}
