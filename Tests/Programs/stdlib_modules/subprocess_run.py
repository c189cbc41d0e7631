# subprocess over _posixsubprocess.fork_exec, pipes, select/poll and waitpid.
import subprocess
import sys

r = subprocess.run(["echo", "hi"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(repr(subprocess.check_output(["printf", "a\\nb"])))
print(subprocess.check_output("echo $((6 * 7))", shell=True, text=True), end="")
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"through cat\n")
print(out, err, p.returncode)
print(subprocess.call(["sh", "-c", "exit 3"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e)
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout))
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
print(r.stdout.strip())
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout < 1, e.cmd)
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("exit 2"))
r = subprocess.run(["sh", "-c", "kill -TERM $$"])
print(r.returncode)
sys.stdout.flush()
subprocess.run(["echo", "inherited stdout"])
