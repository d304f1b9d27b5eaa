#ifndef PLANPRESS_SYS_H
#define PLANPRESS_SYS_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int planpress_exchange_paths(const char *a, const char *b);

/// Returns freed heap memory of every malloc arena to the system (glibc malloc_trim);
/// does nothing elsewhere.
void planpress_release_freed_memory(void);

#endif
