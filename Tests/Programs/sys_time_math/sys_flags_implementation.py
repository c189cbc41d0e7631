# sys.flags and sys.implementation field names and types, and sys.thread_info/float_repr_style.
import sys
f = sys.flags
names = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
         "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "safe_path"]
print([(n, type(getattr(f, n)).__name__) for n in names])
print(f.optimize, f.debug, f.inspect, f.interactive, f.dont_write_bytecode, f.hash_randomization, type(f).__name__)
impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower(), type(impl.version).__name__, len(impl.version), type(impl.cache_tag).__name__ in ("str", "NoneType"))
print(sys.float_repr_style, sys.api_version > 0, type(sys.hexversion).__name__, sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF)
print(type(sys.executable).__name__, type(sys.prefix).__name__, sys.platform.startswith("linux"), type(sys.copyright).__name__)
