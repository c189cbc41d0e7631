# posix (os's C half): files, directories, stat, descriptors, environ, errors.
import posix, errno

base = "/tmp/taipan_posix_%d" % posix.getpid()
posix.mkdir(base)
posix.mkdir(base + "/sub", 0o755)
fd = posix.open(base + "/a.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(posix.write(fd, b"hello world\n"), posix.lseek(fd, 0, 1))
posix.close(fd)
fd = posix.open(base + "/a.txt", posix.O_RDONLY)
print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10), posix.lseek(fd, 0, 0), posix.isatty(fd))
st = posix.fstat(fd)
posix.close(fd)
print(st.st_size, oct(st.st_mode & 0o777), st[6], len(st), type(st).__name__, type(st.st_mtime).__name__)
print(st.st_mtime_ns // 1000000000 == st[8], st.st_ino == posix.stat(base + "/a.txt").st_ino)
print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
entries = sorted(posix.scandir(base), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == base + "/" + e.name) for e in entries])
print(repr(entries[0]), entries[0].stat().st_size)

posix.symlink(base + "/a.txt", base + "/link")
print(posix.readlink(base + "/link") == base + "/a.txt", posix.lstat(base + "/link").st_mode & 0o170000 == 0o120000)
posix.link(base + "/a.txt", base + "/hard")
print(posix.stat(base + "/hard").st_nlink)
posix.rename(base + "/hard", base + "/moved")
posix.replace(base + "/moved", base + "/replaced")
print(sorted(posix.listdir(base)))
posix.chmod(base + "/a.txt", 0o600)
print(oct(posix.stat(base + "/a.txt").st_mode & 0o777))
posix.utime(base + "/a.txt", (1000000000, 1200000000))
print(posix.stat(base + "/a.txt").st_mtime, posix.stat(base + "/a.txt").st_atime)
posix.utime(base + "/a.txt", ns=(5, 1500000000123456789))
print(posix.stat(base + "/a.txt").st_mtime_ns)
posix.truncate(base + "/a.txt", 4)
print(posix.stat(base + "/a.txt").st_size)
print(posix.access(base + "/a.txt", posix.R_OK), posix.access(base + "/nope", posix.F_OK))

r, w = posix.pipe()
posix.write(w, b"through the pipe")
print(posix.read(r, 100), posix.get_inheritable(r))
d = posix.dup(r)
print(d > w)
for x in (r, w, d):
    posix.close(x)

cwd = posix.getcwd()
posix.chdir(base)
print(posix.getcwd() == base, posix.getcwdb() == base.encode())
posix.chdir(cwd)

for name in ["a.txt", "link", "replaced"]:
    posix.unlink(base + "/" + name)
posix.rmdir(base + "/sub")
posix.rmdir(base)
print(posix.access(base, posix.F_OK))

for call in [lambda: posix.stat(base), lambda: posix.rmdir(base), lambda: posix.mkdir("/tmp"),
             lambda: posix.rename(base, base + "2"), lambda: posix.close(-1), lambda: posix.listdir(base),
             lambda: posix.open(base + "/x", posix.O_RDONLY)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.errorcode and 0 or errno.errorcode[e.errno], str(e).replace(base, "BASE"))
for call in [lambda: posix.stat([]), lambda: posix.mkdir([]), lambda: posix.listdir(3.5),
             lambda: posix.read("a", 1), lambda: posix.chdir(None), lambda: posix.stat("a\0b")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

posix.putenv(b"TAIPAN_TEST_VAR", b"value")
print(type(posix.environ).__name__, all(type(k) is bytes for k in posix.environ))
print(posix.strerror(errno.ENOENT), posix.fspath("x"), posix.fspath(b"y"))
print(posix.WIFEXITED(0), posix.WEXITSTATUS(256), posix.WIFSIGNALED(9), posix.WTERMSIG(9))
print(len(posix.urandom(16)), posix.cpu_count() >= 1, posix.uname().sysname, len(posix.times()))
print(posix.getpid() > 0, posix.getppid() > 0, type(posix.getuid()).__name__)
print(posix.umask(0o22) >= 0, posix.device_encoding(posix.open("/dev/null", posix.O_RDONLY)))
print(errno.ENOENT, errno.EEXIST, errno.errorcode[errno.EACCES], errno.EWOULDBLOCK == errno.EAGAIN)
