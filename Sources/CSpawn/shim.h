#ifndef ONESCREEN_CSPAWN_SHIM_H
#define ONESCREEN_CSPAWN_SHIM_H

#include <spawn.h>

/* glibc declares this only under _GNU_SOURCE, which Swift's Glibc module is built without. It sets a spawned
   plug-in's working directory (the config's folder) without a shell in between: glibc >= 2.29, macOS >= 10.15. */
extern int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict actions,
                                                const char *__restrict path);

#endif
