import type {ReactNode} from 'react'

/**
 * The Studio fills the viewport (100vh); the browser's default 8px body margin would add a
 * page scrollbar around it. React hoists this <style> into <head>, and only on /studio pages,
 * so the reader site's styling is untouched.
 */
export default function StudioLayout({children}: {children: ReactNode}) {
  return (
    <>
      <style href="studio-body-reset" precedence="default">
        {'body{margin:0}'}
      </style>
      {children}
    </>
  )
}
