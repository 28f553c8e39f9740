// bench_launch PROGRAM [ARGS...]: notes CLOCK_REALTIME, then spawns PROGRAM with BENCH_T0_NS set to
// it, so the program can measure its start-up from the moment it was launched (exec, dynamic loading
// and static initialisation included). Exits with the program's status.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <spawn.h>
#include <string>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_launch PROGRAM [ARGS...]\n");
        return 64;
    }
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    const std::string t0 = std::to_string(static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
    setenv("BENCH_T0_NS", t0.c_str(), 1);
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[1], nullptr, nullptr, argv + 1, environ) != 0) {
        std::perror(argv[1]);
        return 127;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
