// Binding a call's arguments to a Python function's parameters, with CPython's rules and
// error messages (which name the function by its qualified name).
//
// Parameters occupy the first registers in `co_varnames` order: positional (positional-only
// first), keyword-only, then *args and **kwargs if present. Free variables are set up here
// from the closure; cell variables are created by the code itself (`makeCell`).

import TaipanCompiler

extension Interpreter {
    static func bindArguments(_ f: FunctionRef, _ code: CodeRef, _ regs: UnsafeMutablePointer<Value>,
                              _ args: Arguments, prepend: Value) throws(PyException) {
        let argcount = code.argumentCount
        let kwonly = code.keywordOnlyCount
        let flags = code.flags
        let hasVarargs = flags.contains(.varargs)
        let hasVarkw = flags.contains(.varkeywords)
        let extra = prepend.isNull ? 0 : 1
        let given = args.positionalCount + extra

        // Fast path: exactly the positional parameters, nothing else.
        if given == argcount && kwonly == 0 && !hasVarargs && !hasVarkw && args.keywordNames.isNull {
            if extra == 1 { regs[0] = prepend }
            for i in 0..<args.positionalCount { regs[i + extra] = args.values[i] }
            setUpFreeVariables(f, code, regs)
            return
        }

        @inline(__always) func positional(_ i: Int) -> Value {
            extra == 1 ? (i == 0 ? prepend : args.values[i - 1]) : args.values[i]
        }

        let bound = min(given, argcount)
        for i in 0..<bound { regs[i] = positional(i) }
        var slot = argcount + kwonly
        if hasVarargs {
            let rest = TupleRef.allocate(max(given - argcount, 0))
            for i in argcount..<max(given, argcount) { rest[i - argcount] = positional(i) }
            regs[slot] = rest.value
            slot += 1
        }
        var kwargs: DictRef? = nil
        if hasVarkw {
            kwargs = DictRef.create()
            regs[slot] = kwargs!.value
        }

        let unit = code.unit
        let name = StrRef(f.qualifiedName).string
        if !args.keywordNames.isNull {
            let keywordNames = TupleRef(args.keywordNames)
            var positionalOnlyPassed: [String] = []
            for k in 0..<keywordNames.count {
                let key = keywordNames[k]
                let value = args.values[args.positionalCount + k]
                let keyString = StrRef(key).string
                var index = -1
                let varnames = TupleRef(code.varnames)
                for j in code.positionalOnlyCount..<(argcount + kwonly) where varnames[j].isIdentical(key) {
                    index = j
                    break
                }
                if index < 0 {
                    for j in code.positionalOnlyCount..<(argcount + kwonly) where unit.varnames[j] == keyString {
                        index = j
                        break
                    }
                }
                if index >= 0 {
                    if !regs[index].isNull {
                        throw typeError("\(name)() got multiple values for argument '\(keyString)'")
                    }
                    regs[index] = value
                    continue
                }
                if let kwargs {
                    try kwargs.set(key, value)
                    continue
                }
                if unit.varnames[0..<code.positionalOnlyCount].contains(keyString) {
                    positionalOnlyPassed.append(keyString)
                    continue
                }
                throw typeError("\(name)() got an unexpected keyword argument '\(keyString)'")
            }
            if !positionalOnlyPassed.isEmpty {
                throw typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
            }
        }

        if given > argcount && !hasVarargs {
            throw tooManyPositional(name, code, f, regs, given: given)
        }

        // Defaults for the positional parameters not given.
        let defaults = f.defaults
        let defaultCount = defaults.isNull || defaults.isIdentical(BuiltinTypes.none) ? 0 : TupleRef(defaults).count
        var missing: [String] = []
        for i in bound..<argcount where regs[i].isNull {
            let d = i - (argcount - defaultCount)
            if d >= 0 {
                regs[i] = TupleRef(defaults)[d]
            } else {
                missing.append(unit.varnames[i])
            }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "positional") }

        // Keyword-only parameters: given, or from __kwdefaults__.
        let kwdefaults = f.keywordDefaults
        for j in argcount..<(argcount + kwonly) where regs[j].isNull {
            let key = TupleRef(code.varnames)[j]
            if !kwdefaults.isNull && !kwdefaults.isIdentical(BuiltinTypes.none), let v = DictRef(kwdefaults).lookupStr(key) {
                regs[j] = v
            } else {
                missing.append(unit.varnames[j])
            }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "keyword-only") }
        setUpFreeVariables(f, code, regs)
    }

    @inline(__always)
    static func setUpFreeVariables(_ f: FunctionRef, _ code: CodeRef, _ regs: UnsafeMutablePointer<Value>) {
        let frees = code.freeCount
        if frees == 0 { return }
        let closure = TupleRef(f.closure)
        let base = code.localCount + code.cellCount
        for i in 0..<frees { regs[base + i] = closure[i] }
    }

    @inline(never)
    static func tooManyPositional(_ name: String, _ code: CodeRef, _ f: FunctionRef, _ regs: UnsafeMutablePointer<Value>,
                                  given: Int) -> PyException {
        let argcount = code.argumentCount
        let defaults = f.defaults
        let defaultCount = defaults.isNull || defaults.isIdentical(BuiltinTypes.none) ? 0 : TupleRef(defaults).count
        var kwonlyGiven = 0
        for j in argcount..<(argcount + code.keywordOnlyCount) where !regs[j].isNull { kwonlyGiven += 1 }
        let signature = defaultCount > 0 ? "from \(argcount - defaultCount) to \(argcount)" : "\(argcount)"
        let plural = (defaultCount > 0 || argcount != 1) ? "s" : ""
        var kwonlySignature = ""
        if kwonlyGiven > 0 {
            kwonlySignature = " positional argument\(given != 1 ? "s" : "") (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven != 1 ? "s" : ""))"
        }
        let verb = given == 1 && kwonlyGiven == 0 ? "was" : "were"
        return typeError("\(name)() takes \(signature) positional argument\(plural) but \(given)\(kwonlySignature) \(verb) given")
    }

    @inline(never)
    static func missingArguments(_ name: String, _ missing: [String], kind: String) -> PyException {
        let quoted = missing.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = missing.count == 1 ? "" : "s"
        return typeError("\(name)() missing \(missing.count) required \(kind) argument\(plural): \(list)")
    }
}
