// The attributes of traceback objects (tb_next, tb_lineno, tb_lasti, tb_frame) and the
// frame objects tb_frame and sys._getframe give: snapshots holding the code, the line and
// the namespaces, since our frames live on the frame stack and are gone once the code has
// left them; a generator's gi_frame is live (its registers are in the generator).
//
//   frame  word 0 type   1 f_code   2 f_lineno (int)   3 f_lasti (int)   4 generator (or null)
//          5 f_back (or null)   6 f_globals (or null)   7 f_locals (or null)   8 f_builtins

extension Traceback {
    static var frameType = Value(bits: 0)

    static func line(_ tb: Value) -> Int {
        let unit = CodeRef(tb.loadValue(2)).unit
        return unit.range(at: tb.loadRaw(5)).map { Int($0.line) } ?? unit.firstLine
    }

    static func addAttributes() {
        GetSet.add(type, "tb_next", get: { tb in
            let next = tb.loadValue(1)
            return next.isNull ? .none : next
        })
        GetSet.add(type, "tb_lineno", get: { tb in IntOps.make(Int64(line(tb))) })
        GetSet.add(type, "tb_lasti", get: { tb in IntOps.make(Int64(tb.loadRaw(5) * 2)) })
        GetSet.add(type, "tb_frame", get: { tb in
            let f = makeFrame(code: tb.loadValue(2), line: line(tb), lasti: tb.loadRaw(5) * 2)
            f.storeValue(6, tb.loadValue(3))
            f.storeValue(8, tb.loadValue(4))
            return f
        })

        let slots = TypeSlots()
        slots.repr = { f in
            let code = CodeRef(f.loadValue(1))
            let text = "<frame at 0x\(String(f.bits, radix: 16)), file '\(StrRef(code.fileName).string)', "
                + "line \(f.loadValue(2).smallIntValue), code \(StrRef(code.name).string)>"
            return StrRef.create(text).value
        }
        frameType = BuiltinTypes.makeType("frame", base: BuiltinTypes.object, instanceWords: frameWords,
                                          layout: .fixed(first: 1, count: frameWords - 1), flags: [], slots: slots)
        GetSet.add(frameType, "f_code", get: { f in f.loadValue(1) })
        GetSet.add(frameType, "f_lineno", get: { f in
            let g = f.loadValue(4)
            if g.isNull { return f.loadValue(2) }
            let unit = CodeRef(f.loadValue(1)).unit
            let pc = g.loadRaw(Generators.pcWord)
            return IntOps.make(Int64(pc < 0 ? unit.firstLine : unit.range(at: pc).map { Int($0.line) } ?? unit.firstLine))
        })
        GetSet.add(frameType, "f_lasti", get: { f in
            let g = f.loadValue(4)
            return g.isNull ? f.loadValue(3) : IntOps.make(Int64(max(g.loadRaw(Generators.pcWord), -1) * 2))
        })
        GetSet.add(frameType, "f_locals", get: { f in
            let g = f.loadValue(4)
            if g.isNull && !f.loadValue(7).isNull { return f.loadValue(7) }
            let d = DictRef.create()
            if g.isNull { return d.value }
            let unit = CodeRef(f.loadValue(1)).unit
            let regs = g.loadValue(Generators.registersWord).words(from: 2)
            for (i, name) in unit.varnames.enumerated() where !regs[i].isNull {
                d.setStr(Interned.intern(name), regs[i])
            }
            for (i, name) in (unit.cellvars + unit.freevars).enumerated() {
                let cell = regs[unit.varnames.count + i]
                if !cell.isNull && !Cell.get(cell).isNull { d.setStr(Interned.intern(name), Cell.get(cell)) }
            }
            return d.value
        })
        GetSet.add(frameType, "f_back", get: { f in f.loadValue(5).isNull ? .none : f.loadValue(5) })
        GetSet.add(frameType, "f_globals", get: { f throws(PyException) in
            if !f.loadValue(6).isNull { return f.loadValue(6) }
            let g = f.loadValue(4)
            if !g.isNull { return FunctionRef(g.loadValue(Generators.functionWord)).globals }
            throw attributeError("'frame' object has no attribute 'f_globals'")
        })
        GetSet.add(frameType, "f_builtins", get: { f in f.loadValue(8).isNull ? ModuleObject.dict(Builtins.module) : f.loadValue(8) })
    }

    static let frameWords = 9

    /// A frame object for `code` stopped at `line`; the namespaces and f_back are filled in by
    /// the caller.
    static func makeFrame(code: Value, line: Int, lasti: Int) -> Value {
        let f = allocateObject(words: frameWords, type: frameType)
        f.storeValue(1, code)
        f.storeValue(2, IntOps.make(Int64(line)))
        f.storeValue(3, IntOps.make(Int64(lasti)))
        return f
    }

    /// sys._getframe(depth): frame objects for the running frames, `depth` frames above the
    /// caller, linked through f_back down to the module's frame. They are snapshots: their
    /// f_lineno and f_locals are those of the moment of the call.
    static func snapshot(depth: Int) throws(PyException) -> Value {
        let target = ThreadState.frameCount - 1 - depth
        guard depth >= 0, target >= 0 else {
            throw pyError(ExceptionTypes.named("ValueError"), "call stack is not deep enough")
        }
        var back = Value.null
        for i in 0...target {
            let frame = ThreadState.frames + i
            let unit = CodeRef(frame.pointee.code).unit
            let line = unit.range(at: frame.pointee.pc).map { Int($0.line) } ?? unit.firstLine
            let f = makeFrame(code: frame.pointee.code, line: line, lasti: frame.pointee.pc * 2)
            f.storeValue(5, back)
            f.storeValue(6, frame.pointee.globals)
            f.storeValue(8, frame.pointee.builtins)
            f.storeValue(7, try Frames.locals(frame))
            back = f
        }
        return back
    }
}

extension Generators {
    static func addFrameAttributes() {
        GetSet.add(type, "gi_frame", get: { g in
            if state(g) == .finished { return .none }
            let f = Traceback.makeFrame(code: FunctionRef(g.loadValue(functionWord)).code, line: 0, lasti: -1)
            f.storeValue(4, g)
            return f
        })
        GetSet.add(type, "gi_suspended", get: { g in .bool(state(g) == .suspended) })
        GetSet.add(type, "gi_yieldfrom", get: { _ in .none })
    }
}
