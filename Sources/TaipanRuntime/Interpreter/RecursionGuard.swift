// The recursion limit, counted as CPython 3.11 counts it: one depth unit per Python frame
// and one per native step that CPython guards with Py_EnterRecursiveCall. Python-to-Python
// calls push frames without native recursion, but the native steps below may call back into
// Python, and CPython counts them with the same counter, so which check trips first, and
// so the message's suffix, depends on the mix: `__repr__` calling repr(self) alternates a
// frame, a builtin call and a repr, and at the 1001st unit that is the builtin call.
//
//   a Python frame                         "maximum recursion depth exceeded"
//   a call of a builtin function/method,   "... while calling a Python object"
//     of a class, or of an instance through __call__; except the built-in types
//     and functions that CPython calls by vectorcall (list, float, map, …)
//   repr()                                 "... while getting the repr of an object"
//   str() of a non-str                     "... while getting the str of an object"
//   a rich comparison                      "... in comparison"

enum RecursionSite {
    case call, repr, str, comparison

    var suffix: String {
        switch self {
        case .call: return " while calling a Python object"
        case .repr: return " while getting the repr of an object"
        case .str: return " while getting the str of an object"
        case .comparison: return " in comparison"
        }
    }
}

extension ThreadState {
    /// The depth as sys.setrecursionlimit sees it: frames plus guarded native steps.
    static var recursionDepth: Int { frameCount + nativeDepth }

    /// Runs `body` as one guarded native step at `site`.
    @inline(__always)
    static func guarded<T>(_ site: RecursionSite, _ body: () throws(PyException) -> T) throws(PyException) -> T {
        if frameCount &+ nativeDepth >= recursionLimit { throw recursionError(site.suffix) }
        nativeDepth &+= 1
        defer { nativeDepth &-= 1 }
        return try body()
    }

    /// Whether calling type `cls` is a guarded step: not for the built-in types that
    /// CPython 3.11 gives a vectorcall (they are called without the check).
    static func guardsCall(ofType cls: Value) -> Bool {
        if TypeRef(cls).flags.contains(.heapType) { return true }
        for t in [BuiltinTypes.float, BuiltinTypes.bool, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.type,
                  ListRef.type, SetOps.setType, SetOps.frozensetType, RangeOps.type] where t.isIdentical(cls) {
            return false
        }
        return true
    }

    @inline(never)
    static func recursionError(_ suffix: String) -> PyException {
        pyError(ExceptionTypes.named("RecursionError"), "maximum recursion depth exceeded" + suffix)
    }
}
