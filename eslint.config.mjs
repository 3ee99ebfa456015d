import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'tmp/**', 'sanity/sample/edition.ndjson', 'next-env.d.ts'],
  },
  {
    // Each sample article file is one default-exported document: naming it would only repeat the file name.
    files: ['sanity/sample/content/**/*.mjs'],
    rules: {'import/no-anonymous-default-export': 'off'},
  },
  {
    rules: {
      // Images come from the Content Lake / Sanity CDN with explicit width, height and srcset.
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
      ],
    },
  },
]

export default config
