/**
 * The schema API (`zod/mini`), imported as a namespace: `import * as z from '@fsxn-s3ap/shared/zod'`. Imported this
 * way a bundle keeps only the functions it calls (about 13 KB); a namespace object re-exported as a value (`export
 * { z }`) would keep all of zod/mini, locales included (about 420 KB), which `make bench` measured.
 */
export * from 'zod/mini';
