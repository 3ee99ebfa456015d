/**
 * The flood limit: one comment per key (client address, e-mail hash) per window. `claim` must be
 * atomic, so two concurrent posts cannot both pass. The in-process store suits one app instance;
 * several instances share a Redis store (see README, "Several app instances").
 */
export interface RateLimitStore {
  /** True if the key was free and is now held for `windowMs`; false if it is already held. */
  claim(key: string, windowMs: number): Promise<boolean>
  release(key: string): Promise<void>
}
