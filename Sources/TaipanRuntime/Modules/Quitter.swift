// builtins.exit and builtins.quit, which CPython's site module adds (absent with -S):
// calling one raises SystemExit; its repr tells how to leave the REPL.
//   word 0 type   1 name (str)

enum Quitter {
    static var type = Value(bits: 0)

    static func install() {
        let slots = TypeSlots()
        slots.repr = { q in
            StrRef.create("Use \(StrRef(q.loadValue(1)).string)() or Ctrl-D (i.e. EOF) to exit").value
        }
        slots.call = { _, args throws(PyException) in
            try args.expect("exit", min: 0, max: 1)
            let code = args.positionalCount == 1 ? args[0] : Value.none
            let argsTuple = TupleRef.allocate(args.positionalCount)
            if args.positionalCount == 1 { argsTuple[0] = code }
            let e = ExceptionObject.create(type: ExceptionTypes.named("SystemExit"), args: argsTuple.value)
            ExceptionObject.setAttribute(e, "code", code)
            throw PyException(e)
        }
        type = BuiltinTypes.makeType("Quitter", base: BuiltinTypes.object, instanceWords: 2,
                                     layout: .fixed(first: 1, count: 1), flags: [], slots: slots)
        BuiltinTypes.registry.append(type)
        for name in ["exit", "quit"] {
            let q = allocateObject(words: 2, type: type)
            q.storeValue(1, StrRef.create(name).value)
            Builtins.set(name, q)
        }
    }
}
