import {MAX_SIDE, imageParamError, type ImageParams, type Rect} from './params'

/**
 * Where the pixels of a transformed image come from and what size they end up, decided from the
 * parameters and the source's size alone, before any pixel is touched; `transform.ts` carries it
 * out. Follows the fit modes as Sanity documents them:
 *   clip     fit inside w×h, keeping the aspect ratio (the default)
 *   max      as clip, but never larger than the source
 *   scale    exactly w×h, stretched
 *   crop     exactly w×h, cut from the source around `crop` (edges, centre, focal point, entropy)
 *   min      the aspect ratio of w×h cut from the source, never larger than the source
 *   fill     as clip, then padded with `bg` to w×h
 *   fillmax  as max, then padded with `bg` to w×h
 */
export interface Plan {
  /** The part of the (oriented) source to use. */
  region: Rect
  /** The size the region is resized to; its aspect ratio may differ only for `scale`. */
  width: number
  height: number
  /** Cut by entropy, which needs the pixels: resized to cover width×height by sharp's own strategy. */
  entropy: boolean
  /** Final canvas for `fill`/`fillmax`, the resized image centred on `bg`. */
  canvas?: {width: number; height: number}
}

export function planTransform(sourceWidth: number, sourceHeight: number, p: ImageParams): Plan {
  const region = clampRect(p.rect, sourceWidth, sourceHeight)
  let plan = fitPlan(region, scaled(p.w, p.dpr), scaled(p.h, p.dpr), p)
  // max-w/max-h and min-w/min-h bound the result: the requested box is scaled as a whole and fitted again.
  const outW = plan.canvas?.width ?? plan.width
  const outH = plan.canvas?.height ?? plan.height
  const shrink = Math.min(1, (p.maxW ?? Infinity) / outW, (p.maxH ?? Infinity) / outH)
  const grow = Math.max(1, (p.minW ?? 0) / outW, (p.minH ?? 0) / outH)
  const factor = shrink < 1 ? shrink : grow
  if (factor !== 1) {
    const w = Math.max(1, Math.round(outW * factor))
    const h = Math.max(1, Math.round(outH * factor))
    plan = fitPlan(region, w, h, p.fit === 'max' || p.fit === 'fillmax' || p.fit === 'min' ? {...p, fit: 'clip'} : p)
  }
  for (const side of [plan.width, plan.height, plan.canvas?.width ?? 0, plan.canvas?.height ?? 0]) {
    if (side + 2 * p.pad > MAX_SIDE) {
      throw imageParamError(`The requested image would be ${side + 2 * p.pad} px on a side, over ${MAX_SIDE} px`)
    }
  }
  return plan
}

const scaled = (side: number | undefined, dpr: number) =>
  side === undefined ? undefined : Math.max(1, Math.round(side * dpr))

function clampRect(rect: Rect | undefined, width: number, height: number): Rect {
  if (!rect) return {left: 0, top: 0, width, height}
  if (rect.left >= width || rect.top >= height) {
    throw imageParamError(`Parameter "rect" starts outside the ${width}×${height} image`)
  }
  return {
    left: rect.left,
    top: rect.top,
    width: Math.min(rect.width, width - rect.left),
    height: Math.min(rect.height, height - rect.top),
  }
}

function fitPlan(region: Rect, w: number | undefined, h: number | undefined, p: ImageParams): Plan {
  const {width: rw, height: rh} = region
  const noUpscale = p.fit === 'max' || p.fit === 'fillmax' || p.fit === 'min'
  if (w === undefined && h === undefined) return {region, width: rw, height: rh, entropy: false}
  if (w === undefined || h === undefined) {
    // One side given: the other follows the region's aspect ratio, whatever the fit.
    let scale = w !== undefined ? w / rw : h! / rh
    if (noUpscale) scale = Math.min(scale, 1)
    return {region, width: side(rw * scale), height: side(rh * scale), entropy: false}
  }
  switch (p.fit) {
    case 'scale':
      return {region, width: w, height: h, entropy: false}
    case 'crop':
    case 'min': {
      const aspect = w / h
      if (p.crop.includes('entropy') && p.fit === 'crop') return {region, width: w, height: h, entropy: true}
      const cutW = Math.min(rw, rh * aspect)
      const cut = position(region, side(cutW), side(cutW / aspect), p)
      const grows = p.fit === 'min' && w > cut.width
      return {
        region: cut,
        width: grows ? cut.width : w,
        height: grows ? cut.height : h,
        entropy: false,
      }
    }
    default: {
      let scale = Math.min(w / rw, h / rh)
      if (noUpscale) scale = Math.min(scale, 1)
      const plan = {region, width: side(rw * scale), height: side(rh * scale), entropy: false}
      return p.fit === 'fill' || p.fit === 'fillmax' ? {...plan, canvas: {width: w, height: h}} : plan
    }
  }
}

const side = (n: number) => Math.max(1, Math.round(n))

/** A cut of the given size inside the region, placed by the crop modes or the focal point. */
function position(region: Rect, width: number, height: number, p: ImageParams): Rect {
  const spareX = region.width - width
  const spareY = region.height - height
  const useFocalPoint = p.crop.includes('focalpoint') || (p.crop.length === 0 && (p.fpX ?? p.fpY) !== undefined)
  const along = (
    spare: number,
    size: number,
    total: number,
    focal: number | undefined,
    start: boolean,
    end: boolean,
  ) => {
    if (useFocalPoint && focal !== undefined) return clamp(Math.round(focal * total - size / 2), 0, spare)
    if (start) return 0
    if (end) return spare
    return Math.round(spare / 2)
  }
  return {
    left: region.left + along(spareX, width, region.width, p.fpX, p.crop.includes('left'), p.crop.includes('right')),
    top: region.top + along(spareY, height, region.height, p.fpY, p.crop.includes('top'), p.crop.includes('bottom')),
    width,
    height,
  }
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n))
