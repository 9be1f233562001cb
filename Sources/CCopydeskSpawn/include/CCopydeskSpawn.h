// GNU extensions that Swift's Glibc module does not declare (it is built
// without _GNU_SOURCE), wrapped for the `command` stage's posix_spawn.
#ifndef CCOPYDESK_SPAWN_H
#define CCOPYDESK_SPAWN_H

#include <spawn.h>

/// pipe2(fds, O_CLOEXEC): both ends close on exec, atomically.
int copydesk_pipe_cloexec(int fds[2]);
/// posix_spawn_file_actions_addchdir_np (glibc 2.29).
int copydesk_spawn_addchdir(posix_spawn_file_actions_t *actions, const char *path);
/// posix_spawn_file_actions_addclosefrom_np (glibc 2.34).
int copydesk_spawn_addclosefrom(posix_spawn_file_actions_t *actions, int from);

#endif
