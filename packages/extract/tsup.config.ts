import { packageBuild } from '../../tsup.base.ts'

// The HTML and feed path is an entry of its own, so the text path loads no HTML or XML parser.
export default packageBuild({ entry: { index: 'src/index.ts', html: 'src/html/index.ts' } })
