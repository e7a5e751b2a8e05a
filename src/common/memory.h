// The C library's allocator, tuned for a long-running server with a few
// busy threads (glibc malloc; elsewhere these do nothing).
//
// By default glibc gives each thread that allocates its own arena (up to 8
// per core) and raises its mmap threshold after every large free, so a page
// that needs 40 MB while it is built (the 现行有效 list of 30,000 documents)
// leaves up to 40 MB behind in the arena of each thread that ever built it:
// measured at 1,000,000 items, the server grew from 40 MB to 220 MB over six
// such requests. Two arenas, a fixed 256 KB mmap threshold (large buffers go
// back to the system when freed) and a matching trim threshold kept it at
// 64 MB; TrimMemory now and then returns what the arenas still hold free.
#pragma once

namespace gk {

// Call once, before the server starts its threads. Leaves the allocator
// alone when the operator set MALLOC_ARENA_MAX or GLIBC_TUNABLES.
void TuneAllocatorForServer();

// Returns free memory the allocator holds to the system (malloc_trim).
void TrimMemory();

}  // namespace gk
