#!/bin/sh
# Stands in for Prisma's native schema engine, which `prisma generate` asks for but does not use
# and which cannot be downloaded everywhere. Migrations go through the WebAssembly engine instead.
echo "vanban: the native Prisma schema engine is not installed; use 'vanban migrate' or scripts/migration-diff.ts" >&2
exit 1
