// itertools: compress, dropwhile, takewhile, filterfalse, islice.

extension ItertoolsModule {
    static func filteringTypes() -> [Value] {
        [compressType(), predicateType("dropwhile"), predicateType("takewhile"), filterfalseType(), isliceType()]
    }

    /// compress: 1 data iterator   2 selectors iterator
    static func compressType() -> Value {
        ModuleTypes.iterator("compress", module: module, words: 3, new: { cls, args throws(PyException) in
            let names = ["data", "selectors"]
            let data = try args.required(0, "data", of: "compress", names: names)
            let selectors = try args.required(1, "selectors", of: "compress", names: names)
            let c = ModuleTypes.instance(of: cls)
            c.storeValue(1, try Runtime.iterate(data))
            c.storeValue(2, try Runtime.iterate(selectors))
            return c
        }, next: { c throws(PyException) in
            while true {
                guard let datum = try next(c, 1), let selector = try next(c, 2) else { return nil }
                if try Runtime.isTrue(selector) { return datum }
            }
        })
    }

    /// dropwhile / takewhile: 1 predicate   2 iterator   3 state (0 while the predicate
    /// holds, 1 after: dropping has ended, or taking has stopped)
    static func predicateType(_ name: String) -> Value {
        let drop = name == "dropwhile"
        return ModuleTypes.iterator(name, module: module, words: 4, new: { cls, args throws(PyException) in
            try args.noKeywords(name)
            try args.checkPositional(name, 2, 2)
            let p = ModuleTypes.instance(of: cls)
            p.storeValue(1, args[0])
            p.storeValue(2, try Runtime.iterate(args[1]))
            p.setIntField(3, 0)
            return p
        }, next: { p throws(PyException) in
            if drop {
                while let v = try next(p, 2) {
                    if p.intField(3) == 1 { return v }
                    if !(try Runtime.isTrue(try Runtime.call(p.loadValue(1), v))) {
                        p.setIntField(3, 1)
                        return v
                    }
                }
                return nil
            }
            if p.intField(3) == 1 { return nil }
            guard let v = try next(p, 2) else { return nil }
            if try Runtime.isTrue(try Runtime.call(p.loadValue(1), v)) { return v }
            p.setIntField(3, 1)
            return nil
        })
    }

    /// filterfalse: 1 predicate (None: the item's truth)   2 iterator
    static func filterfalseType() -> Value {
        ModuleTypes.iterator("filterfalse", module: module, words: 3, new: { cls, args throws(PyException) in
            try args.noKeywords("filterfalse")
            try args.checkPositional("filterfalse", 2, 2)
            let f = ModuleTypes.instance(of: cls)
            f.storeValue(1, args[0])
            f.storeValue(2, try Runtime.iterate(args[1]))
            return f
        }, next: { f throws(PyException) in
            let predicate = f.loadValue(1)
            while let v = try next(f, 2) {
                let test = predicate.isIdentical(.none) ? v : try Runtime.call(predicate, v)
                if !(try Runtime.isTrue(test)) { return v }
            }
            return nil
        })
    }

    /// islice: 1 iterator (null once done)   2 index of the next item to return   3 stop
    /// (-1: none)   4 step   5 items consumed
    static func isliceType() -> Value {
        ModuleTypes.iterator("islice", module: module, words: 6, new: { cls, args throws(PyException) in
            try args.noKeywords("islice")
            try args.checkPositional("islice", 2, 4)
            let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            var start = 0, stop = -1, step = 1
            let stopArgument = args.positionalCount == 2 ? args[1] : args[2]
            if !stopArgument.isIdentical(.none) {
                stop = (try? IntOps.index(stopArgument, clamp: true)).flatMap { $0 } ?? -1
                if stop == -1 { throw pyError(ExceptionTypes.named("ValueError"), stopMessage) }
            }
            if args.positionalCount > 2 && !args[1].isIdentical(.none) {
                start = (try? IntOps.index(args[1], clamp: true)).flatMap { $0 } ?? -1
            }
            if start < 0 || stop < -1 {
                throw pyError(ExceptionTypes.named("ValueError"), "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            }
            if args.positionalCount == 4 && !args[3].isIdentical(.none) {
                step = (try? IntOps.index(args[3], clamp: true)).flatMap { $0 } ?? -1
            }
            if step < 1 { throw pyError(ExceptionTypes.named("ValueError"), "Step for islice() must be a positive integer or None.") }
            let s = ModuleTypes.instance(of: cls)
            s.storeValue(1, try Runtime.iterate(args[0]))
            s.setIntField(2, start)
            s.setIntField(3, stop)
            s.setIntField(4, step)
            s.setIntField(5, 0)
            return s
        }, next: { s throws(PyException) in
            if s.loadValue(1).isNull { return nil }
            let stop = s.intField(3)
            while s.intField(5) < s.intField(2) {
                guard try next(s, 1) != nil else { return finishIslice(s) }
                s.setIntField(5, s.intField(5) + 1)
            }
            if stop != -1 && s.intField(5) >= stop { return finishIslice(s) }
            guard let v = try next(s, 1) else { return finishIslice(s) }
            s.setIntField(5, s.intField(5) + 1)
            let (following, overflow) = s.intField(2).addingReportingOverflow(s.intField(4))
            s.setIntField(2, overflow || (stop != -1 && following > stop) ? stop : following)
            return v
        })
    }

    static func finishIslice(_ s: Value) -> Value? {
        s.storeValue(1, .null)
        return nil
    }
}
