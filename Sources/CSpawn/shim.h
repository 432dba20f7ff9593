#ifndef ONESCREEN_CSPAWN_SHIM_H
#define ONESCREEN_CSPAWN_SHIM_H

#include <spawn.h>

/* glibc declares these only under _GNU_SOURCE, which Swift's Glibc module is built without. It sets a spawned
   plug-in's working directory (the config's folder) without a shell in between: glibc >= 2.29, macOS >= 10.15. */
extern int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict actions,
                                                const char *__restrict path);

/* Also hidden without _GNU_SOURCE (glibc >= 2.34): closes every inherited descriptor from 3 up in the child, so a
   plug-in never holds another part of the process's pipes or sockets open (Foundation's Process, for one, keeps
   its children's status sockets without close-on-exec and waits for every copy to close). */
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

/* Also _GNU_SOURCE only (glibc >= 2.28): renameat with RENAME_NOREPLACE, so the drop folder's move never replaces
   a file that appeared at the target name, planted or not. */
extern int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);
#define ONESCREEN_RENAME_NOREPLACE 1

#endif
