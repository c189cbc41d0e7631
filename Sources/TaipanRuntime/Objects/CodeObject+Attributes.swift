// The read-only co_* attributes of code objects that programs inspect (compile() results,
// function.__code__).

extension CodeRef {
    static func installAttributes() {
        let words: [(String, Int)] = [("co_consts", constantsWord), ("co_names", namesWord), ("co_varnames", varnamesWord),
                                      ("co_filename", filenameWord), ("co_name", nameWord), ("co_qualname", qualnameWord),
                                      ("co_cellvars", cellvarsWord), ("co_freevars", freevarsWord)]
        for (name, word) in words {
            GetSet.add(type, name, get: { c in c.loadValue(word) })
        }
        let raw: [(String, Int)] = [("co_argcount", argcountWord), ("co_posonlyargcount", posonlyWord),
                                    ("co_kwonlyargcount", kwonlyWord), ("co_flags", flagsWord),
                                    ("co_firstlineno", firstLineWord)]
        for (name, word) in raw {
            GetSet.add(type, name, get: { c in IntOps.make(Int64(c.loadRaw(word))) })
        }
        GetSet.add(type, "co_nlocals", get: { c in IntOps.make(Int64(TupleRef(c.loadValue(varnamesWord)).count)) })
    }
}
