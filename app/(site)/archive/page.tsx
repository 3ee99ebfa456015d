import type {Metadata} from 'next'
import {ArchiveListing} from '@/components/listing/ArchiveListing'

export const metadata: Metadata = {title: 'Archive'}

export default function ArchivePage() {
  return <ArchiveListing page={1} />
}
