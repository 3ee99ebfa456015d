/**
 * Drawn portraits for the fictional staff: a monogram of the initials on a ground of the author's
 * own colour, with concentric rings. No photographs of real people.
 */
export const MONOGRAM_SIZE = 800

export function monogramSvg(name: string, colour: string): string {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .toUpperCase()
  const s = MONOGRAM_SIZE
  const rings = [0.46, 0.38, 0.3]
    .map(
      (r) =>
        `<circle cx="${s / 2}" cy="${s / 2}" r="${s * r}" fill="none" stroke="#ffffff" stroke-opacity="0.18" stroke-width="10"/>`,
    )
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">`,
    `<rect width="${s}" height="${s}" fill="${colour}"/>`,
    rings,
    `<text x="${s / 2}" y="${s / 2 + 90}" font-family="sans-serif" font-size="260" font-weight="bold" text-anchor="middle" fill="#ffffff">${initials}</text>`,
    '</svg>',
  ].join('')
}
