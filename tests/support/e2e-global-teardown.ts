/** Stops the shared site and its lake and removes their temporary folders. */
import {stopAll} from './e2e-global-setup'

export default async function globalTeardown() {
  await stopAll()
}
