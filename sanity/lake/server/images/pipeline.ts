import {createHash} from 'node:crypto'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {DiskCache} from './diskCache'
import {CONTENT_TYPES, outputEncoding} from './format'
import {canonicalParams, parseImageParams} from './params'
import {transformImage} from './transform'

export interface ImageCacheOptions {
  dir: string
  maxBytes: number
}

export const DEFAULT_IMAGE_CACHE_BYTES = 1024 * 1024 * 1024

export interface RenderedImage {
  data: Buffer
  contentType: string
  /** The answer depends on the Accept header (`auto=format` without `fm`). */
  variesByAccept: boolean
  cached: boolean
}

/**
 * The lake's image CDN: a transformation per distinct (asset, parameters, output type), computed
 * once and then read from the disk cache. Concurrent requests for the same result share one
 * transformation.
 */
export class ImagePipeline {
  private readonly inFlight = new Map<string, Promise<Buffer>>()

  constructor(readonly cache: DiskCache) {}

  static open(options: ImageCacheOptions): ImagePipeline {
    return new ImagePipeline(new DiskCache(options.dir, options.maxBytes))
  }

  /** A pipeline for lakes started without a cache folder (tests, tools): one under the system's temp folder. */
  static temporary(): ImagePipeline {
    return ImagePipeline.open({dir: join(tmpdir(), `lake-image-cache-${process.pid}`), maxBytes: 256 * 1024 * 1024})
  }

  async render(
    assetId: string,
    source: Buffer,
    search: URLSearchParams,
    accept: string | undefined,
  ): Promise<RenderedImage> {
    const params = parseImageParams(search)
    const sourceFormat = /-([a-z0-9]+)$/.exec(assetId)?.[1] ?? ''
    const encoding = outputEncoding(params, sourceFormat, accept)
    const variesByAccept = params.autoFormat && !params.fm
    const result = {contentType: CONTENT_TYPES[encoding], variesByAccept}
    const key = createHash('sha1')
      .update(`${assetId}\n${canonicalParams(params)}\n${encoding}`)
      .digest('hex')
    const hit = await this.cache.get(key)
    if (hit) return {...result, data: hit, cached: true}
    let pending = this.inFlight.get(key)
    if (!pending) {
      pending = transformImage(source, params, encoding).then(async (data) => {
        // A full disk costs the cache, not the answer.
        await this.cache.put(key, data).catch(() => {})
        return data
      })
      this.inFlight.set(key, pending)
      void pending.finally(() => this.inFlight.delete(key)).catch(() => {})
    }
    return {...result, data: await pending, cached: false}
  }
}

const pipelines = new WeakMap<object, ImagePipeline>()

/** The pipeline a lake serves its images through (set at start, from the lake's configuration). */
export function attachImagePipeline(lake: object, pipeline: ImagePipeline): void {
  pipelines.set(lake, pipeline)
}

export function imagePipelineOf(lake: object): ImagePipeline {
  let pipeline = pipelines.get(lake)
  if (!pipeline) pipelines.set(lake, (pipeline = ImagePipeline.temporary()))
  return pipeline
}
