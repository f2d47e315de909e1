#!/usr/bin/env node
// The published `vanban` command: the built CLI (in the workspace, `pnpm vanban` runs src).
import { main } from '../dist/index.js'

process.exitCode = await main(process.argv.slice(2))
