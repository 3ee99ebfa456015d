import {EyeOpenIcon} from '@sanity/icons'
import type {Tool} from 'sanity'

import {ReadershipDesk} from './ReadershipDesk'

/** "Readership" beside Structure, Vision and Moderation: each article's views over 7 and 30 days. */
export const readershipTool: Tool = {
  name: 'readership',
  title: 'Readership',
  icon: EyeOpenIcon,
  component: ReadershipDesk,
}
