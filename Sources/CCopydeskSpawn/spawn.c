#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
#include "CCopydeskSpawn.h"

int copydesk_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int copydesk_spawn_addchdir(posix_spawn_file_actions_t *actions, const char *path) {
    return posix_spawn_file_actions_addchdir_np(actions, path);
}

int copydesk_spawn_addclosefrom(posix_spawn_file_actions_t *actions, int from) {
    return posix_spawn_file_actions_addclosefrom_np(actions, from);
}
