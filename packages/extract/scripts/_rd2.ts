import { extractArticle, toGold } from '../src/index.ts'
const t = process.argv[2]!
const g = toGold(extractArticle(t)) as any
console.log(JSON.stringify(g.directives), JSON.stringify(g.relations))
