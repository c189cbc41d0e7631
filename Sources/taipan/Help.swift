// The texts of -h, --help-env, --help-xoptions and --help-all: python3's layout, listing
// what Taipan accepts.

enum HelpText {
    static func usageLine() -> String {
        "usage: \(CommandLine.arguments[0]) [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    }

    static let options = """
        Options (and corresponding environment variables):
        -b     : issue warnings about str(bytes_instance), str(bytearray_instance)
                 and comparing bytes/bytearray with str. (-bb: issue errors)
        -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
        -c cmd : program passed in as string (terminates option list)
        -d     : turn on parser debugging output (for experts only, only works on
                 debug builds); also PYTHONDEBUG=x
        -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
        -h     : print this help message and exit (also -? or --help)
        -i     : inspect interactively after running script; forces a prompt even
                 if stdin does not appear to be a terminal; also PYTHONINSPECT=x
        -I     : isolate Python from the user's environment (implies -E and -s)
        -m mod : run library module as a script (terminates option list)
        -O     : remove assert and __debug__-dependent statements; add .opt-1 before
                 .pyc extension; also PYTHONOPTIMIZE=x
        -OO    : do -O changes and also discard docstrings; add .opt-2 before
                 .pyc extension
        -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
        -q     : don't print version and copyright messages on interactive startup
        -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
        -S     : don't imply 'import site' on initialization
        -u     : force the stdout and stderr streams to be unbuffered;
                 this option has no effect on stdin; also PYTHONUNBUFFERED=x
        -v     : verbose (trace import statements); also PYTHONVERBOSE=x
                 can be supplied multiple times to increase verbosity
        -V     : print the Python version number and exit (also --version)
                 when given twice, print more information about the build
        -W arg : warning control; arg is action:message:category:module:lineno
                 also PYTHONWARNINGS=arg
        -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
        -X opt : set implementation-specific option
        --check-hash-based-pycs always|default|never:
                 control how Python invalidates hash-based .pyc files
        --help-env      : print help about Python environment variables and exit
        --help-xoptions : print help about implementation-specific -X options and exit
        --help-all      : print complete help information and exit
        Arguments:
        file   : program read from script file
        -      : program read from stdin (default; interactive mode if a tty)
        arg ...: arguments passed to program in sys.argv[1:]

        """

    static let environment = """
        Environment variables that change behavior:
        PYTHONSTARTUP: file executed on interactive startup (no default)
        PYTHONPATH   : ':'-separated list of directories prefixed to the
                       default module search path.  The result is sys.path.
        PYTHONINSPECT: if this variable is set, it is equivalent to the -i option.
        PYTHONUNBUFFERED: if this variable is set, it is equivalent to the -u option.
        PYTHONOPTIMIZE: if this variable is set, it is equivalent to the -O option.
        PYTHONVERBOSE: if this variable is set, it is equivalent to the -v option.
        PYTHONDONTWRITEBYTECODE: if this variable is set, it is equivalent to the -B option.
        PYTHONNOUSERSITE: if this variable is set, it is equivalent to the -s option.
        PYTHONSAFEPATH: if this variable is set, it is equivalent to the -P option.
        PYTHONWARNINGS: warning control, as -W; a comma-separated list.
        PYTHONHASHSEED: if this variable is set to 0, str and bytes hashes are the
           ones CPython computes with PYTHONHASHSEED=0.
        PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
           when converting from a string and when converting an int back to a str.
        TAIPAN_STDLIB: the directory of CPython's standard library to run.
        TAIPAN_GC_STRESS: collect garbage every N allocations (for testing).

        """

    static let xOptions = """
        The following implementation-specific options are available:

        -X dev: enable Python Development Mode (sys.flags.dev_mode)
        -X utf8: enable UTF-8 mode (sys.flags.utf8_mode)
        -X int_max_str_digits=number: limit the size of int<->str conversions.
        -X dump-ast[=attributes] FILE: print the AST of FILE, as ast.dump does
        -X dump-symtable FILE: print the symbol tables of FILE
        -X dis FILE: print the bytecode of FILE
        -X parse-only FILE...: check the syntax of the files
        -X opcode-stats: at exit, print executed instructions per opcode, generic-path
            (inline cache or fast path) misses and frequent opcode pairs to stderr
        Any other -X option is accepted and shown in sys._xoptions.

        """

    static func text(_ which: String) -> String {
        switch which {
        case "env": return environment
        case "xoptions": return xOptions
        case "all": return usageLine() + options + "\n" + environment + "\n" + xOptions
        default: return usageLine() + options
        }
    }
}
