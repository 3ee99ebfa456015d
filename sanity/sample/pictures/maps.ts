import {geoAzimuthalEqualArea, geoEqualEarth, geoGraticule10, geoMercator, geoPath, type GeoProjection} from 'd3-geo'
import type {Feature, FeatureCollection, Geometry} from 'geojson'
import {feature} from 'topojson-client'
import type {Topology} from 'topojson-specification'
import countries50m from 'world-atlas/countries-50m.json'

/**
 * Locator maps drawn from Natural Earth's country shapes (public domain), as world-atlas ships
 * them: the countries a story is about in the accent colour, their neighbours in grey, with the
 * names of the highlighted countries. SVG, rasterised by sharp.
 */
export interface MapSpec {
  /** ISO 3166-1 numeric codes of the highlighted countries, as world-atlas names them. */
  highlight: string[]
  /** [west, south, east, north] in degrees, or a whole-world or polar view. */
  view: [number, number, number, number] | 'world' | 'arctic'
  /** Names shown on the map, by country code (default: Natural Earth's short name). */
  labels?: Record<string, string>
  /** Neighbours named in grey, for orientation. */
  context?: string[]
  /** Label nudges in pixels, by country code, where names would collide. */
  offsets?: Record<string, [number, number]>
  /** Where to put a label instead of the country's centre ([longitude, latitude]), for countries larger than the frame. */
  places?: Record<string, [number, number]>
}

export const MAP_SIZE = {width: 1600, height: 900}
const INK = {
  sea: '#dfe8ee',
  land: '#c9ccc6',
  border: '#ffffff',
  accent: '#b8452f',
  text: '#1d2327',
  muted: '#5b6368',
  grid: '#cdd8df',
}

type Country = Feature<Geometry, {name: string}>
const topology = countries50m as unknown as Topology
const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, {name: string}>

export function locatorMapSvg(spec: MapSpec): {
  svg: string
  focus: {x: number; y: number; width: number; height: number}
} {
  const {width, height} = MAP_SIZE
  const projection = projectionFor(spec.view, spec.highlight)
  const path = geoPath(projection)
  const highlighted = world.features.filter((c) => spec.highlight.includes(String(c.id)))
  const missing = spec.highlight.filter((id) => !highlighted.some((c) => String(c.id) === id))
  if (missing.length) throw new Error(`Unknown country codes: ${missing.join(', ')}`)
  const shape = (c: Country, fill: string) =>
    `<path d="${path(c) ?? ''}" fill="${fill}" stroke="${INK.border}" stroke-width="1.2"/>`
  // A country in several features (overseas parts) is labelled once, on its largest part.
  const largest = (id: string) =>
    world.features.filter((c) => String(c.id) === id).reduce((a, b) => (path.area(a) >= path.area(b) ? a : b))
  const label = (id: string, colour: string, weight: string) => {
    const c = largest(id)
    const place = spec.places?.[id]
    const [cx, cy] = place ? projection(place)! : path.centroid(c)
    const [dx, dy] = spec.offsets?.[id] ?? [0, 0]
    const name = spec.labels?.[id] ?? c.properties.name
    return (
      `<text x="${(cx + dx).toFixed(1)}" y="${(cy + dy).toFixed(1)}" font-family="sans-serif" font-size="30" ` +
      `font-weight="${weight}" text-anchor="middle" fill="${colour}" stroke="#ffffff" stroke-width="6" ` +
      `paint-order="stroke">${escape(name)}</text>`
    )
  }
  const labels = [
    ...(spec.context ?? []).map((id) => label(id, INK.muted, 'normal')),
    ...spec.highlight.map((id) => label(id, INK.text, 'bold')),
  ]
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${INK.sea}"/>`,
    `<path d="${path(geoGraticule10()) ?? ''}" fill="none" stroke="${INK.grid}" stroke-width="1"/>`,
    ...world.features.filter((c) => !highlighted.includes(c)).map((c) => shape(c, INK.land)),
    ...highlighted.map((c) => shape(c, INK.accent)),
    ...labels,
    '</svg>',
  ].join('\n')
  // The hotspot: the highlighted countries' bounds, as fractions of the picture.
  const [[x0, y0], [x1, y1]] = path.bounds({type: 'FeatureCollection', features: highlighted})
  const clampX = (v: number) => Math.min(1, Math.max(0, v / width))
  const clampY = (v: number) => Math.min(1, Math.max(0, v / height))
  const focus = {
    x: (clampX(x0) + clampX(x1)) / 2,
    y: (clampY(y0) + clampY(y1)) / 2,
    width: Math.max(0.1, clampX(x1) - clampX(x0)),
    height: Math.max(0.1, clampY(y1) - clampY(y0)),
  }
  return {svg, focus}
}

function projectionFor(view: MapSpec['view'], highlight: string[]): GeoProjection {
  const {width, height} = MAP_SIZE
  const frame: [[number, number], [number, number]] = [
    [24, 24],
    [width - 24, height - 24],
  ]
  if (view === 'world') return geoEqualEarth().fitExtent(frame, {type: 'Sphere'})
  if (view === 'arctic') {
    // Looking down on the pole from above the Norwegian Sea, framed on the highlighted countries.
    const shapes = world.features.filter((c) => highlight.includes(String(c.id)) && path0Area(c) > 0)
    return geoAzimuthalEqualArea()
      .rotate([-5, -78])
      .clipAngle(60)
      .fitExtent(frame, {type: 'FeatureCollection', features: shapes})
  }
  const [west, south, east, north] = view
  return geoMercator().fitExtent(frame, {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [east, north],
      ],
    },
  })
}

/** Overseas specks would stretch the frame: only parts of some size count. */
const path0Area = (c: Country) => (c.properties.name.includes('Is.') ? 0 : 1)

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
