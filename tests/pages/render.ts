import {act, render} from '@testing-library/react'
import type {ReactNode} from 'react'

/**
 * Renders a resolved page and lets next/link settle: without IntersectionObserver (jsdom) each
 * Link marks itself visible from an idle callback (a timer set in an effect), a state update React
 * would otherwise report as "not wrapped in act(...)".
 */
export async function renderPage(page: ReactNode) {
  const result = render(page)
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  return result
}
