import type {Metadata} from 'next'
import {ArchiveListing} from '@/components/listing/ArchiveListing'
import {parsePageParam} from '@/lib/routes'

type Props = {params: Promise<{page: string}>}

export function generateStaticParams() {
  return []
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  return {title: `Archive — page ${(await params).page}`}
}

export default async function ArchivePageN({params}: Props) {
  return <ArchiveListing page={parsePageParam((await params).page)} />
}
